import type { Db } from '../../db/open';
import type { SecretStore } from '../secrets/store';
import type { SyncProgress } from './types';

export interface SyncController {
  /** Starts a sync unless one runs; false when one was already running. */
  start(options: { full?: boolean }): boolean;
  cancel(): boolean;
  progress(): SyncProgress | null;
}

export interface ApiContext {
  db: Db;
  mode: 'desktop' | 'browser';
  secrets: SecretStore;
  sync: SyncController;
  now(): Date;
}
