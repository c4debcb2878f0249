// What a ledger row is to an accountant (design.md "Income is apart from transfers"): income is every
// non-reversed row of an earning stream, whatever its name (adjustments with their sign, streams the
// platform adds later); a payout moves money out of the balance and is a transfer, never income;
// a reversed row counts for nothing. The dashboards' SQL says the same (db/queries/sums.ts EARNED).

export type MoneyKind = 'income' | 'transfer' | 'reversed';

export const PAYOUT_STREAM = 'payout';

export function moneyKind(row: { stream: string; status: string }): MoneyKind {
  if (row.status === 'reversed') return 'reversed';
  return row.stream === PAYOUT_STREAM ? 'transfer' : 'income';
}
