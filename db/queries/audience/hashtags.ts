// Hashtags: impressions per tag, ranked, and whether the tag is one the creator chose. A top tag the
// creator never used is their "brand" whether they intended it or not (creator analytics guide).
import type { Db } from '../../open';
import { sumByKey } from '../content/aggregate';
import type { DayRange, HashtagRow } from '../types/audience';
import { sharePcts } from '../../words/numbers';
import { parseList } from '../json-list';

/** Tags are compared without case and without a leading '#'. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').toLowerCase();
}

/** Every tag on the creator's live characters, plugins and stories (tombstoned works are gone). */
export function ownTags(db: Db): Set<string> {
  const rows = db.prepare(`SELECT tags FROM characters UNION ALL SELECT tags FROM plugins UNION ALL SELECT tags FROM stories`)
    .pluck()
    .all() as string[];
  const out = new Set<string>();
  for (const json of rows) for (const tag of parseList(json)) out.add(normaliseTag(tag));
  return out;
}

function impressions(db: Db, r: DayRange | null): Map<string, number> {
  return r ? sumByKey(db, 'stats_hashtags', 'hashtag', 'impressions', r) : new Map();
}

/** Tags by impressions, most first; ties by name so the ranking is the same on every run. */
function ranked(m: Map<string, number>): string[] {
  return [...m].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([h]) => h);
}

export function hashtagRanking(db: Db, cur: DayRange | null, prev: DayRange | null): HashtagRow[] {
  const now = impressions(db, cur);
  const before = prev ? impressions(db, prev) : null;
  const own = ownTags(db);
  const prevRank = new Map((before ? ranked(before) : []).map((h, i) => [h, i + 1]));
  const tags = ranked(now);
  const pcts = sharePcts(tags.map((h) => now.get(h)!));
  return tags.map((hashtag, i) => ({
    hashtag,
    impressions: { value: now.get(hashtag)!, previous: before ? (before.get(hashtag) ?? 0) : null },
    sharePct: pcts[i],
    rank: i + 1,
    previousRank: prevRank.get(hashtag) ?? null,
    own: own.has(normaliseTag(hashtag)),
  }));
}
