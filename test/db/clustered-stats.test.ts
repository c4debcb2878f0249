import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../db/migrate';
import { openDatabase, type Db } from '../../db/open';
import { tempDir } from '../helpers/tmp';

// Migration 0009 copies the three character stats tables into tables stored in key order. The copy
// must keep every value of every row, and the monthly rollups' triggers must come back, once each.
const TABLES = {
  stats_characters: 'character_id, date',
  stats_character_scenarios: 'character_id, date, scenario',
  stats_character_models: 'character_id, date, model',
} as const;

/** Every row of a table, all columns of version 9's table, in key order: the two sides are compared value
 *  by value (later migrations add columns of their own). */
const COLUMNS_V9: Record<string, string> = {
  stats_characters:
    'character_id, date, chats_started, messages, tokens, active_users, active_users_30d, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, updated_at',
  stats_character_scenarios: '*',
  stats_character_models: '*',
};
const rowsOf = (db: Db, table: string, key: string) => db.prepare(`SELECT ${COLUMNS_V9[table]} FROM ${table} ORDER BY ${key}`).raw().all();

const withoutRowid = (db: Db, table: string) =>
  /WITHOUT ROWID/i.test(db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).pluck().get(table) as string);

describe('character stats stored in key order (migration 0009)', () => {
  it('keeps every row and value of a version 9 database, and its rollups', async () => {
    const file = path.join(tempDir(), 'v9.db');
    fs.copyFileSync(path.resolve('test/fixtures/schema-v9.db'), file);
    const before = await openDatabase(file, { migrations: loadMigrations().slice(0, 9) });
    const old = Object.fromEntries(Object.entries(TABLES).map(([t, key]) => [t, rowsOf(before.db, t, key)]));
    const monthly = before.db.prepare('SELECT * FROM stats_characters_monthly ORDER BY character_id, month').raw().all();
    expect(withoutRowid(before.db, 'stats_characters')).toBe(false);
    expect(old.stats_characters.length).toBeGreaterThan(100);
    before.db.close();

    const { db } = await openDatabase(file);
    for (const [t, key] of Object.entries(TABLES)) {
      expect(withoutRowid(db, t)).toBe(true);
      expect(rowsOf(db, t, key)).toEqual(old[t]);
    }
    const monthlyV9 =
      'character_id, month, days, chats_started, messages, tokens, active_users, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, last_date, active_users_30d';
    expect(db.prepare(`SELECT ${monthlyV9} FROM stats_characters_monthly ORDER BY character_id, month`).raw().all()).toEqual(monthly);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stats_characters' AND name NOT LIKE 'sqlite_%'`).pluck().all()).toEqual(['stats_characters_date']);
    db.close();
  });

  it('keeps the monthly rollups up to date through the triggers it creates again, once each', async () => {
    const file = path.join(tempDir(), 'fresh.db');
    const { db } = await openDatabase(file);
    const day = (date: string, chats: number) =>
      db
        .prepare(
          `INSERT INTO stats_characters (${COLUMNS_V9.stats_characters}) VALUES ('c1', ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 'x')
           ON CONFLICT (character_id, date) DO UPDATE SET chats_started = excluded.chats_started, active_users_30d = excluded.active_users_30d`,
        )
        .run(date, chats, chats * 10);
    const scenario = (date: string, chats: number) =>
      db.prepare(`INSERT INTO stats_character_scenarios VALUES ('c1', ?, 'Duel', ?, 'x') ON CONFLICT DO UPDATE SET chats = excluded.chats`).run(date, chats);
    day('2026-11-01', 3);
    day('2026-11-02', 4);
    day('2026-11-01', 5); // re-delivered: replaces 3
    scenario('2026-11-01', 2);
    scenario('2026-11-02', 7);
    db.prepare(`INSERT INTO stats_character_models VALUES ('c1', '2026-11-02', 'gpt', 9, 'x')`).run();
    const month = () => db.prepare(`SELECT days, chats_started, last_date, active_users_30d FROM stats_characters_monthly WHERE character_id = 'c1'`).get();
    expect(month()).toEqual({ days: 2, chats_started: 9, last_date: '2026-11-02', active_users_30d: 40 });
    expect(db.prepare(`SELECT days, chats FROM stats_character_scenarios_monthly`).get()).toEqual({ days: 2, chats: 9 });
    expect(db.prepare(`SELECT days, chats FROM stats_character_models_monthly`).get()).toEqual({ days: 1, chats: 9 });
    db.prepare(`DELETE FROM stats_characters WHERE date = '2026-11-02'`).run();
    expect(month()).toEqual({ days: 1, chats_started: 5, last_date: '2026-11-01', active_users_30d: 50 });
    db.close();
  });
});
