// Money of a review period, counted as the Earnings dashboard counts it (not reversed, not a payout),
// per currency and stream. Currencies are never added together.
import type { Db } from '../../open';
import { earnedDaily } from '../earnings/earned';
import { dailyByStream } from '../earnings/series';
import type { Range } from '../period';

/** Net per 'CURRENCY|stream' over a range: earned money, or the ledger rows matching `where`. */
export function netByStream(db: Db, r: Range | null, zone: string, where?: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  if (!r) return out;
  const rows = where === undefined ? earnedDaily(db, zone, r.startMs, r.endMs, 'none') : dailyByStream(db, r, zone, where);
  for (const d of rows) out.set(`${d.currency}|${d.stream}`, (out.get(`${d.currency}|${d.stream}`) ?? 0n) + d.net);
  return out;
}

/** Folds 'CURRENCY|stream' sums into per-currency sums. */
export function perCurrency(m: Map<string, bigint>): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const [k, v] of m) {
    const currency = k.split('|')[0];
    out.set(currency, (out.get(currency) ?? 0n) + v);
  }
  return out;
}
