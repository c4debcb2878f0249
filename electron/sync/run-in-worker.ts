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

/**
 * The sync thread's heap: a young generation of 32 MB (16 MB cost 8 % more CPU in collections) and an
 * old one of at most 512 MB. Without that cap V8 let this heap grow to 4 times what it keeps (117 MB
 * over a first sync of 2M ledger rows, 70 MB with it: the pages of a batch wait for their store). It
 * is no tighter: a thread that reaches its cap takes the whole process down with it.
 */
const SYNC_HEAP = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 512 };

export function syncInWorker(job: SyncJob, onProgress: (p: SyncProgress) => void): WorkerSync {
  const worker = startWorker(SYNC_WORKER, job, { resourceLimits: SYNC_HEAP });
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
