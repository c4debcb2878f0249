import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { KEYED_TOTALS } from '../../db/queries/content/aggregate';
import { CHARACTER_MONEY_WINDOWS, charactersDashboard } from '../../db/queries/characters/list';
import { SCENARIOS } from '../../db/queries/characters/defs';
import { earningsDashboard } from '../../db/queries/earnings';
import { SOURCE_ENTRIES } from '../../db/queries/earnings/sources';
import { READS } from '../../db/queries/reads';
import { inlineReader, threadReader, type Reader } from '../../db/reader';
import { insertCatalogue, insertCreator, insertLedger } from '../helpers/fixture';
import { insertCharacterStats, insertModelStats, insertScenarioStats, insertSyncRun } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-22T15:00:00Z');
let file: string;
let db: Db;
let thread: Reader;

beforeAll(async () => {
  file = tempDbFile();
  db = (await openDatabase(file)).db;
  insertCreator(db, ZONE);
  insertSyncRun(db, '2026-11-22T14:00:00Z');
  insertCatalogue(db, [['c1', 'Ada'], ['c2', 'Brix']], [['p1', 'Dice']]);
  const days = ['2026-09-14', '2026-10-02', '2026-10-20', '2026-11-01', '2026-11-09', '2026-11-20'];
  insertCharacterStats(
    db,
    days.flatMap((date, i) => [
      { character_id: 'c1', date, chats_started: 10 + i, messages: 40 + 3 * i, active_users_30d: 100 + i, profile_views: 50, chats_from_profile: 5 + i },
      { character_id: 'c2', date, chats_started: 3 * i, messages: 7 * i, active_users_30d: 20 + i, profile_views: 10 + i, chats_from_profile: i },
    ]),
  );
  insertScenarioStats(db, days.flatMap((date, i) => [['c1', date, 'Tavern', 4 + i], ['c1', date, 'Duel, "the sequel"', 9 - i], ['c2', date, 'Tavern', i]] as [string, string, string, number][]));
  insertModelStats(db, days.map((date, i) => ['c2', date, i % 2 ? 'gpt' : 'claude', 5 + i] as [string, string, string, number]));
  insertLedger(db, [
    { id: 'L1', at: '2026-11-02T12:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '10.25', status: 'available' },
    { id: 'L2', at: '2026-10-31T23:30:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c2', currency: 'USDT', gross: '3.5', fee: '0.5', status: 'pending' },
    { id: 'L3', at: '2026-10-10T12:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'CREDITS', gross: '5', status: 'available' },
    { id: 'L4', at: '2026-11-21T13:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '0.000001', status: 'available' },
    { id: 'L5', at: '2025-12-30T12:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c2', currency: 'CREDITS', gross: '7', status: 'available' },
  ]);
  thread = threadReader(db, file);
});

afterAll(() => {
  thread.close();
  db.close();
});

describe('the read thread', () => {
  it('starts, and answers every dashboard exactly as the same reads on the main connection do', async () => {
    expect(await thread.whenReady()).toBe(true);
    for (const preset of ['week', 'month', 'last_month', 'year', 'all'] as const) {
      const inline = inlineReader(db);
      expect(await charactersDashboard(db, { preset }, ZONE, NOW, thread)).toEqual(await charactersDashboard(db, { preset }, ZONE, NOW, inline));
      expect(await earningsDashboard(db, { preset }, ZONE, NOW, thread)).toEqual(await earningsDashboard(db, { preset }, ZONE, NOW, inline));
    }
    // The hand-made rows show up, so the comparison above is not between two empty payloads.
    const month = await charactersDashboard(db, { preset: 'month' }, ZONE, NOW, thread);
    expect(month.characters.find((c) => c.id === 'c1')!.topScenario).toMatchObject({ key: 'Tavern', value: 7 + 8 + 9 }); // Duel: 6+5+4
    const earnings = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW, thread);
    // L2 is at 00:30 on 1 November in Berlin; p1 earned CREDITS only in October (the comparison).
    expect(earnings.sources.map((s) => [s.id, s.currency, s.total.value, s.total.previous])).toEqual([
      ['c1', 'CREDITS', '10.25', '0.00'],
      ['p1', 'CREDITS', '0.00', '5.00'],
      ['c2', 'USDT', '3.00', '0.00'],
      ['p1', 'USDT', '0.000001', '0.00'],
    ]);
  });

  it('answers a read with the error it raised there, and goes on answering', async () => {
    const missing = { ...SCENARIOS, table: 'no_such_table' };
    await expect(thread.run(KEYED_TOTALS, missing, { from: '2026-11-01', to: '2026-11-02' })).rejects.toMatchObject({
      message: expect.stringContaining('no such table'),
      code: 'SQLITE_ERROR',
    });
    const scenarios = await thread.run(KEYED_TOTALS, SCENARIOS, { from: '2026-11-01', to: '2026-11-20' });
    expect(scenarios.get('c1')?.get('Duel, "the sequel"')?.get('')).toBe(6 + 5 + 4);
  });

  it('falls back to the main connection when the thread cannot open the file', async () => {
    const notADatabase = tempDbFile();
    fs.writeFileSync(notADatabase, 'this is not a database file, just some text long enough to have a header');
    const broken = threadReader(db, notADatabase);
    try {
      expect(await broken.whenReady()).toBe(false);
      const scenarios = await broken.run(KEYED_TOTALS, SCENARIOS, { from: '2026-11-01', to: '2026-11-20' });
      expect(scenarios.get('c2')?.get('Tavern')?.get('')).toBe(3 + 4 + 5);
    } finally {
      broken.close();
    }
  });

  it('knows every read a dashboard sends it, each by its own name', () => {
    for (const r of [KEYED_TOTALS, CHARACTER_MONEY_WINDOWS, SOURCE_ENTRIES]) expect(READS).toContain(r);
    expect(new Set(READS.map((r) => r.name)).size).toBe(READS.length);
  });
});
