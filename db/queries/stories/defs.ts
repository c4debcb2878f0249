// The story metrics, as the platform contract defines them (platform-api.md, /v1/stats/stories).
import type { Db } from '../../open';
import type { KeyedTable, StatsTable } from '../content/aggregate';
import type { MetricDef } from '../content/metrics';
import { parseList } from '../json-list';
import type { StoryMetric } from '../types/content';

export const STORY_STATS: StatsTable = {
  table: 'stats_stories',
  catalogue: 'stories',
  id: 'story_id',
  sum: ['plays', 'replays', 'playtime_seconds', 'completions'],
  last: [],
};

export const STORY_METRICS: Record<StoryMetric, MetricDef> = {
  plays: { of: { sum: 'plays' } },
  avgPlaytime: { ratio: [{ sum: 'playtime_seconds' }, { sum: 'plays' }] },
  completionRate: { ratio: [{ sum: 'completions' }, { sum: 'plays' }] },
  replayRate: { ratio: [{ sum: 'replays' }, { sum: 'plays' }] },
  completions: { of: { sum: 'completions' } },
  replays: { of: { sum: 'replays' } },
};

export const CHAPTERS_REACHED: KeyedTable = { table: 'stats_story_chapters', id: 'story_id', key: 'chapter', value: 'reached', catalogue: 'stories' };
export const CHAPTERS_DROPPED: KeyedTable = { table: 'stats_story_chapters', id: 'story_id', key: 'chapter', value: 'dropped', catalogue: 'stories' };
export const MILESTONES: KeyedTable = { table: 'stats_story_milestones', id: 'story_id', key: 'milestone', value: 'hits', catalogue: 'stories' };
export const IDENTITIES: KeyedTable = { table: 'stats_story_identities', id: 'story_id', key: 'identity', value: 'plays', catalogue: 'stories' };

export interface StoryCatalogue {
  id: string;
  title: string;
  createdAt: string;
  tags: string[];
  chapters: Map<number, string>;
  milestones: Map<string, string>;
  identities: Map<string, string>;
}

function pairs<K>(json: string, key: string, label: string, asKey: (v: unknown) => K): Map<K, string> {
  const out = new Map<K, string>();
  try {
    const list = JSON.parse(json) as unknown;
    if (Array.isArray(list)) for (const e of list as Record<string, unknown>[]) out.set(asKey(e?.[key]), String(e?.[label] ?? e?.[key]));
  } catch {
    // A damaged catalogue entry only loses its names; the stats still show under their keys.
  }
  return out;
}

export function liveStories(db: Db, id?: string): StoryCatalogue[] {
  const rows = db.prepare(
    `SELECT id, title, created_at AS createdAt, tags, chapters, milestones, identities FROM stories
     ${id === undefined ? '' : 'WHERE id = ?'} ORDER BY title, id`,
  )
    .all(...(id === undefined ? [] : [id])) as Record<'id' | 'title' | 'createdAt' | 'tags' | 'chapters' | 'milestones' | 'identities', string>[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    createdAt: r.createdAt,
    tags: parseList(r.tags),
    chapters: pairs(r.chapters, 'index', 'title', Number),
    milestones: pairs(r.milestones, 'key', 'title', String),
    identities: pairs(r.identities, 'key', 'name', String),
  }));
}
