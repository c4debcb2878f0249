import { Worker } from 'node:worker_threads';
import type { SyncProgress } from '../api/types';
import type { SyncSummary } from './engine';
import { storageFailure } from './failures';
import type { SyncJob, WorkerMessage } from './worker';

/** The worker's script: the TypeScript source under tsx (tests, CLI), the bundled file in the built app. */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./worker-source.mjs', import.meta.url) : new URL('./sync-worker.js', import.meta.url);
}

export interface WorkerSync {
  done: Promise<SyncSummary>;
  cancel(): void;
}

export function syncInWorker(job: SyncJob, onProgress: (p: SyncProgress) => void): WorkerSync {
  const worker = new Worker(workerScript(), { workerData: job });
  const done = new Promise<SyncSummary>((resolve) => {
    let summary: SyncSummary | null = null;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else {
        summary = message.summary;
        void worker.terminate(); // a loader registered in the worker may hold it open
      }
    });
    const failed = (why: string): SyncSummary => ({ status: 'failed', rowsWritten: 0, failures: [], error: why });
    // An error that kills the worker arrives as a copy: a SqliteError keeps its code but loses its message.
    worker.on('error', (error: unknown) => {
      const message = (error as { message?: unknown } | null)?.message;
      summary ??= failed(storageFailure(error) ?? `The sync stopped unexpectedly${typeof message === 'string' ? `: ${message}` : '.'}`);
    });
    worker.on('exit', () => resolve(summary ?? failed('The sync stopped unexpectedly.')));
  });
  return { done, cancel: () => worker.postMessage({ type: 'cancel' }) };
}
