import { startWorker } from '../../db/workers/start';
import { workerEntry } from '../../db/workers/entry';
import type { SyncProgress } from '../api/types';
import type { SyncSummary } from './engine';
import { storageFailure } from './failures';
import type { SyncCommand, SyncJob, WorkerMessage } from './worker';

export const SYNC_WORKER = workerEntry<SyncJob, SyncCommand, WorkerMessage>('sync-worker', new URL('./worker.ts', import.meta.url));

export interface WorkerSync {
  done: Promise<SyncSummary>;
  cancel(): void;
}

export function syncInWorker(job: SyncJob, onProgress: (p: SyncProgress) => void): WorkerSync {
  const worker = startWorker(SYNC_WORKER, job);
  let summary: SyncSummary | null = null;
  worker.onMessage((message) => {
    if (message.type === 'progress') onProgress(message.progress);
    else {
      summary = message.summary;
      void worker.terminate(); // a loader registered in the worker may hold it open
    }
  });
  const failed = (why: string): SyncSummary => ({ status: 'failed', rowsWritten: 0, failures: [], error: why });
  const done = worker.ended.then(({ error }) => {
    if (summary) return summary;
    if (!error) return failed('The sync stopped unexpectedly.');
    const message = (error as { message?: unknown } | null)?.message;
    return failed(storageFailure(error) ?? `The sync stopped unexpectedly${typeof message === 'string' ? `: ${message}` : '.'}`);
  });
  return { done, cancel: () => worker.post({ type: 'cancel' }) };
}
