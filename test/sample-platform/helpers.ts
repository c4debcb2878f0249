// Helpers for the sample-platform tests: plain fetch against the real server.
import type { SamplePlatform } from '../../electron/sample-platform/index';

export type Row = Record<string, unknown>;

export interface PageBody {
  data: Row[];
  next_cursor: string | null;
}

/** Key fields of each resource (what a re-delivered row replaces). */
export const KEYS: Record<string, string[]> = {
  'stats/characters': ['character_id', 'date'],
  'stats/character-scenarios': ['character_id', 'date', 'scenario'],
  'stats/character-models': ['character_id', 'date', 'model'],
  'stats/character-chat-lengths': ['character_id', 'date', 'length'],
  'stats/character-topics': ['character_id', 'date', 'topic'],
  'stats/activity-hourly': ['date', 'hour'],
  'stats/plugins': ['plugin_id', 'date'],
  'stats/stories': ['story_id', 'date'],
  'stats/story-chapters': ['story_id', 'date', 'chapter'],
  'stats/story-milestones': ['story_id', 'date', 'milestone'],
  'stats/story-identities': ['story_id', 'date', 'identity'],
  'stats/audience': ['date'],
  'stats/countries': ['date', 'country'],
  'stats/hashtags': ['date', 'hashtag'],
};

export function keyOf(resource: string, row: Row): string {
  return (KEYS[resource] ?? ['id']).map((k) => String(row[k])).join('\u0000');
}

export async function get(p: SamplePlatform, path: string, token = p.token): Promise<Response> {
  return fetch(`${p.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

export async function getJson<T = unknown>(p: SamplePlatform, path: string): Promise<T> {
  const res = await get(p, path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Every row of a collection, following next_cursor; `params` are added to every page request. */
export async function fetchAll(p: SamplePlatform, resource: string, params: Record<string, string> = {}): Promise<{ rows: Row[]; pages: number; bodies: string[] }> {
  const rows: Row[] = [];
  const bodies: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q = new URLSearchParams({ limit: '1000', ...params });
    if (cursor) q.set('cursor', cursor);
    const res = await get(p, `/v1/${resource}?${q}`);
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${resource}: ${res.status} ${text}`);
    bodies.push(text);
    const body = JSON.parse(text) as PageBody;
    rows.push(...body.data);
    cursor = body.next_cursor;
    pages++;
    if (pages > 100_000) throw new Error('paging does not end');
  } while (cursor);
  return { rows, pages, bodies };
}

export const TODAY = '2026-03-15';
