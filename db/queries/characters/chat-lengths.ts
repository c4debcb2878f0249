// Where a character's conversations end: the platform's count of chats by how many messages they had,
// and the drop-off curve drawn from it, the share of chats still going after 1, 2, 3… messages. Only
// counts: no chat's content ever reaches the studio.
import type { Db } from '../../open';
import { keyedTotals, totalsOf, type DayWindow, type KeyedTable } from '../content/aggregate';
import type { StatsWindows } from '../content/windows';
import { sharePcts } from '../../words/numbers';
import type { ChatLengths, DropOffPoint } from '../types/content';
import { collectionUnavailable } from './availability';

export const CHAT_LENGTHS_TABLE: KeyedTable = { table: 'stats_character_chat_lengths', id: 'character_id', key: 'length', value: 'chats', catalogue: 'characters' };

/** The platform's buckets in order, each with the fewest messages a chat in it had. */
export const LENGTH_BUCKETS: readonly { length: string; first: number }[] = [
  { length: '1', first: 1 },
  { length: '2', first: 2 },
  { length: '3', first: 3 },
  { length: '4-5', first: 4 },
  { length: '6-10', first: 6 },
  { length: '11-20', first: 11 },
  { length: '21-50', first: 21 },
  { length: '51+', first: 51 },
];

/** The message counts the buckets' edges give exactly: after n messages, the chats of every bucket
 *  starting above n were still going. */
export const CURVE_POINTS: readonly number[] = [1, 2, 3, 5, 10, 20, 50];

/** The share of chats still going after each of CURVE_POINTS messages; null without chats. */
export function dropOffCurve(byLength: ReadonlyMap<string, number>): (number | null)[] {
  const total = LENGTH_BUCKETS.reduce((a, b) => a + (byLength.get(b.length) ?? 0), 0);
  return CURVE_POINTS.map((n) => {
    if (total === 0) return null;
    const going = LENGTH_BUCKETS.filter((b) => b.first > n).reduce((a, b) => a + (byLength.get(b.length) ?? 0), 0);
    return going / total;
  });
}

function counts(db: Db, w: DayWindow, id: string): Map<string, number> {
  return totalsOf(keyedTotals(db, CHAT_LENGTHS_TABLE, w, null, id).get(id));
}

/** A character's chat lengths over the period's stats days, against the comparison period's. */
export function chatLengths(db: Db, w: StatsWindows, id: string): ChatLengths {
  const unavailable = collectionUnavailable(db, 'chat-lengths', w.current);
  const previousUnavailable = w.previous ? collectionUnavailable(db, 'chat-lengths', w.previous, true) : null;
  const cur = !unavailable && w.current ? counts(db, w.current, id) : new Map<string, number>();
  const prev = !previousUnavailable && w.previous ? counts(db, w.previous, id) : null;
  const values = LENGTH_BUCKETS.map((b) => cur.get(b.length) ?? 0);
  const shares = sharePcts(values);
  const curve = dropOffCurve(cur);
  const prevCurve = prev ? dropOffCurve(prev) : null;
  return {
    buckets: LENGTH_BUCKETS.map((b, i) => ({ length: b.length, chats: values[i], previous: prev ? (prev.get(b.length) ?? 0) : null, sharePct: shares[i] })),
    curve: CURVE_POINTS.map((after, i): DropOffPoint => ({ after, share: curve[i], previous: prevCurve ? prevCurve[i] : null })),
    total: values.reduce((a, b) => a + b, 0),
    previousTotal: prev ? LENGTH_BUCKETS.reduce((a, b) => a + (prev.get(b.length) ?? 0), 0) : null,
    unavailable,
    previousUnavailable,
  };
}
