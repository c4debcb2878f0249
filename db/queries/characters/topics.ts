// What users ask a character about: the platform's own topic labels with their chats, ranked, against
// the comparison period. The platform counts a topic on a day only where at least ten chats of the
// character had it, so a period's count is the sum of those days; no chat text reaches the studio.
import type { Db } from '../../open';
import { keyedTotals, totalsOf, type KeyedTable } from '../content/aggregate';
import type { StatsWindows } from '../content/windows';
import { sharePcts } from '../../words/numbers';
import type { TopicRow, Topics } from '../types/content';
import { collectionUnavailable } from './availability';

export const TOPICS_TABLE: KeyedTable = { table: 'stats_character_topics', id: 'character_id', key: 'topic', value: 'chats', catalogue: 'characters' };

/** Most chats first, then by label: the same counts always rank the same way. */
const byChats = (counts: ReadonlyMap<string, number>) =>
  [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/**
 * The topics of the period ranked by chats, each with its chats and rank in the comparison period
 * (`previous` null: no comparison, or none available). A topic counted only in the comparison period
 * follows, with no chats and no rank now: it fell out.
 */
export function rankTopics(current: ReadonlyMap<string, number>, previous: ReadonlyMap<string, number> | null): TopicRow[] {
  const now = byChats(current);
  const before = previous ? byChats(previous) : [];
  const previousRank = new Map(before.map(([t], i) => [t, i + 1]));
  const gone = before.filter(([t]) => !current.get(t));
  const shares = sharePcts(now.map(([, n]) => n));
  return [
    ...now.map(([topic, chats], i) => ({ topic, chats, previous: previous ? (previous.get(topic) ?? 0) : null, rank: i + 1, previousRank: previousRank.get(topic) ?? null, sharePct: shares[i] })),
    ...gone.map(([topic, n]) => ({ topic, chats: 0, previous: n, rank: null, previousRank: previousRank.get(topic)!, sharePct: null })),
  ];
}

/** A character's topics over the period's stats days, against the comparison period's. */
export function characterTopics(db: Db, w: StatsWindows, id: string): Topics {
  const unavailable = collectionUnavailable(db, 'topics', w.current);
  const previousUnavailable = w.previous ? collectionUnavailable(db, 'topics', w.previous, true) : null;
  const read = (window: NonNullable<StatsWindows['current']>) => totalsOf(keyedTotals(db, TOPICS_TABLE, window, null, id).get(id));
  const cur = !unavailable && w.current ? read(w.current) : new Map<string, number>();
  const prev = !previousUnavailable && w.previous ? read(w.previous) : null;
  return { rows: unavailable ? [] : rankTopics(cur, prev), unavailable, previousUnavailable };
}
