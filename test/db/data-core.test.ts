import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreOn, openDataCore, type DataCore } from '../../db/data-core';
import { readThread } from '../../db/data-core/read-thread';
import { READS, readPart } from '../../db/data-core/reads';
import { openDatabase, type Db } from '../../db/open';
import { CHARACTERS_PAYLOAD, charactersDashboard } from '../../db/queries/characters/list';
import { SCENARIOS } from '../../db/queries/characters/defs';
import { EARNINGS_PAYLOAD, earningsDashboard } from '../../db/queries/earnings';
import { insertCatalogue, insertCreator, insertLedger } from '../helpers/fixture';
import { insertCharacterStats, insertModelStats, insertScenarioStats, insertSyncRun } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-22T15:00:00Z');
const AT = { zone: ZONE, nowMs: NOW };
let file: string;
let db: Db;
let core: DataCore;

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
  // A second core on the same file, with the read thread: the first core's connection stays the test's own.
  core = await openDataCore(file, { readThread: true });
});

afterAll(() => {
  core.close();
  db.close();
});

/** The plan the Characters payload reads this month's parts for: its stats days run 1 to 20 November. */
const monthPlan = () => CHARACTERS_PAYLOAD.plan(db, { preset: 'month' }, ZONE, NOW);

describe('the read thread', () => {
  it('starts, and answers every dashboard exactly as the same reads on the main connection do', async () => {
    expect(await core.threadReady()).toBe(true);
    for (const preset of ['week', 'month', 'last_month', 'year', 'all'] as const) {
      expect(await core.read('characters', { period: { preset } }, AT)).toEqual(charactersDashboard(db, { preset }, ZONE, NOW));
      expect(await core.read('earnings', { period: { preset } }, AT)).toEqual(earningsDashboard(db, { preset }, ZONE, NOW));
    }
    // The hand-made rows show up, so the comparison above is not between two empty payloads.
    const month = await core.read('characters', { period: { preset: 'month' } }, AT);
    expect(month.characters.find((c) => c.id === 'c1')!.topScenario).toMatchObject({ key: 'Tavern', value: 7 + 8 + 9 }); // Duel: 6+5+4
    const earnings = await core.read('earnings', { period: { preset: 'month' } }, AT);
    // L2 is at 00:30 on 1 November in Berlin; p1 earned CREDITS only in October (the comparison).
    expect(earnings.sources.map((s) => [s.id, s.currency, s.total.value, s.total.previous])).toEqual([
      ['c1', 'CREDITS', '10.25', '0.00'],
      ['p1', 'CREDITS', '0.00', '5.00'],
      ['c2', 'USDT', '3.00', '0.00'],
      ['p1', 'USDT', '0.000001', '0.00'],
    ]);
  });

  it('answers a read with the error it raised there, and goes on answering', async () => {
    // Copies of the database (each test's folders are removed after it): one without the scenarios'
    // tables, which the thread's part reads, and fails.
    const copyOf = () => {
      const copy = tempDbFile();
      db.exec(`VACUUM INTO '${copy}'`);
      return copy;
    };
    const copy = copyOf();
    const { db: other } = await openDatabase(copy);
    other.exec(`DROP TABLE ${SCENARIOS.table}; DROP TABLE ${SCENARIOS.table}_monthly`);
    const thread = readThread(other, copy);
    try {
      expect(await thread.whenReady()).toBe(true);
      const plan = monthPlan();
      await expect(thread.run('characters', 'scenarios', plan)).rejects.toMatchObject({
        message: expect.stringContaining('no such table'),
        code: 'SQLITE_ERROR',
      });
      const money = (await thread.run('characters', 'money', plan)) as ReturnType<(typeof CHARACTERS_PAYLOAD)['parts']['money']>;
      expect(money.period.get('c1')?.get('CREDITS')?.get('character')).toBe(10_250_000n);
    } finally {
      thread.close();
      other.close();
    }
    const intact = readThread(db, copyOf());
    try {
      expect(await intact.whenReady()).toBe(true);
      const scenarios = (await intact.run('characters', 'scenarios', monthPlan())) as Map<string, Map<string, Map<string, number>>>;
      expect(scenarios.get('c1')?.get('Duel, "the sequel"')?.get('')).toBe(6 + 5 + 4);
    } finally {
      intact.close();
    }
  });

  it('falls back to the main connection when the thread cannot open the file', async () => {
    const notADatabase = tempDbFile();
    fs.writeFileSync(notADatabase, 'this is not a database file, just some text long enough to have a header');
    const broken = readThread(db, notADatabase);
    try {
      expect(await broken.whenReady()).toBe(false);
      const plan = monthPlan();
      expect(plan.w.current).toEqual({ from: '2026-11-01', to: '2026-11-20' });
      const scenarios = (await broken.run('characters', 'scenarios', plan)) as Map<string, Map<string, Map<string, number>>>;
      expect(scenarios.get('c2')?.get('Tavern')?.get('')).toBe(3 + 4 + 5);
    } finally {
      broken.close();
    }
  });

  it('knows every part the core sends it, by the read’s name and the part’s', () => {
    for (const preset of ['today', 'week', 'month', 'year', 'all'] as const)
      for (const [name, payload] of [['earnings', EARNINGS_PAYLOAD], ['characters', CHARACTERS_PAYLOAD]] as const) {
        const plan = payload.plan(db, { preset }, ZONE, NOW);
        for (const part of READS[name].split!.beside(plan)) expect(() => readPart(db, name, part, plan)).not.toThrow();
      }
    expect(() => readPart(db, 'earnings', 'nothing', null)).toThrow('No part nothing of a read named earnings');
  });
});

