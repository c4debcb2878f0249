// Runs a sync on its own thread with its own connection, so the process that serves the window
// (Electron's main process, or serve mode) keeps answering while thousands of rows are written.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open';
import { runSync } from './engine';

export interface SyncJob {
  file: string;
  nativeBinding?: string;
  baseUrl: string;
  token: string;
  full?: boolean;
}

export type WorkerMessage =
  | { type: 'progress'; progress: import('../api/types').SyncProgress }
  | { type: 'done'; summary: import('./engine').SyncSummary };

async function main(job: SyncJob): Promise<void> {
  const abort = new AbortController();
  parentPort!.on('message', (message: { type: string }) => {
    if (message.type === 'cancel') abort.abort();
  });
  // The app checked the whole file when it opened it; this second connection only needs the header.
  const { db } = await openDatabase(job.file, { nativeBinding: job.nativeBinding, integrity: 'header' });
  try {
    const summary = await runSync(db, {
      baseUrl: job.baseUrl,
      token: job.token,
      full: job.full,
      signal: abort.signal,
      onProgress: (progress) => parentPort!.postMessage({ type: 'progress', progress } satisfies WorkerMessage),
    });
    parentPort!.postMessage({ type: 'done', summary } satisfies WorkerMessage);
  } finally {
    db.close();
  }
}

if (parentPort) void main(workerData as SyncJob);
