// Daily stats rows for query tests, written as the sync stores them. Every metric defaults to 0 so a
// test names only the fields it is about.
import type { Db } from '../../db/open';

const T = '2026-11-22T00:00:00.000Z';

function inserter(db: Db, table: string, keys: string[], metrics: string[]) {
  const columns = [...keys, ...metrics, 'updated_at'];
  const stmt = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return (row: Record<string, string | number>) => stmt.run(...keys.map((k) => row[k]), ...metrics.map((m) => row[m] ?? 0), T);
}

export type CharacterDay = { character_id: string; date: string } & Partial<
  Record<
    | 'chats_started'
    | 'messages'
    | 'tokens'
    | 'active_users'
    | 'active_users_30d'
    | 'returning_users'
    | 'profile_views'
    | 'chats_from_profile'
    | 'rating_count'
    | 'rating_sum'
    | 'new_followers',
    number
  >
>;

export function insertCharacterStats(db: Db, rows: CharacterDay[]): void {
  const put = inserter(db, 'stats_characters', ['character_id', 'date'], [
    'chats_started', 'messages', 'tokens', 'active_users', 'active_users_30d', 'returning_users',
    'profile_views', 'chats_from_profile', 'rating_count', 'rating_sum', 'new_followers',
  ]);
  for (const r of rows) put(r);
}

/** [character_id, date, scenario or model, chats] */
export function insertScenarioStats(db: Db, rows: [string, string, string, number][]): void {
  const put = inserter(db, 'stats_character_scenarios', ['character_id', 'date', 'scenario'], ['chats']);
  for (const [character_id, date, scenario, chats] of rows) put({ character_id, date, scenario, chats });
}

export function insertModelStats(db: Db, rows: [string, string, string, number][]): void {
  const put = inserter(db, 'stats_character_models', ['character_id', 'date', 'model'], ['chats']);
  for (const [character_id, date, model, chats] of rows) put({ character_id, date, model, chats });
}

/** [date, UTC hour, chats_started] */
export function insertHourly(db: Db, rows: [string, number, number][]): void {
  const put = inserter(db, 'stats_activity_hourly', ['date', 'hour'], ['chats_started', 'messages']);
  for (const [date, hour, chats_started] of rows) put({ date, hour, chats_started, messages: chats_started * 5 });
}

export type PluginDay = { plugin_id: string; date: string } & Partial<
  Record<'installs' | 'uninstalls' | 'installs_total' | 'active_chats' | 'active_chats_7d' | 'chats' | 'rating_count' | 'rating_sum', number>
>;

export function insertPluginStats(db: Db, rows: PluginDay[]): void {
  const put = inserter(db, 'stats_plugins', ['plugin_id', 'date'], [
    'installs', 'uninstalls', 'installs_total', 'active_chats', 'active_chats_7d', 'chats', 'rating_count', 'rating_sum',
  ]);
  for (const r of rows) put(r);
}

export type StoryDay = { story_id: string; date: string } & Partial<Record<'plays' | 'players' | 'replays' | 'playtime_seconds' | 'completions', number>>;

export function insertStoryStats(db: Db, rows: StoryDay[]): void {
  const put = inserter(db, 'stats_stories', ['story_id', 'date'], ['plays', 'players', 'replays', 'playtime_seconds', 'completions']);
  for (const r of rows) put(r);
}

/** [story_id, date, chapter, reached, dropped] */
export function insertChapterStats(db: Db, rows: [string, string, number, number, number][]): void {
  const put = inserter(db, 'stats_story_chapters', ['story_id', 'date', 'chapter'], ['reached', 'dropped']);
  for (const [story_id, date, chapter, reached, dropped] of rows) put({ story_id, date, chapter, reached, dropped });
}

/** [story_id, date, milestone, hits] */
export function insertMilestoneStats(db: Db, rows: [string, string, string, number][]): void {
  const put = inserter(db, 'stats_story_milestones', ['story_id', 'date', 'milestone'], ['hits']);
  for (const [story_id, date, milestone, hits] of rows) put({ story_id, date, milestone, hits });
}

/** [story_id, date, identity, plays] */
export function insertIdentityStats(db: Db, rows: [string, string, string, number][]): void {
  const put = inserter(db, 'stats_story_identities', ['story_id', 'date', 'identity'], ['plays']);
  for (const [story_id, date, identity, plays] of rows) put({ story_id, date, identity, plays });
}

/** A story with named chapters, milestones and identities. */
export function insertStory(db: Db, s: { id: string; title: string; chapters: string[]; milestones: [string, string][]; identities: [string, string][] }): void {
  db.prepare(`INSERT INTO stories (id, title, created_at, updated_at, tags, chapters, milestones, identities) VALUES (?, ?, ?, ?, '["mystery"]', ?, ?, ?)`).run(
    s.id,
    s.title,
    T,
    T,
    JSON.stringify(s.chapters.map((title, i) => ({ index: i + 1, title }))),
    JSON.stringify(s.milestones.map(([key, title]) => ({ key, title }))),
    JSON.stringify(s.identities.map(([key, name]) => ({ key, name }))),
  );
}

/** A finished sync run, so views have a "data as of". */
export function insertSyncRun(db: Db, finishedAt: string): void {
  db.prepare(`INSERT INTO sync_runs (started_at, finished_at, status, rows_written) VALUES (?, ?, 'ok', 1)`).run(finishedAt, finishedAt);
}
