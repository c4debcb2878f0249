// Which characters drive following: new followers gained through each live character (a flow, so
// days add up), against the comparison period, and each one's part of all character follows.
import type { Db } from '../../open';
import type { CharacterFollows, DayRange } from '../types/audience';
import { round1 } from './countries';

function follows(db: Db, r: DayRange | null): Map<string, number> {
  if (!r) return new Map();
  const rows = db
    .prepare(
      `SELECT s.character_id AS id, sum(s.new_followers) AS n FROM stats_characters s
       JOIN characters c ON c.id = s.character_id
       WHERE s.date >= ? AND s.date <= ? GROUP BY s.character_id`,
    )
    .all(r.from, r.to) as { id: string; n: number }[];
  return new Map(rows.map((row) => [row.id, row.n]));
}

export function topCharactersByFollows(db: Db, cur: DayRange | null, prev: DayRange | null): CharacterFollows[] {
  const now = follows(db, cur);
  const before = prev ? follows(db, prev) : null;
  const total = [...now.values()].reduce((a, b) => a + b, 0);
  const names = db.prepare(`SELECT id, name FROM characters`).all() as { id: string; name: string }[];
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
