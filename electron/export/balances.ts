// The balance per currency at an instant, from the ledger alone (platform-api.md: available plus
// pending = the net of every non-reversed row before it). The statement shows it at the start and
// the end of the year, so that start + income + payouts = end can be checked.
import type { Db } from '../../db/open';
import { formatMicros } from '../../db/money';

export interface BalanceAt {
  currency: string;
  start: string;
  end: string;
}

export function balances(db: Db, startMs: number, endMs: number): BalanceAt[] {
  const rows = db
    .prepare(
      `SELECT currency, sum(CASE WHEN occurred_ms < ? THEN net ELSE 0 END) AS start, sum(net) AS "end"
       FROM ledger WHERE status <> 'reversed' AND occurred_ms < ? GROUP BY currency ORDER BY currency`,
    )
    .safeIntegers(true)
    .all(startMs, endMs) as { currency: string; start: bigint; end: bigint }[];
  return rows.map((r) => ({ currency: r.currency, start: formatMicros(r.start), end: formatMicros(r.end) }));
}
