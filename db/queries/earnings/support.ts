import type { Db } from '../../open';
import type { Range } from '../period';
import type { SupportItem } from '../types/earnings';
import { dec } from '../sums';

/** How many of the newest the Earnings page lists (the rest are counted, and exported). */
export const SUPPORT_SHOWN = 30;

/**
 * Fan support in the period, most recent first (`limit` -1: all of it). Names and messages are returned
 * verbatim: the UI shows them as text.
 */
export function supportInPeriod(db: Db, range: Range, limit = SUPPORT_SHOWN): { items: SupportItem[]; total: number } {
  const rows = db.prepare(
    `SELECT s.id, s.occurred_at AS occurredAt, s.supporter_name AS supporterName, s.message, s.amount, s.currency,
       coalesce(c.name, p.name, st.title) AS sourceName
     FROM support s
     LEFT JOIN characters c ON s.source_type = 'character' AND c.id = s.source_id
     LEFT JOIN plugins p ON s.source_type = 'plugin' AND p.id = s.source_id
     LEFT JOIN stories st ON s.source_type = 'story' AND st.id = s.source_id
     WHERE s.occurred_ms >= ? AND s.occurred_ms < ?
     ORDER BY s.occurred_ms DESC, s.id LIMIT ?`,
  )
    .safeIntegers(true)
    .all(range.startMs, range.endMs, limit) as (Omit<SupportItem, 'amount'> & { amount: bigint })[];
  const total = db.prepare('SELECT count(*) FROM support WHERE occurred_ms >= ? AND occurred_ms < ?').pluck().get(range.startMs, range.endMs) as number;
  return { items: rows.map((r) => ({ ...r, amount: dec(r.amount) })), total };
}
