// Which characters drive following: new followers gained through each live character (a flow, so
// days add up), against the comparison period, and each one's part of all character follows.
import type { Db } from '../../open';
import { CHARACTER_STATS } from '../characters/defs';
import { aggregateWhole, type StatsTable } from '../content/aggregate';
import type { CharacterFollows, DayRange } from '../types/audience';
import { sharePcts } from '../../words/numbers';

const FOLLOWS: StatsTable = { ...CHARACTER_STATS, sum: ['new_followers'], last: [] };

/** New followers per live character (those the catalogue lists) with stats in the range. */
function follows(db: Db, r: DayRange | null): Map<string, number> {
  if (!r) return new Map();
  return new Map([...aggregateWhole(db, FOLLOWS, r)].map(([id, agg]) => [id, agg.sum.new_followers]));
}

export function topCharactersByFollows(db: Db, cur: DayRange | null, prev: DayRange | null): CharacterFollows[] {
  const names = db.prepare(`SELECT id, name FROM characters`).all() as { id: string; name: string }[];
  const now = follows(db, cur);
  const before = prev ? follows(db, prev) : null;
  const shown = names.filter((c) => now.has(c.id) || before?.has(c.id));
  const pcts = sharePcts(shown.map((c) => now.get(c.id) ?? 0));
  return shown
    .map((c, i) => ({
      id: c.id,
      name: c.name,
      newFollowers: { value: now.get(c.id) ?? 0, previous: before ? (before.get(c.id) ?? 0) : null },
      sharePct: pcts[i],
    }))
    .sort((a, b) => b.newFollowers.value - a.newFollowers.value || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
