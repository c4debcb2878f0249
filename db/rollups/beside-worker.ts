// The thread that reads one half of a rollup build (build.ts) on its own read-only connection: the
// stored rows the build's first query groups, in the zone the build is made in.
import Database from 'better-sqlite3';
import { registerLocalDate } from '../rollup-zone';
import { runWorker } from '../workers/in-worker';

const READ_CACHE_KIB = 2048;

export interface BesideJob {
  file: string;
  nativeBinding?: string;
  select: string;
  /** The zone of studio_local_date, for a zoned group. */
  zone: string | null;
}

export type BesideReply = { ok: true; rows: unknown[][] } | { ok: false; message: string };

function read(job: BesideJob): BesideReply {
  try {
    const db = new Database(job.file, { readonly: true, fileMustExist: true, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) });
    try {
      // One pass over the rows, each page read once: a page cache and sort buffers of SQLite's 16 MiB
      // default each would hold 30-60 MB more while the sync's own heaps are at their fullest.
      db.pragma(`cache_size = -${READ_CACHE_KIB}`);
      if (job.zone) registerLocalDate(db, job.zone);
      return { ok: true, rows: db.prepare(job.select).raw().all() as unknown[][] };
    } finally {
      db.close();
    }
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

runWorker<BesideJob, never, BesideReply>((job, port) => port.post(read(job)));
