// What a ledger row is to an accountant (design.md "Income is apart from transfers"): income is every
// non-reversed row of an earning stream, whatever its name (adjustments with their sign, streams the
// platform adds later); a payout moves money out of the balance and is a transfer, never income;
// a reversed row counts for nothing.

export type MoneyKind = 'income' | 'transfer' | 'reversed';

export const PAYOUT_STREAM = 'payout';

export function moneyKind(row: { stream: string; status: string }): MoneyKind {
  if (row.status === 'reversed') return 'reversed';
  return row.stream === PAYOUT_STREAM ? 'transfer' : 'income';
}

/** SQL for the same test on a ledger alias: income rows only. */
export function incomeSql(alias = 'l'): string {
  return `${alias}.status <> 'reversed' AND ${alias}.stream <> '${PAYOUT_STREAM}'`;
}
