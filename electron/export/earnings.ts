// Daily earnings CSV: net per local day, currency and stream, counting what the Earnings dashboard
// counts (not reversed, not a payout). Grouped in SQL: one row per day and stream, never per ledger row.
import type { Db } from '../../db/open';
import { formatMicros } from '../../db/money';
import { EARNED, exactAll } from '../../db/queries/sums';
import { localDateSql } from '../../db/queries/timezone';
import { writeFileAtomic } from './atomic-write';
import { csvChunks, type Cell } from './csv';
import type { ExportRange } from './range';
import { CurrencyTotals, type CurrencyTotal, type ExportResult } from './totals';

export const EARNINGS_COLUMNS = ['date', 'currency', 'stream', 'net'] as const;

export type EarningsTotal = CurrencyTotal<'net'>;

export function dailyEarnings(db: Db, range: ExportRange): { date: string; currency: string; stream: string; net: bigint }[] {
  const local = localDateSql('occurred_ms', range.tz, range.startMs, range.endMs);
  return exactAll(
    db,
    `SELECT ${local.sql} AS date, currency, stream, sum(net) AS net FROM ledger
     WHERE occurred_ms >= ? AND occurred_ms < ? AND ${EARNED}
     GROUP BY date, currency, stream ORDER BY date, currency, stream`,
    [...local.params, range.startMs, range.endMs],
  );
}

export async function writeEarningsCsv(db: Db, file: string, range: ExportRange): Promise<ExportResult<EarningsTotal>> {
  const totals = new CurrencyTotals<'net'>(['net']);
  const rows = dailyEarnings(db, range).map((r): Cell[] => {
    totals.add(r.currency, { net: r.net });
    return [r.date, r.currency, r.stream, formatMicros(r.net)];
  });
  const written = await writeFileAtomic(file, csvChunks(EARNINGS_COLUMNS, rows));
  return { ...written, rows: totals.rows, totals: totals.list() };
}
