import type { Db } from '../../db/open';
import { readSettings } from '../../db/queries/settings';
import type { SyncController } from '../api/context';
import type { SyncProgress } from '../api/types';
import { tokenFor, type SecretStore } from '../secrets/store';
import { runSync, type SyncSummary } from './engine';
import { syncInWorker, type WorkerSync } from './run-in-worker';

export interface ManagedSync extends SyncController {
  /** Resolves when the running sync (if any) has finished. */
  idle(): Promise<SyncSummary | null>;
}

/** One sync at a time for the app, driven by the settings and the stored token. */
export function createSyncController(db: Db, secrets: SecretStore, options: { nativeBinding?: string } = {}): ManagedSync {
  interface Running {
    cancel(): void;
    done: Promise<SyncSummary>;
    progress: SyncProgress | null;
  }
  let running: Running | null = null;
  return {
    start({ full }) {
      if (running) return false;
      const settings = readSettings(db);
      const token = tokenFor(secrets, settings.platformUrl);
      if (!settings.platformUrl || !token) return false;
      const job = { baseUrl: settings.platformUrl, token, full };
      const onProgress = (p: SyncProgress) => {
        if (running) running.progress = p;
      };
      const handle = db.memory ? syncInline(db, job, onProgress) : syncInWorker({ ...job, file: db.name, nativeBinding: options.nativeBinding }, onProgress);
      running = { cancel: handle.cancel, progress: null, done: handle.done.finally(() => (running = null)) };
      return true;
    },
    cancel() {
      if (!running) return false;
      running.cancel();
      return true;
    },
    progress: () => running?.progress ?? (running ? { resource: 'starting', resourcesDone: 0, resourcesTotal: 1, pages: 0, rows: 0, waiting: null } : null),
    idle: () => running?.done ?? Promise.resolve(null),
  };
}

/** An in-memory database cannot be opened by a second thread: sync it on this one. */
function syncInline(db: Db, job: { baseUrl: string; token: string; full?: boolean }, onProgress: (p: SyncProgress) => void): WorkerSync {
  const abort = new AbortController();
  return { done: runSync(db, { ...job, signal: abort.signal, onProgress }), cancel: () => abort.abort() };
}

/** Syncs now and then every `syncIntervalMinutes` while auto-sync is on. Reads `live` at every tick,
 *  so it follows the app onto another database (leaving demo mode). Returns a stop function. */
export function scheduleAutoSync(live: { db: Db; sync: SyncController }): () => void {
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const settings = readSettings(live.db);
    if (settings.autoSync) live.sync.start({});
    timer = setTimeout(tick, settings.syncIntervalMinutes * 60_000);
    timer.unref?.();
  };
  tick();
  return () => clearTimeout(timer);
}
