// The tax ledger CSV file (`export ledger`): large ranges in two halves on two cores.
import fs from 'node:fs';
import type { Db } from '../../db/open';
import { claimTemp, releaseTemp } from '../../db/temp-files';
import { workerEntry, type WorkerEntry } from '../../db/workers/entry';
import { startWorker } from '../../db/workers/start';
import { writeFileAtomic } from './atomic-write';
import { ledgerCsv, LedgerTotals, type LedgerTotal } from './ledger';
import type { LedgerHalfJob, LedgerHalfReply } from './ledger-worker';
import type { ExportRange } from './range';
import type { ExportResult } from './totals';

/** Below this many rows one thread writes the file: a worker's start (about 0.1 s) outweighs what it saves. */
export const TWO_THREADS_FROM_ROWS = 100_000;

type LedgerWorker = WorkerEntry<LedgerHalfJob, never, LedgerHalfReply>;

const LEDGER_WORKER: LedgerWorker = workerEntry('ledger-worker', new URL('./ledger-worker.ts', import.meta.url));

export interface LedgerFileOptions {
  /** Test hooks: the row count from which the file is written in two, and the worker. */
  twoThreadsFromRows?: number;
  worker?: LedgerWorker;
}

/**
 * The instant of the range's middle row in (instant, id) order, where the second half starts; null for
 * a small range, or one whose rows before the middle all share the first instant.
 */
function middleInstant(db: Db, range: ExportRange, fromRows: number): number | null {
  const count = db.prepare('SELECT count(*) FROM ledger WHERE occurred_ms >= ? AND occurred_ms < ?').pluck().get(range.startMs, range.endMs) as number;
  if (count < Math.max(fromRows, 2)) return null;
  const middle = db
    .prepare('SELECT occurred_ms FROM ledger WHERE occurred_ms >= ? AND occurred_ms < ? ORDER BY occurred_ms LIMIT 1 OFFSET ?')
    .pluck()
    .get(range.startMs, range.endMs, count >> 1) as number;
  return middle > range.startMs ? middle : null;
}

/**
 * The rows before `middle` from this thread while a worker writes those from it on into a temp file
 * beside the target, then that file's bytes: the same bytes as one thread writes, in about three
 * quarters of the time on two cores. A worker that cannot run costs time, never rows: this thread writes its half too.
 */
async function* ledgerCsvInTwo(db: Db, file: string, range: ExportRange, middle: number, totals: LedgerTotals, entry: LedgerWorker): AsyncGenerator<string | Buffer> {
  // Named as writeFileAtomic names its temps, so a later export into this folder removes it if this process dies.
  const temp = claimTemp(file);
  const second = { ...range, startMs: middle };
  // Its young generation capped: two threads' default heaps took the 1M-row export to 275-287 MB.
  const worker = startWorker(entry, { dbFile: db.name, range: second, temp }, { resourceLimits: { maxYoungGenerationSizeMb: 24 } });
  const reply = new Promise<LedgerHalfReply>((resolve) => {
    worker.onMessage(resolve);
    void worker.ended.then(({ code, error }) => resolve({ ok: false, message: error?.message ?? `the export thread exited with code ${code}` }));
  });
  try {
    yield* ledgerCsv(db, { ...range, endMs: middle }, totals);
    const half = await reply;
    if (half.ok) {
      totals.merge(half.sums);
      // As bytes: they are UTF-8 already, and a character split between two reads is joined again on disk.
      for await (const bytes of fs.createReadStream(temp, { highWaterMark: 1 << 20 })) yield bytes as Buffer;
    } else {
      console.error(`[export] ${half.message}; writing the whole ledger on one thread`);
      yield* ledgerCsv(db, second, totals, undefined, false);
    }
  } finally {
    await worker.terminate();
    await fs.promises.rm(temp, { force: true }).finally(() => releaseTemp(temp));
  }
}

export async function writeLedgerCsv(db: Db, file: string, range: ExportRange, _nowMs?: number, options: LedgerFileOptions = {}): Promise<ExportResult<LedgerTotal>> {
  const totals = new LedgerTotals();
  const middle = db.memory ? null : middleInstant(db, range, options.twoThreadsFromRows ?? TWO_THREADS_FROM_ROWS);
  const chunks = middle === null ? ledgerCsv(db, range, totals) : ledgerCsvInTwo(db, file, range, middle, totals, options.worker ?? LEDGER_WORKER);
  const written = await writeFileAtomic(file, chunks);
  return { ...written, rows: totals.rows, totals: totals.list() };
}
