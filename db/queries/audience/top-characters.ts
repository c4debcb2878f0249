// Which characters drive following: new followers gained through each live character (a flow, so
// days add up), against the comparison period, and each one's part of all character follows.
import type { Db } from '../../open';
import { sumByKey } from '../content/aggregate';
import type { CharacterFollows, DayRange } from '../types/audience';
import { round1 } from './countries';

function follows(db: Db, r: DayRange | null, live: Set<string>): Map<string, number> {
  if (!r) return new Map();
  return new Map([...sumByKey(db, 'stats_characters', 'character_id', 'new_followers', r)].filter(([id]) => live.has(id)));
}

export function topCharactersByFollows(db: Db, cur: DayRange | null, prev: DayRange | null): CharacterFollows[] {
  const names = db.prepare(`SELECT id, name FROM characters`).all() as { id: string; name: string }[];
  const live = new Set(names.map((c) => c.id));
  const now = follows(db, cur, live);
  const before = prev ? follows(db, prev, live) : null;
  const total = [...now.values()].reduce((a, b) => a + b, 0);
  return names
    .filter((c) => now.has(c.id) || before?.has(c.id))
    .map((c) => {
      const value = now.get(c.id) ?? 0;
      return {
        id: c.id,
        name: c.name,
        newFollowers: { value, previous: before ? (before.get(c.id) ?? 0) : null },
        sharePct: total > 0 ? round1((value / total) * 100) : null,
      };
    })
    .sort((a, b) => b.newFollowers.value - a.newFollowers.value || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
