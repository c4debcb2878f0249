// Results of the StudioApi, shared by the main process and the renderer. Plain data only:
// money arrives as exact decimal strings, instants as ISO strings.
import type { Input } from './contract';
import type { MethodName } from './methods';

export type ErrorCode = 'invalid_input' | 'not_configured' | 'busy' | 'platform' | 'io' | 'not_found' | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface SyncProgress {
  resource: string;
  resourcesDone: number;
  resourcesTotal: number;
  pages: number;
  rows: number;
  /** Set while a retry waits (rate limit or a transient failure). */
  waiting: { reason: string; untilMs: number } | null;
}

export interface SyncRunInfo {
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'ok' | 'partial' | 'failed' | 'cancelled';
  rowsWritten: number;
  error: string | null;
}

export interface Status {
  mode: 'desktop' | 'browser';
  demo: boolean;
  configured: boolean;
  creator: { handle: string; displayName: string; timezone: string } | null;
  /** The last finished sync, and the last one that succeeded (they differ after a failure). */
  lastSync: SyncRunInfo | null;
  lastSuccessAt: string | null;
  stale: boolean;
  syncing: SyncProgress | null;
  reportingTimezone: string;
  schemaVersion: number;
}

export interface Settings {
  platformUrl: string | null;
  timezone: string | null;
  profileTimezone: string | null;
  tokenStored: boolean;
  /** How the token is protected: 'os' (keychain via safeStorage), 'session' (kept in memory only). */
  tokenStorage: 'os' | 'basic' | 'session';
  autoSync: boolean;
  syncIntervalMinutes: number;
  theme: 'system' | 'light' | 'dark';
}

export interface Outputs {
  getStatus: Status;
  getSettings: Settings;
  saveSettings: Settings;
  setToken: Settings;
  clearToken: Settings;
  startSync: { started: boolean };
  cancelSync: { cancelled: boolean };
}

export type StudioApi = { [M in MethodName]: (input: Input<M>) => Promise<Result<Outputs[M]>> };
