// The integrity check's thread (integrity.ts): its own read-only connection reads every page
// (PRAGMA quick_check) and posts SQLite's report, 'ok' when it finds no damage.
import Database from 'better-sqlite3';
import { runWorker } from './workers/in-worker';

export interface IntegrityJob {
  file: string;
  nativeBinding?: string;
}

/** SQLite's report: 'ok', or what is damaged. An error that is not damage (the file moved, a locked
 *  read) reports 'ok', as a header check would. */
function quickCheck(job: IntegrityJob): string {
  try {
    const db = new Database(job.file, { readonly: true, fileMustExist: true, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) });
    try {
      return String(db.pragma('quick_check', { simple: true }));
    } finally {
      db.close();
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' ? (error as Error).message : 'ok';
  }
}

runWorker<IntegrityJob, never, string>((job, port) => port.post(quickCheck(job)));
