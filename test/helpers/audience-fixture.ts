// Rows for the Audience, insight and review tests, written as the sync stores them. Metrics a test
// does not name are 0; works carry the tags and creation dates the rules look at.
import type { Db } from '../../db/open';

const T = '2026-11-22T00:00:00.000Z';

type Row = Record<string, string | number | null>;

const COLUMNS: Record<string, string[]> = {
  stats_audience: ['date', 'followers_total', 'new_followers', 'lost_followers'],
  stats_countries: ['date', 'country', 'active_users'],
  stats_hashtags: ['date', 'hashtag', 'impressions'],
  stats_characters: [
    'character_id', 'date', 'chats_started', 'messages', 'tokens', 'active_users', 'active_users_30d', 'returning_users',
    'profile_views', 'chats_from_profile', 'rating_count', 'rating_sum', 'new_followers',
  ],
  stats_plugins: ['plugin_id', 'date', 'installs', 'uninstalls', 'installs_total', 'active_chats', 'active_chats_7d', 'chats', 'rating_count', 'rating_sum'],
  stats_stories: ['story_id', 'date', 'plays', 'players', 'replays', 'playtime_seconds', 'completions'],
  stats_story_chapters: ['story_id', 'date', 'chapter', 'reached', 'dropped'],
};

/** Inserts stats rows; unnamed metrics are 0. */
export function insertStats(db: Db, table: keyof typeof COLUMNS, rows: Row[]): void {
  const cols = [...COLUMNS[table], 'updated_at'];
  const stmt = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  for (const r of rows) stmt.run(...COLUMNS[table].map((c) => r[c] ?? 0), T);
}

export interface Work {
  id: string;
  name: string;
  tags?: string[];
  created?: string;
  greetingUpdatedAt?: string;
  /** stories: chapter titles, chapter i+1 = titles[i] */
  chapters?: string[];
}

export function insertWorks(db: Db, kind: 'characters' | 'plugins' | 'stories', works: Work[]): void {
  for (const w of works) {
    const created = w.created ?? '2025-01-01T10:00:00.000Z';
    const tags = JSON.stringify(w.tags ?? []);
    if (kind === 'characters')
      db.prepare(`INSERT INTO characters (id, name, created_at, updated_at, tags, greeting_updated_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
        w.id, w.name, created, T, tags, w.greetingUpdatedAt ?? null,
      );
    else if (kind === 'plugins') db.prepare(`INSERT INTO plugins (id, name, created_at, updated_at, tags) VALUES (?, ?, ?, ?, ?)`).run(w.id, w.name, created, T, tags);
    else
      db.prepare(`INSERT INTO stories (id, title, created_at, updated_at, tags, chapters, milestones, identities) VALUES (?, ?, ?, ?, ?, ?, '[]', '[]')`).run(
        w.id, w.name, created, T, tags, JSON.stringify((w.chapters ?? []).map((title, i) => ({ index: i + 1, title }))),
      );
  }
}

export function insertAnnouncements(db: Db, rows: { id: string; at: string; title?: string; delivered: number; opened: number; engaged: number }[]): void {
  const stmt = db.prepare(`INSERT INTO announcements (id, posted_at, title, delivered, opened, engaged, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const a of rows) stmt.run(a.id, a.at, a.title ?? a.id, a.delivered, a.opened, a.engaged, T);
}

/** Consecutive UTC dates from `from`, `n` of them. */
export function dates(from: string, n: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}
