import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { compareCharacters, characterDetail } from '../../db/queries/characters/detail';
import { charactersDashboard } from '../../db/queries/characters/list';
import { insertCatalogue, insertCreator, insertLedger } from '../helpers/fixture';
import { insertCharacterStats, insertHourly, insertModelStats, insertScenarioStats, insertSyncRun } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

// São Paulo is UTC−3 all year. The period is 1–3 November 2026 (local days; stats on those UTC dates);
// the comparison is the 3 days before, 29–31 October.
const ZONE = 'America/Sao_Paulo';
const NOW = Date.parse('2026-11-22T15:00:00Z');
const PERIOD = { preset: 'custom' as const, from: '2026-11-01', to: '2026-11-03' };
let db: Db;

beforeAll(async () => {
  db = (await openDatabase(tempDbFile())).db;
  insertCreator(db, ZONE);
  insertSyncRun(db, '2026-11-22T14:00:00Z');
  // cX was deleted on the platform: its catalogue row is gone, its old stats and money remain.
  insertCatalogue(db, [['c1', 'Ada'], ['c2', 'Brix'], ['c3', 'Cleo']]);
  insertCharacterStats(db, [
    { character_id: 'c1', date: '2026-11-01', chats_started: 10, messages: 50, tokens: 1000, active_users: 8, active_users_30d: 100, returning_users: 2, profile_views: 40, chats_from_profile: 8, rating_count: 2, rating_sum: 9 },
    { character_id: 'c1', date: '2026-11-02', chats_started: 20, messages: 130, tokens: 2600, active_users: 12, active_users_30d: 104, returning_users: 6, profile_views: 60, chats_from_profile: 12, rating_count: 1, rating_sum: 5 },
    { character_id: 'c1', date: '2026-11-03', chats_started: 10, messages: 60, tokens: 1200, active_users: 10, active_users_30d: 103, returning_users: 4, profile_views: 100, chats_from_profile: 10, rating_count: 1, rating_sum: 2 },
    { character_id: 'c1', date: '2026-10-30', chats_started: 20, messages: 100, tokens: 2000, active_users: 10, active_users_30d: 90, returning_users: 5, profile_views: 50, chats_from_profile: 10 },
    // Outside both windows of the custom period; inside the "week" comparison until it is cut to the published length.
    { character_id: 'c1', date: '2026-10-28', chats_started: 999 },
    { character_id: 'c2', date: '2026-11-01', chats_started: 5, messages: 100, tokens: 500, active_users: 5, active_users_30d: 50, returning_users: 1, profile_views: 100, chats_from_profile: 4 },
    { character_id: 'c2', date: '2026-11-03', chats_started: 5, messages: 100, tokens: 500, active_users: 5, active_users_30d: 55, returning_users: 4, profile_views: 100, chats_from_profile: 6, rating_count: 2, rating_sum: 6 },
    // Cleo had a day with nothing: every ratio's denominator is zero.
    { character_id: 'c3', date: '2026-11-02' },
    { character_id: 'cX', date: '2026-11-01', chats_started: 50, messages: 500, profile_views: 10, chats_from_profile: 9 },
  ]);
  insertScenarioStats(db, [
    ['c1', '2026-11-01', 'Tavern', 6], ['c1', '2026-11-01', 'Duel', 4], ['c1', '2026-11-02', 'Tavern', 5],
    ['c1', '2026-11-02', 'Duel', 15], ['c1', '2026-11-03', 'Duel', 10], ['c1', '2026-10-30', 'Tavern', 20],
  ]);
  insertModelStats(db, [['c1', '2026-11-01', 'gpt', 10], ['c1', '2026-11-02', 'claude', 20], ['c1', '2026-11-03', 'gpt', 10], ['c1', '2026-10-30', 'gpt', 20]]);
  insertLedger(db, [
    { id: 'L1', at: '2026-11-02T12:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '10', status: 'available' },
    // 23:00 on 31 October in São Paulo: before the period, in the comparison period and in both 30-day windows.
    { id: 'L2', at: '2026-11-01T02:00:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: '3.5', fee: '0.5', status: 'pending' },
    { id: 'L3', at: '2026-10-10T12:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '5', status: 'available' },
    { id: 'L4', at: '2026-11-02T13:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '2', status: 'reversed' },
    { id: 'L6', at: '2026-10-30T12:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '1', status: 'available' },
    { id: 'L7', at: '2026-11-02T12:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'cX', currency: 'USD', gross: '100', status: 'available' },
    { id: 'L8', at: '2026-11-03T12:00:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c2', currency: 'USDT', gross: '4', status: 'available' },
    // 22:00 on 1 October in São Paulo: an hour before the comparison period's 30 days begin (2 October 00:00 local).
    { id: 'L9', at: '2026-10-02T01:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '7', status: 'available' },
  ]);
  // 2 November 00:00 UTC is 21:00 on Sunday 1 November in São Paulo; 15:00 UTC is noon on Monday.
  insertHourly(db, [['2026-11-02', 0, 7], ['2026-11-02', 15, 3], ['2026-11-05', 15, 1000], ['2026-10-25', 0, 1], ['2026-10-25', 1, 2]]);
});

describe('characters table', () => {
  it('lists live characters only, with every metric over the period and the comparison period', async () => {
    const d = await charactersDashboard(db, PERIOD, ZONE, NOW);
    expect(d.characters.map((c) => c.name)).toEqual(['Ada', 'Brix', 'Cleo']);
    expect(d.stats).toEqual({ through: '2026-11-03', current: { from: '2026-11-01', to: '2026-11-03' }, previous: { from: '2026-10-29', to: '2026-10-31' } });
    const ada = d.characters[0].metrics;
    expect(ada.chatsStarted).toEqual({ value: 40, previous: 20 });
    expect(ada.messages).toEqual({ value: 240, previous: 100 });
    expect(ada.tokens).toEqual({ value: 4800, previous: 2000 });
    expect(ada.avgMessagesPerChat).toEqual({ value: 6, previous: 5 }); // 240/40, 100/20
    expect(ada.avgRating).toEqual({ value: 4, previous: null }); // 16/4; no ratings before
    expect(ada.ratingCount).toEqual({ value: 4, previous: 0 });
    expect(ada.conversion).toEqual({ value: 0.15, previous: 0.2 }); // 30/200, 10/50
    expect(ada.returnRate).toEqual({ value: 0.4, previous: 0.5 }); // 12/30, 5/10
    expect(ada.profileViews).toEqual({ value: 200, previous: 50 });
  });

  it('takes 30-day active users on the last stats day, never a sum or a maximum of days', async () => {
    const d = await charactersDashboard(db, PERIOD, ZONE, NOW);
    const [ada, brix] = d.characters;
    expect(ada.metrics.activeUsers30d).toEqual({ value: 103, previous: 90 }); // not 307, not 104
    expect(brix.metrics.activeUsers30d).toEqual({ value: 55, previous: null }); // 3 November; Brix has no day before
  });

  it('gives null, not a division by zero, where a ratio has no denominator', async () => {
    const cleo = (await charactersDashboard(db, PERIOD, ZONE, NOW)).characters[2];
    expect(cleo.metrics.chatsStarted).toEqual({ value: 0, previous: 0 });
    for (const m of ['avgMessagesPerChat', 'avgRating', 'conversion', 'returnRate'] as const) expect(cleo.metrics[m]).toEqual({ value: null, previous: null });
    expect(cleo.topScenario).toBeNull();
    expect(cleo.quadrant).toBeNull();
    expect(cleo.spark).toEqual([null, 0, null]);
  });

  it('sparklines per day, with gaps where no stats day exists', async () => {
    const d = await charactersDashboard(db, PERIOD, ZONE, NOW);
    expect(d.buckets).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(d.characters[0].spark).toEqual([10, 20, 10]);
    expect(d.characters[1].spark).toEqual([5, null, 5]);
  });

  it('names the top scenario and model with their share', async () => {
    const ada = (await charactersDashboard(db, PERIOD, ZONE, NOW)).characters[0];
    expect(ada.topScenario).toEqual({ key: 'Duel', name: 'Duel', value: 29, previous: null, sharePct: 72.5 }); // 29 of 40 chats
    expect(ada.topModel?.value).toBe(20);
    expect(ada.topModel?.sharePct).toBe(50);
  });

  it('keeps money per currency: 30-day earnings, and marketplace vs embed within the period, by local instant', async () => {
    const d = await charactersDashboard(db, PERIOD, ZONE, NOW);
    expect(d.currencies).toEqual(['CREDITS', 'USDT']); // the deleted character's USD is not shown
    const money = Object.fromEntries(d.characters[0].money.map((m) => [m.currency, m]));
    // 30 days ending 4 November 03:00 UTC: L1 + L3 + L6 (L4 reversed); before: L3 + L6.
    expect(money.CREDITS).toEqual({
      currency: 'CREDITS',
      earnings30d: { value: '16.00', previous: '6.00' },
      earned: { value: '10.00', previous: '1.00' }, // marketplace + embed
      marketplace: { value: '10.00', previous: '1.00' },
      embed: { value: '0.00', previous: '0.00' },
      // The fixture's platform sends no embed tokens: nothing per million of them.
      embedPerMillion: { value: null, previous: null },
    });
    // L2 is 31 October in São Paulo though 1 November in UTC: comparison period, not the period.
    expect(money.USDT).toEqual({
      currency: 'USDT',
      earnings30d: { value: '3.00', previous: '3.00' },
      earned: { value: '0.00', previous: '3.00' },
      marketplace: { value: '0.00', previous: '0.00' },
      embed: { value: '0.00', previous: '3.00' },
      embedPerMillion: { value: null, previous: null },
    });
    expect(d.characters[1].money.find((m) => m.currency === 'USDT')?.embed).toEqual({ value: '4.00', previous: '0.00' });
  });

  it('keeps a period longer than 30 days apart from its last 30 days', async () => {
    // 1 October – 3 November local is 34 days; its 30 days start 5 October 00:00 local (03:00 UTC).
    const d = await charactersDashboard(db, { preset: 'custom', from: '2026-10-01', to: '2026-11-03' }, ZONE, NOW);
    const money = Object.fromEntries(d.characters[0].money.map((m) => [m.currency, m]));
    // The period: L9 + L3 + L6 + L1 (L4 reversed); the 30 days: L3 + L6 + L1. Nothing in the 34 days before.
    expect(money.CREDITS.marketplace).toEqual({ value: '23.00', previous: '0.00' });
    expect(money.CREDITS.earnings30d).toEqual({ value: '16.00', previous: '0.00' });
    expect(money.USDT.embed).toEqual({ value: '3.00', previous: '0.00' });
    expect(money.USDT.earnings30d).toEqual({ value: '3.00', previous: '0.00' });
  });

  it('places characters on the quadrant against the creator’s own medians', async () => {
    const d = await charactersDashboard(db, PERIOD, ZONE, NOW);
    expect(d.medians.conversion).toBeCloseTo(0.1, 12); // (0.15 + 0.05) / 2; Cleo has none
    expect(d.medians.avgMessagesPerChat).toBe(13); // (6 + 20) / 2
    expect(d.characters.map((c) => c.quadrant)).toEqual(['hooks-not-holds', 'holds-not-hooks', null]);
  });

  it('compares an unfinished period with the same published length of the one before', async () => {
    // "This week" on Wednesday 4 November: 29 Oct – 4 Nov, stats through 3 November, so 6 days
    // against 22–27 October (the 999 chats of the 28th are the 7th day and stay out).
    const d = await charactersDashboard(db, { preset: 'week' }, ZONE, Date.parse('2026-11-04T15:00:00Z'));
    expect(d.stats.current).toEqual({ from: '2026-10-29', to: '2026-11-03' });
    expect(d.stats.previous).toEqual({ from: '2026-10-22', to: '2026-10-27' });
    expect(d.characters[0].metrics.chatsStarted).toEqual({ value: 60, previous: 0 });
    expect(d.period.provisionalFrom).toBe('2026-11-03');
  });

  it('shows nothing rather than zeros when the period has no published stats yet', async () => {
    const d = await charactersDashboard(db, { preset: 'today' }, ZONE, NOW);
    expect(d.stats.current).toBeNull();
    expect(d.characters[0].metrics.chatsStarted).toEqual({ value: null, previous: null });
  });
});

describe('character page', () => {
  it('returns every metric per day with the comparison aligned by position, and money by local day', () => {
    const d = characterDetail(db, PERIOD, ZONE, NOW, 'c1')!;
    expect(d.character).toMatchObject({ id: 'c1', name: 'Ada' });
    expect(d.kpis.conversion).toMatchObject({ value: 0.15, previous: 0.2 });
    // A rate comes with what it divides (30 chats from 200 profile views), and its numerator is a metric too.
    expect(d.kpis.conversion.parts).toEqual({ numerator: 30, denominator: 200 });
    expect(d.kpis.chatsFromProfile).toMatchObject({ value: 30, previous: 10, parts: null });
    expect(d.kpis.chatsStarted.parts).toBeNull();
    expect(d.series.buckets).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(d.series.metrics.chatsStarted.values).toEqual([10, 20, 10]);
    expect(d.series.metrics.chatsStarted.previous).toEqual([null, 20, null]);
    expect(d.series.metrics.conversion.values).toEqual([0.2, 0.2, 0.1]);
    expect(d.series.metrics.activeUsers30d.values).toEqual([100, 104, 103]);
    expect(d.series.metrics.avgRating.values).toEqual([4.5, 5, 2]);
    const credits = d.moneySeries.find((m) => m.currency === 'CREDITS')!;
    expect(credits.values).toEqual(['0.00', '10.00', '0.00']);
    expect(credits.previous).toEqual(['0.00', '1.00', '0.00']);
    expect(d.moneySeries.find((m) => m.currency === 'USDT')!.previous).toEqual(['0.00', '0.00', '3.00']);
  });

  it('breaks chats down by scenario and model, largest first', () => {
    const d = characterDetail(db, PERIOD, ZONE, NOW, 'c1')!;
    expect(d.scenarios.map((s) => [s.name, s.value, s.previous])).toEqual([['Duel', 29, 0], ['Tavern', 11, 20]]);
    expect(d.models.map((s) => [s.name, s.value, s.sharePct])).toEqual([['gpt', 20, 50], ['claude', 20, 50]]);
  });

  it('folds account-wide UTC hours into local weekday × hour, over the 28 days ending with the period and none after', () => {
    const d = characterDetail(db, PERIOD, ZONE, NOW, 'c1')!;
    expect(d.peakHours.zone).toBe(ZONE);
    expect(d.peakHours.grid[6][21]).toBe(7); // Sunday 21:00
    expect(d.peakHours.grid[0][12]).toBe(3); // Monday 12:00
    // A three-day period reads back to 28 days, so every weekday counts: 25 October (UTC) is Saturday evening here.
    expect([d.peakHours.from, d.peakHours.to, d.peakHours.days]).toEqual(['2026-10-07', '2026-11-03', 28]);
    expect(d.peakHours.grid[5][21]).toBe(1);
    expect(d.peakHours.grid[5][22]).toBe(2);
    // 5 November, after the period, is left out.
    expect(d.peakHours.total).toBe(13);
    expect(d.peakHours.peak).toEqual({ weekday: 6, hour: 21, chats: 7 });
  });

  it('shifts each hour by the offset in force at that instant across a DST change', () => {
    // Berlin leaves CEST at 01:00 UTC on Sunday 25 October: 00:00 UTC is 02:00 CEST, 01:00 UTC is 02:00 CET.
    const d = characterDetail(db, { preset: 'custom', from: '2026-10-25', to: '2026-10-25' }, 'Europe/Berlin', NOW, 'c1')!;
    expect(d.peakHours.grid[6][2]).toBe(3);
    expect(d.peakHours.total).toBe(3);
  });

  it('is null for a character the platform deleted', () => {
    expect(characterDetail(db, PERIOD, ZONE, NOW, 'cX')).toBeNull();
    expect(compareCharacters(db, PERIOD, ZONE, NOW, 'c1', 'cX')).toBeNull();
  });

  it('compares two characters metric by metric, with differences B − A', () => {
    const d = compareCharacters(db, PERIOD, ZONE, NOW, 'c1', 'c2')!;
    const diff = Object.fromEntries(d.differences.map((x) => [x.metric, x]));
    expect(diff.chatsStarted).toEqual({ metric: 'chatsStarted', a: 40, b: 10, diff: -30, diffPct: -0.75 });
    expect(diff.avgRating).toEqual({ metric: 'avgRating', a: 4, b: 3, diff: -1, diffPct: -0.25 });
    expect(diff.avgMessagesPerChat).toEqual({ metric: 'avgMessagesPerChat', a: 6, b: 20, diff: 14, diffPct: 14 / 6 });
    const withCleo = compareCharacters(db, PERIOD, ZONE, NOW, 'c1', 'c3')!;
    expect(withCleo.differences.find((x) => x.metric === 'conversion')).toEqual({ metric: 'conversion', a: 0.15, b: null, diff: null, diffPct: null });
    expect(compareCharacters(db, PERIOD, ZONE, NOW, 'c3', 'c1')!.differences.find((x) => x.metric === 'chatsStarted')!.diffPct).toBeNull();
  });
});
