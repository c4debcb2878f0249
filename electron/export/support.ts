// Fan support CSV. Names and messages are free text typed by fans: written verbatim, except that
// text a spreadsheet would run as a formula is neutralised by csv.ts.
import type { Db } from '../../db/open';
import { formatMicros } from '../../db/money';
import { localDateSql } from '../../db/queries/timezone';
import { writeFileAtomic } from './atomic-write';
import { csvChunks, type Cell } from './csv';
import { pagedRows } from './paged';
import type { ExportRange } from './range';
import { CurrencyTotals, type CurrencyTotal, type ExportResult } from './totals';

export const SUPPORT_COLUMNS = [
  'id',
  'occurred_at',
  'local_date',
  'supporter_name',
  'message',
  'currency',
  'amount',
  'source_type',
  'source_id',
] as const;

interface SupportRow {
  id: string;
  occurred_at: string;
  local_date: string;
  supporter_name: string;
  message: string;
  currency: string;
  amount: bigint;
  source_type: string | null;
  source_id: string | null;
}

export type SupportTotal = CurrencyTotal<'amount'>;

export function supportCsv(db: Db, range: ExportRange, totals = new CurrencyTotals<'amount'>(['amount'])): Generator<string> {
  const local = localDateSql('occurred_ms', range.tz, range.startMs, range.endMs);
  const rows = pagedRows<SupportRow, Cell[]>(
    db,
    {
      select: `id, occurred_at, ${local.sql} AS local_date, supporter_name, message, currency, amount, source_type, source_id`,
      from: 'support',
      where: 'occurred_ms < ?',
      params: [...local.params, range.endMs],
      startMs: range.startMs,
      orderMs: 'occurred_ms',
      orderId: 'id',
    },
    (r) => {
      totals.add(r.currency, { amount: r.amount });
      return [r.id, r.occurred_at, r.local_date, r.supporter_name, r.message, r.currency, formatMicros(r.amount), r.source_type, r.source_id];
    },
  );
  return csvChunks(SUPPORT_COLUMNS, rows);
}

export async function writeSupportCsv(db: Db, file: string, range: ExportRange): Promise<ExportResult<SupportTotal>> {
  const totals = new CurrencyTotals<'amount'>(['amount']);
  const written = await writeFileAtomic(file, supportCsv(db, range, totals));
  return { ...written, rows: totals.rows, totals: totals.list() };
}
