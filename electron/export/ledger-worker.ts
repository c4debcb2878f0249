// The second half of a ledger file written in two (ledger-file.ts): its own read-only connection, its
// rows' CSV lines (no header) into a temp file, and the exact totals posted back once all are written.
import fs from 'node:fs';
import { openDatabase } from '../../db/open';
import { runWorker } from '../../db/workers/in-worker';
import { ledgerCsv, LedgerTotals } from './ledger';
import type { ExportRange } from './range';

export interface LedgerHalfJob {
  dbFile: string;
  range: ExportRange;
  temp: string;
}

export type LedgerHalfReply = { ok: true; sums: ReturnType<LedgerTotals['sums']> } | { ok: false; message: string };

async function main(job: LedgerHalfJob): Promise<LedgerHalfReply> {
  // The main connection checked the file; this one only needs its header, and reads each page once.
  const { db } = await openDatabase(job.dbFile, { readonly: true, integrity: 'header', cacheMb: 4 });
  try {
    const fd = fs.openSync(job.temp, 'wx', 0o600);
    try {
      const totals = new LedgerTotals();
      for (const chunk of ledgerCsv(db, job.range, totals, undefined, false)) {
        const buffer = Buffer.from(chunk, 'utf8');
        for (let offset = 0; offset < buffer.length; ) offset += fs.writeSync(fd, buffer, offset);
      }
      return { ok: true, sums: totals.sums() };
    } finally {
      fs.closeSync(fd);
    }
  } finally {
    db.close();
  }
}

runWorker<LedgerHalfJob, never, LedgerHalfReply>((job, port) =>
  main(job).then(
    (reply) => port.post(reply),
    (error: Error) => port.post({ ok: false, message: error.message }),
  ),
);
