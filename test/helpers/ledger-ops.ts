// Random ledger writes for the rollup tests: each operation upserts a row, or sends its tombstone,
// `hours` after the test's first instant, through the sync's own writer.
import type { Db } from '../../db/open';
import { TABLES } from '../../electron/sync/tables';
import { tableWriter } from '../../electron/sync/writer';

export interface LedgerOp {
  id: string;
  hours: number;
  stream: string;
  sourceType: string;
  sourceId: string;
  currency: string;
  net: number;
  fee: number;
  status: string;
  deleted: boolean;
}

/** Writes `ops` in order in one transaction, the first instant at `firstMs`. */
export function writeLedgerOps(db: Db, ops: readonly LedgerOp[], firstMs: number): void {
  const write = tableWriter(db, TABLES.ledger);
  db.transaction(() => {
    for (const o of ops) {
      const at = new Date(firstMs + o.hours * 3_600_000).toISOString();
      const row = { id: o.id, occurred_at: at, updated_at: at, stream: o.stream, source_type: o.sourceType, source_id: o.sourceId, currency: o.currency };
      write([o.deleted ? { ...row, deleted: true } : { ...row, gross: o.net + o.fee, fee: o.fee, net: o.net, status: o.status }]);
    }
  })();
}
