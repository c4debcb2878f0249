// Payouts CSV: every payout created on a local day of the range (an instant in [startMs, endMs)),
// whatever its status.
import type { Db } from '../../db/open';
import { formatMicros } from '../../db/money';
import { writeFileAtomic } from './atomic-write';
import { csvChunks, type Cell } from './csv';
import { pagedRows } from './paged';
import type { ExportRange } from './range';
import { CurrencyTotals, type CurrencyTotal, type ExportResult } from './totals';

export const PAYOUT_COLUMNS = [
  'id',
  'created_at',
  'period_start',
  'period_end',
  'currency',
  'amount',
  'fee',
  'received',
  'status',
  'method',
  'network',
  'tx_hash',
  'arrival_date',
  'failure_reason',
] as const;

interface PayoutRow {
  id: string;
  created_at: string;
  period_start: string;
  period_end: string;
  currency: string;
  amount: bigint;
  fee: bigint;
  status: string;
  method: string;
  network: string | null;
  tx_hash: string | null;
  arrival_date: string | null;
  failure_reason: string | null;
}

export type PayoutTotal = CurrencyTotal<'amount' | 'fee' | 'received'>;
export const payoutTotals = () => new CurrencyTotals<'amount' | 'fee' | 'received'>(['amount', 'fee', 'received']);

/** Payouts CSV chunks, oldest first; `totals` (all statuses, per currency) is complete once consumed. */
export function payoutsCsv(db: Db, range: ExportRange, totals = payoutTotals()): Generator<string> {
  const rows = pagedRows<PayoutRow, Cell[]>(
    db,
    {
      select: `id, created_at, period_start, period_end, currency, amount, fee, status, method,
        network, tx_hash, arrival_date, failure_reason`,
      from: 'payouts',
      where: 'created_ms < ?',
      params: [range.endMs],
      startMs: range.startMs,
      orderMs: 'created_ms',
      orderId: 'id',
    },
    (r) => {
      // The creator receives amount - fee (platform-api.md).
      const received = r.amount - r.fee;
      totals.add(r.currency, { amount: r.amount, fee: r.fee, received });
      return [
        r.id,
        r.created_at,
        r.period_start,
        r.period_end,
        r.currency,
        formatMicros(r.amount),
        formatMicros(r.fee),
        formatMicros(received),
        r.status,
        r.method,
        r.network,
        r.tx_hash,
        r.arrival_date,
        r.failure_reason,
      ];
    },
  );
  return csvChunks(PAYOUT_COLUMNS, rows);
}

export async function writePayoutsCsv(db: Db, file: string, range: ExportRange): Promise<ExportResult<PayoutTotal>> {
  const totals = payoutTotals();
  const written = await writeFileAtomic(file, payoutsCsv(db, range, totals));
  return { ...written, rows: totals.rows, totals: totals.list() };
}
