import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { CHARACTER_STATS, SCENARIOS } from '../../db/queries/characters/defs';
import { aggregateWhole, keyedTotals, statsExtent } from '../../db/queries/content/aggregate';
import { insertCatalogue } from '../helpers/fixture';
import { insertCharacterStats, insertScenarioStats } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

/**
 * The statements `read` prepares that read the daily table itself (not its monthly rollup), on a
 * connection of its own: statements already kept by another one would not be prepared again.
 */
async function dailyReads(file: string, table: string, read: (db: Db) => unknown): Promise<string[]> {
  const { db } = await openDatabase(file, { integrity: 'header' });
  const prepare = db.prepare.bind(db);
  const seen: string[] = [];
  (db as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    if (new RegExp(`\\b${table}\\b(?!_monthly)`).test(sql) && !sql.includes('stats_extent')) seen.push(sql);
    return prepare(sql);
  };
  try {
    read(db);
  } finally {
    db.close();
  }
  return seen;
}

describe('the stored extent of each stats table (migration 0010)', () => {
  it('reads a window reaching past the stored days from the monthly rollups alone, with the same sums', async () => {
    const file = tempDbFile();
    const { db } = await openDatabase(file);
    insertCatalogue(db, [['c1', 'Ada'], ['c2', 'Brix']]);
    insertCharacterStats(db, [
      { character_id: 'c1', date: '2026-10-05', chats_started: 1, active_users_30d: 10 },
      { character_id: 'c1', date: '2026-10-31', chats_started: 2, active_users_30d: 20 },
      { character_id: 'c1', date: '2026-11-02', chats_started: 4, active_users_30d: 40 },
      { character_id: 'c2', date: '2026-11-20', chats_started: 8, active_users_30d: 80 },
    ]);
    insertScenarioStats(db, [['c1', '2026-10-05', 'Duel', 3], ['c1', '2026-11-20', 'Duel', 5], ['c2', '2026-11-02', 'Tavern', 7]]);
    expect(statsExtent(db, 'stats_characters')).toEqual({ first: '2026-10-05', last: '2026-11-20' });

    // "This month" through the last synced day, and a window from the first stored day.
    const whole = (from: string, to: string, on = db) => aggregateWhole(on, CHARACTER_STATS, { from, to });
    expect(await dailyReads(file, 'stats_characters', (on) => whole('2026-11-01', '2026-11-20', on))).toEqual([]);
    expect(await dailyReads(file, 'stats_characters', (on) => whole('2026-10-05', '2026-11-02', on))).toHaveLength(1); // 3–30 Nov hold c2's day
    expect(await dailyReads(file, 'stats_character_scenarios', (on) => keyedTotals(on, SCENARIOS, { from: '2026-10-02', to: '2026-12-31' }))).toEqual([]);
    const nov = whole('2026-11-01', '2026-11-20');
    expect([nov.get('c1')?.sum.chats_started, nov.get('c1')?.last, nov.get('c2')?.sum.chats_started, nov.get('c2')?.days]).toEqual([4, { active_users_30d: 40 }, 8, 1]);
    expect(whole('2026-10-05', '2026-11-02').get('c1')).toMatchObject({ days: 3, sum: { chats_started: 7 }, last: { active_users_30d: 40 }, lastDate: '2026-11-02' });
    expect(keyedTotals(db, SCENARIOS, { from: '2026-10-02', to: '2026-12-31' }).get('c1')?.get('Duel')?.get('')).toBe(8);

    // A day stored later in November: the same window now reads its days, and still leaves that day out.
    insertCharacterStats(db, [{ character_id: 'c1', date: '2026-11-25', chats_started: 100, active_users_30d: 999 }]);
    expect(statsExtent(db, 'stats_characters')?.last).toBe('2026-11-25');
    expect(await dailyReads(file, 'stats_characters', (on) => whole('2026-11-01', '2026-11-20', on))).toHaveLength(1);
    expect(whole('2026-11-01', '2026-11-20').get('c1')).toMatchObject({ sum: { chats_started: 4 }, last: { active_users_30d: 40 } });

    // A deleted day leaves the extent as wide as it was (only more days are read); a moved one widens it.
    db.prepare(`DELETE FROM stats_characters WHERE date = '2026-11-25'`).run();
    expect(statsExtent(db, 'stats_characters')?.last).toBe('2026-11-25');
    expect(whole('2026-11-01', '2026-11-30').get('c1')?.sum.chats_started).toBe(4);
    db.prepare(`UPDATE stats_characters SET date = '2026-09-30' WHERE character_id = 'c1' AND date = '2026-10-05'`).run();
    expect(statsExtent(db, 'stats_characters')).toEqual({ first: '2026-09-30', last: '2026-11-25' });
    expect(whole('2026-10-01', '2026-10-31').get('c1')).toMatchObject({ days: 1, sum: { chats_started: 2 } });
    db.close();
  });

  it('is filled from the stored days when the migration runs, and absent for an empty table', async () => {
    const { db } = await openDatabase(tempDbFile(), { migrations: (await import('../../db/migrate')).loadMigrations().slice(0, 10) });
    insertCharacterStats(db, [
      { character_id: 'c1', date: '2025-03-04' },
      { character_id: 'c2', date: '2026-01-09' },
    ]);
    db.close();
    const { db: migrated } = await openDatabase(db.name);
    expect(statsExtent(migrated, 'stats_characters')).toEqual({ first: '2025-03-04', last: '2026-01-09' });
    expect(statsExtent(migrated, 'stats_plugins')).toBeNull();
    migrated.close();
  });
});
