import type { IntegrityState } from '../../db/integrity';
import type { Db } from '../../db/open';
import type { Reader } from '../../db/reader';
import type { SecretStore } from '../secrets/store';
import type { SyncProgress } from './types';

export interface SyncController {
  /** Starts a sync unless one runs; false when one was already running. */
  start(options: { full?: boolean }): boolean;
  cancel(): boolean;
  progress(): SyncProgress | null;
}

/** Native file dialogs, present in the desktop app only; in a browser files are downloads. */
export interface FileDialogs {
  saveFile(suggestedName: string, filterName: string, extensions: string[]): Promise<string | null>;
  chooseFolder(title: string): Promise<string | null>;
}

export interface ApiContext {
  files?: FileDialogs;
  /** Present in demo mode: moves the app onto the creator's own account (URL and token). */
  switchAccount?: (platformUrl: string, token: string, allowPlainText?: boolean) => Promise<void>;
  db: Db;
  /** Runs a dashboard's independent reads beside the main thread (inline when absent). */
  reader?: Reader;
  mode: 'desktop' | 'browser';
  secrets: SecretStore;
  sync: SyncController;
  /** The database file's integrity check (absent: checked in full before opening). */
  integrity?: IntegrityState;
  now(): Date;
}
