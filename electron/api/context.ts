import type { DataCore } from '../../db/data-core';
import type { IntegrityState } from '../../db/integrity';
import type { Db } from '../../db/open';
import type { UpdateMachine } from '../core/updates';
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
  /** Present on the creator's account where demo data can be shown: moves the app onto it, keeping the account's file. */
  switchToDemo?: () => Promise<void>;
  /** The data core's main connection: settings, writes, and the reads that are not named. */
  db: Db;
  /** Every dashboard, item page, insight and review read, by name (db/data-core). */
  core: DataCore;
  mode: 'desktop' | 'browser';
  secrets: SecretStore;
  sync: SyncController;
  /** The database file's integrity check (absent: checked in full before opening). */
  integrity?: IntegrityState;
  now(): Date;
  /** The installed desktop app's updates (electron/main/updates.ts); absent in serve mode and when run from the sources. */
  updates?: Pick<UpdateMachine, 'status' | 'check' | 'install'>;
  /** Asks the platform who a token belongs to before it is used (verify-account.ts; replaced where a
   *  test must stay off the network). Throws an ApiFailure naming the field at fault. */
  checkAccount?: (platformUrl: string, token: string) => Promise<unknown>;
}
