// The "paid out" view of the tax pack: payouts by the day they arrived (the platform's arrival_date),
// paid ones only, with amount, fee and what was received. Payouts are transfers of money already
// earned, so this file is apart from income; the payouts CSV beside it lists every payout made in
// the range whatever became of it.
import type { Db } from '../../db/open';
import { formatMicros } from '../../db/money';
import { csvChunks, type Cell } from './csv';
import type { ExportRange } from './range';
import { CurrencyTotals, type CurrencyTotal } from './totals';

export const PAID_OUT_COLUMNS = ['arrival_date', 'payout_id', 'created_at', 'currency', 'amount', 'fee', 'received', 'method', 'network', 'tx_hash'] as const;

export type PaidOutTotal = CurrencyTotal<'amount' | 'fee' | 'received'>;

export class PaidOutTotals {
  readonly all = new CurrencyTotals<'amount' | 'fee' | 'received'>(['amount', 'fee', 'received']);
  /** By arrival month, per currency. */
  readonly byMonth = new Map<string, CurrencyTotals<'amount' | 'fee' | 'received'>>();

  add(month: string, currency: string, amounts: { amount: bigint; fee: bigint; received: bigint }): void {
    this.all.add(currency, amounts);
    let m = this.byMonth.get(month);
    if (!m) this.byMonth.set(month, (m = new CurrencyTotals<'amount' | 'fee' | 'received'>(['amount', 'fee', 'received'])));
    m.add(currency, amounts);
  }
}

/** Paid payouts that arrived on a day of the range, by arrival day then id. Few rows: read at once. */
export function paidOutCsv(db: Db, range: ExportRange, totals: PaidOutTotals): Generator<string> {
  const rows = db
    .prepare(
      `SELECT arrival_date, id, created_at, currency, amount, fee, method, network, tx_hash FROM payouts
       WHERE status = 'paid' AND arrival_date >= ? AND arrival_date <= ? ORDER BY arrival_date, id`,
    )
    .safeIntegers(true)
    .all(range.from, range.to) as { arrival_date: string; id: string; created_at: string; currency: string; amount: bigint; fee: bigint; method: string; network: string | null; tx_hash: string | null }[];
  const cells = rows.map((r): Cell[] => {
    const received = r.amount - r.fee;
    totals.add(r.arrival_date.slice(0, 7), r.currency, { amount: r.amount, fee: r.fee, received });
    return [r.arrival_date, r.id, r.created_at, r.currency, formatMicros(r.amount), formatMicros(r.fee), formatMicros(received), r.method, r.network, r.tx_hash];
  });
  return csvChunks(PAID_OUT_COLUMNS, cells);
}
