// Runs a sync on its own thread with its own connection, so the process that serves the window
// (Electron's main process, or serve mode) keeps answering while thousands of rows are written.
import { openDatabase } from '../../db/open';
import { runWorker, type WorkerPort } from '../../db/workers/in-worker';
import type { ResourceName } from './client/index.js';
import { runSync, type SyncSummary } from './engine';
import { describeFailure } from './failures';

export interface SyncJob {
  file: string;
  nativeBinding?: string;
  baseUrl: string;
  token: string;
  full?: boolean;
  /** Only these resources (the command line's --only); all when absent. */
  resources?: ResourceName[];
  /** SQLite's cap on the file's size in pages for this connection (PRAGMA max_page_count): past it
   *  every write fails with SQLITE_FULL exactly as on a full disk, which is how the disk-full path is
   *  proven without filling a disk. */
  maxPageCount?: number;
}

export type WorkerMessage =
  | { type: 'progress'; progress: import('../api/types').SyncProgress }
  | { type: 'done'; summary: import('./engine').SyncSummary };

/** What the app sends a running sync. */
export type SyncCommand = { type: 'cancel' };

type Port = WorkerPort<SyncCommand, WorkerMessage>;

async function sync(job: SyncJob, signal: AbortSignal, port: Port): Promise<SyncSummary> {
  // The app checked the whole file when it opened it; this second connection only needs the header.
  const { db } = await openDatabase(job.file, { nativeBinding: job.nativeBinding, integrity: 'header' });
  try {
    if (job.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.trunc(job.maxPageCount)}`);
    return await runSync(db, {
      baseUrl: job.baseUrl,
      token: job.token,
      nativeBinding: job.nativeBinding,
      full: job.full,
      resources: job.resources,
      signal,
      onProgress: (progress) => port.post({ type: 'progress', progress }),
    });
  } finally {
    db.close();
  }
}

async function main(job: SyncJob, port: Port): Promise<void> {
  const abort = new AbortController();
  port.onMessage((message) => {
    if (message.type === 'cancel') abort.abort();
  });
  let summary: SyncSummary;
  try {
    summary = await sync(job, abort.signal, port);
  } catch (error) {
    // Whatever stops the worker reaches the window in the creator's words, not SQLite's.
    summary = { status: 'failed', rowsWritten: 0, failures: [], error: describeFailure(error) };
  }
  port.post({ type: 'done', summary });
}

runWorker<SyncJob, SyncCommand, WorkerMessage>(main);