describe('the data core', () => {
  it('answers every named read as its query does on the same connection', async () => {
    const plain = coreOn(db);
    const period = { preset: 'month' } as const;
    const { characterDetail, compareCharacters } = await import('../../db/queries/characters/detail');
    const { pluginsDashboard } = await import('../../db/queries/plugins/list');
    const { pluginDetail } = await import('../../db/queries/plugins/detail');
    const { storiesDashboard } = await import('../../db/queries/stories/list');
    const { audienceDashboard } = await import('../../db/queries/audience');
    const { insightsFor } = await import('../../db/queries/insights');
    const { reviewPayload } = await import('../../db/queries/review');
    expect(await plain.read('earnings', { period }, AT)).toEqual(earningsDashboard(db, period, ZONE, NOW));
    expect(await plain.read('characters', { period }, AT)).toEqual(charactersDashboard(db, period, ZONE, NOW));
    expect(await plain.read('character', { period, id: 'c1' }, AT)).toEqual(characterDetail(db, period, ZONE, NOW, 'c1'));
    expect(await plain.read('character', { period, id: 'c9' }, AT)).toBeNull();
    expect(await plain.read('compareCharacters', { period, a: 'c1', b: 'c2' }, AT)).toEqual(compareCharacters(db, period, ZONE, NOW, 'c1', 'c2'));
    expect(await plain.read('plugins', { period }, AT)).toEqual(pluginsDashboard(db, period, ZONE, NOW));
    expect(await plain.read('plugin', { period, id: 'p1' }, AT)).toEqual(pluginDetail(db, period, ZONE, NOW, 'p1'));
    expect(await plain.read('stories', { period }, AT)).toEqual(storiesDashboard(db, period, ZONE, NOW));
    expect(await plain.read('audience', { period }, AT)).toEqual(audienceDashboard(db, period, ZONE, NOW));
    expect(await plain.read('insights', {}, AT)).toEqual(insightsFor(db, undefined, ZONE, NOW));
    expect(await plain.read('review', { cadence: 'month' }, AT)).toEqual(reviewPayload(db, undefined, 'month', ZONE, NOW));
    expect(await plain.read('review', { key: '2026-W46' }, AT)).toEqual(reviewPayload(db, '2026-W46', 'week', ZONE, NOW));
    expect(await plain.threadReady()).toBe(false);
  });

  it('sends the read thread only the parts that pay for the trip', () => {
    const beside = (name: 'earnings' | 'characters', preset: 'today' | 'month' | 'last_month' | 'year' | 'all') =>
      READS[name].split!.beside((name === 'earnings' ? EARNINGS_PAYLOAD : CHARACTERS_PAYLOAD).plan(db, { preset }, ZONE, NOW));
    for (const preset of ['today', 'month', 'last_month', 'year', 'all'] as const) expect(beside('earnings', preset)).toEqual(['characterSources']);
    expect(beside('characters', 'month')).toEqual(['money', 'guide']);
    expect(beside('characters', 'year')).toEqual(['money', 'scenarios']);
  });

  it('logs a read slower than its threshold with its name and input, once per interval per name, counting the rest', async () => {
    const lines: string[] = [];
    let clock = 0;
    const slowEverything = coreOn(db, { thresholdMs: -1, log: (line) => lines.push(line), intervalMs: 60_000, now: () => clock });
    await slowEverything.read('plugins', { period: { preset: 'week' } }, AT);
    await slowEverything.read('plugins', { period: { preset: 'month' } }, AT);
    await slowEverything.read('plugins', { period: { preset: 'year' } }, AT);
    await slowEverything.read('stories', { period: { preset: 'week' } }, AT);
    clock = 60_000;
    await slowEverything.read('plugins', { period: { preset: 'all' } }, AT);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\[data-core\] slow read: plugins took \d+ ms, input \{"period":\{"preset":"week"\}\}$/);
    expect(lines[1]).toMatch(/^\[data-core\] slow read: stories took \d+ ms, input \{"period":\{"preset":"week"\}\}$/);
    expect(lines[2]).toMatch(/^\[data-core\] slow read: plugins took \d+ ms, input \{"period":\{"preset":"all"\}\} \(and 2 more slow plugins reads since the last line\)$/);

    const quiet: string[] = [];
    const fast = coreOn(db, { thresholdMs: 60_000, log: (line) => quiet.push(line) });
    await fast.read('earnings', { period: { preset: 'all' } }, AT);
    expect(quiet).toEqual([]);
  });

  it('times a read that fails too, and the failure reaches the caller', async () => {
    const lines: string[] = [];
    const plain = coreOn(db, { thresholdMs: -1, log: (line) => lines.push(line) });
    await expect(plain.read('review', { key: '2026-W99' }, AT)).rejects.toThrow();
    expect(lines).toEqual([expect.stringMatching(/^\[data-core\] slow read: review took \d+ ms, input \{"key":"2026-W99"\}$/)]);
  });
});
