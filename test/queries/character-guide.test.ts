import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { dropOffCurve } from '../../db/queries/characters/chat-lengths';
import { characterDetail } from '../../db/queries/characters/detail';
import { perMillionTokens } from '../../db/queries/characters/embed';
import { charactersDashboard } from '../../db/queries/characters/list';
import { rankTopics } from '../../db/queries/characters/topics';
import { characterGuideTables } from '../../electron/export/tables/character-guide';
import { TABLES } from '../../electron/sync/tables';
import { tableWriter } from '../../electron/sync/writer';
import { insertCreator, insertLedger } from '../helpers/fixture';
import { insertSyncRun } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

// The guide's last metrics, by hand: the drop-off curve, topic ranking with its change, new unique users
// from the end-of-day count of distinct users, embed tokens and what embed earned per million of them,
// and each figure an older platform does not send said as not available, never as zero.
// UTC all year; the period is 1–3 November 2026, the comparison the 3 days before (29–31 October).
const ZONE = 'UTC';
const NOW = Date.parse('2026-11-22T15:00:00Z');
const PERIOD = { preset: 'custom' as const, from: '2026-11-01', to: '2026-11-03' };
const T = '2026-11-04T01:00:00.000Z';

describe('the drop-off curve', () => {
  it('is the share of chats still going after 1, 2, 3, 5, 10, 20 and 50 messages', () => {
    // 50 chats: 10 of one message, 5 of two, 5 of three, 10 of 4–5, 10 of 6–10, 5 of 11–20, 3 of 21–50, 2 longer.
    const counts = new Map(Object.entries({ '1': 10, '2': 5, '3': 5, '4-5': 10, '6-10': 10, '11-20': 5, '21-50': 3, '51+': 2 }));
    expect(dropOffCurve(counts)).toEqual([40 / 50, 35 / 50, 30 / 50, 20 / 50, 10 / 50, 5 / 50, 2 / 50]);
    // Missing buckets had no chats; without any chat there is no curve.
    expect(dropOffCurve(new Map([['1', 3], ['51+', 1]]))).toEqual([0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25]);
    expect(dropOffCurve(new Map())).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('topics ranked with their change', () => {
  it('ranks by chats then label, with each topic’s chats and rank before, and the topics that fell out', () => {
    const now = new Map([['how-to', 30], ['pricing', 45], ['story', 30]]);
    const before = new Map([['how-to', 50], ['story', 12], ['lore', 20]]);
    expect(rankTopics(now, before)).toEqual([
      // 45 of 105 chats: 42.857 → 42.8 once the three shares are made to add up to 100.0 (largest remainders).
      { topic: 'pricing', chats: 45, previous: 0, rank: 1, previousRank: null, sharePct: 42.8 },
      { topic: 'how-to', chats: 30, previous: 50, rank: 2, previousRank: 1, sharePct: 28.6 },
      { topic: 'story', chats: 30, previous: 12, rank: 3, previousRank: 3, sharePct: 28.6 },
      { topic: 'lore', chats: 0, previous: 20, rank: null, previousRank: 2, sharePct: null },
    ]);
    expect(rankTopics(now, null).map((r) => [r.topic, r.previous, r.previousRank])).toEqual([['pricing', null, null], ['how-to', null, null], ['story', null, null]]);
  });
});

describe('money per million tokens', () => {
  it('is exact, rounded half away from zero to the micro-unit, and undefined without tokens', () => {
    expect(perMillionTokens('2.5', 400_000)).toBe('6.25');
    expect(perMillionTokens('1', 3)).toBe('333333.333333');
    expect(perMillionTokens('0.000001', 2_000_000)).toBe('0.000001');
    expect(perMillionTokens('-0.000001', 2_000_000)).toBe('-0.000001');
    expect(perMillionTokens('0.000001', 2_000_001)).toBe('0.00');
    expect(perMillionTokens('3', 0)).toBeNull();
    expect(perMillionTokens('3', null)).toBeNull();
    expect(perMillionTokens(null, 10)).toBeNull();
  });
});

type Day = { id: string; date: string; chats?: number; tokens?: number; a30?: number; users?: number | null; embed?: number | null };

describe('a character’s page and the Characters table', () => {
  let db: Db;
  beforeAll(async () => {
    db = (await openDatabase(tempDbFile())).db;
    insertCreator(db, ZONE);
    insertSyncRun(db, '2026-11-22T14:00:00Z');
    // Through the sync's own writers, as the platform's rows arrive.
    const characters = tableWriter(db, TABLES.characters);
    const character = (id: string, name: string, at: string, price: [string, number] | null) =>
      characters([{ id, name, created_at: '2026-10-01T00:00:00Z', updated_at: at, tags: [], greeting_updated_at: null, embed_price: price && { currency: price[0], per_million_tokens: price[1] } }]);
    // Ada: 5.00, raised to 10.00 on 2 November, then renamed (a new version of the row at the same price).
    character('c1', 'Ada', '2026-10-01T00:00:00Z', ['USD', 5_000_000]);
    character('c1', 'Ada', '2026-11-02T09:30:00Z', ['USD', 10_000_000]);
    character('c1', 'Ada', '2026-11-02T10:00:00Z', ['USD', 10_000_000]);
    // Brix at the platform's minimum; Cleo without a price (the platform sent none).
    character('c2', 'Brix', '2026-10-01T00:00:00Z', ['USD', 3_750_000]);
    character('c3', 'Cleo', '2026-10-01T00:00:00Z', null);
    const stats = tableWriter(db, TABLES['stats/characters']);
    const day = (d: Day) =>
      stats([{ character_id: d.id, date: d.date, chats_started: d.chats ?? 0, messages: 0, tokens: d.tokens ?? 0, active_users: 0, active_users_30d: d.a30 ?? 0, returning_users: 0, profile_views: 0, chats_from_profile: 0, rating_count: 0, rating_sum: 0, new_followers: 0, users_total: d.users ?? null, embed_tokens: d.embed ?? null, updated_at: T }]);
    for (const d of [
      // Ada: 100 distinct users by 30 October, 110 by the 31st, 160 by 3 November.
      { id: 'c1', date: '2026-10-30', chats: 5, users: 100, embed: 40_000, tokens: 90_000 },
      { id: 'c1', date: '2026-10-31', chats: 5, users: 110, embed: 60_000, tokens: 90_000 },
      { id: 'c1', date: '2026-11-01', chats: 10, users: 120, embed: 200_000, tokens: 400_000, a30: 70 },
      { id: 'c1', date: '2026-11-02', chats: 10, users: 150, embed: 300_000, tokens: 400_000, a30: 80 },
      // A day sent without the embed part: the period's embed tokens are those of the days that said.
      { id: 'c1', date: '2026-11-03', chats: 10, users: 160, embed: null, tokens: 400_000, a30: 90 },
      // Brix first chatted on 2 November: all its 40 users are new; none before.
      { id: 'c2', date: '2026-11-02', chats: 3, users: 30, embed: 0 },
      { id: 'c2', date: '2026-11-03', chats: 3, users: 40, embed: 0 },
      // Cleo: an older platform's days, without distinct users or embed tokens.
      { id: 'c3', date: '2026-10-31', chats: 2 },
      { id: 'c3', date: '2026-11-01', chats: 2 },
    ] satisfies Day[])
      day(d);
    insertLedger(db, [
      { id: 'E1', at: '2026-11-01T12:00:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: '3.75', fee: '0.75', status: 'pending' },
      { id: 'E2', at: '2026-10-30T12:00:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: '0.50', fee: '0.10', status: 'available' },
    ]);
    const lengths = tableWriter(db, TABLES['stats/character-chat-lengths']);
    const topics = tableWriter(db, TABLES['stats/character-topics']);
    for (const [date, length, chats] of [['2026-11-01', '1', 4], ['2026-11-02', '1', 6], ['2026-11-02', '4-5', 5], ['2026-11-03', '51+', 5], ['2026-10-31', '1', 2], ['2026-10-31', '3', 2], ['2026-10-29', '2', 1]] as const)
      lengths([{ character_id: 'c1', date, length, chats, updated_at: T }]);
    for (const [date, topic, chats] of [['2026-11-01', 'pricing', 12], ['2026-11-02', 'pricing', 11], ['2026-11-03', 'how-to', 20], ['2026-10-31', 'how-to', 10], ['2026-10-30', 'lore', 14]] as const)
      topics([{ character_id: 'c1', date, topic, chats, updated_at: T }]);
  });

  it('gives the embed price, every price it had, the embed tokens and what embed earned per million of them', () => {
    const d = characterDetail(db, PERIOD, ZONE, NOW, 'c1')!;
    expect(d.embed.price).toEqual({ currency: 'USD', perMillion: '10.00', atMinimum: false, since: '2026-11-02' });
    expect(d.embed.history).toEqual([
      { day: '2026-10-01', at: '2026-10-01T00:00:00Z', currency: 'USD', perMillion: '5.00', previous: null, change: 'set' },
      { day: '2026-11-02', at: '2026-11-02T09:30:00Z', currency: 'USD', perMillion: '10.00', previous: '5.00', change: 'rise' },
    ]);
    expect(d.embed.unavailable).toEqual({ price: null, tokens: null });
    // 200,000 + 300,000 (3 November did not say); the comparison: 40,000 + 60,000.
    expect([d.kpis.embedTokens.value, d.kpis.embedTokens.previous]).toEqual([500_000, 100_000]);
    // 3.00 USDT net for 500,000 tokens: 6.00 per million; before, 0.40 for 100,000: 4.00.
    expect(d.money.find((m) => m.currency === 'USDT')!.embedPerMillion).toEqual({ value: '6.00', previous: '4.00' });
    // The embed tokens of each day are on the chart; a day that did not say is a gap, not a zero.
    expect(d.series.metrics.embedTokens.values).toEqual([200_000, 300_000, null]);
  });

  it('counts distinct users ever and new ones from the end-of-day count, beside the 30-day actives', () => {
    const d = characterDetail(db, PERIOD, ZONE, NOW, 'c1')!;
    // 160 at the end of 3 November; new: 160 − 110 (31 October); before: 110 − 0 (no day before 30 October).
    expect(d.users).toEqual({ total: 160, asOf: '2026-11-03', new: { value: 50, previous: 110 }, unavailable: null });
    expect(d.kpis.activeUsers30d.value).toBe(90);
    const brix = characterDetail(db, PERIOD, ZONE, NOW, 'c2')!;
    expect(brix.users).toEqual({ total: 40, asOf: '2026-11-03', new: { value: 40, previous: null }, unavailable: null });
    expect(brix.embed.price).toMatchObject({ perMillion: '3.75', atMinimum: true });
  });

  it('says why a figure the platform did not send is not available, and never shows it as zero', () => {
    const d = characterDetail(db, PERIOD, ZONE, NOW, 'c3')!;
    expect(d.users).toMatchObject({ total: null, new: { value: null, previous: null } });
    expect(d.users.unavailable).toMatch(/did not send its count of distinct users/);
    expect(d.kpis.embedTokens.value).toBeNull();
    expect(d.embed.unavailable.tokens).toMatch(/did not send the embed part of the tokens/);
    expect(d.embed.unavailable.price).toMatch(/sent no embed price for this character/);
    expect(d.embed.price).toBeNull();
  });

  it('draws where conversations end and ranks the topics, each against the comparison period', () => {
    const d = characterDetail(db, PERIOD, ZONE, NOW, 'c1')!;
    const c = d.chatLengths;
    expect([c.unavailable, c.previousUnavailable, c.total, c.previousTotal]).toEqual([null, null, 20, 5]);
    expect(c.buckets.filter((b) => b.chats || b.previous).map((b) => [b.length, b.chats, b.previous, b.sharePct])).toEqual([
      ['1', 10, 2, 50],
      ['2', 0, 1, 0],
      ['3', 0, 2, 0],
      ['4-5', 5, 0, 25],
      ['51+', 5, 0, 25],
    ]);
    // After 1, 2 and 3 messages, 10 of 20 chats still going; after 5 to 50, the 5 longest. Before: 3 of
    // 5 after one message, 2 after two, none after three.
    expect(c.curve.map((p) => [p.after, p.share, p.previous])).toEqual([
      [1, 0.5, 0.6],
      [2, 0.5, 0.4],
      [3, 0.5, 0],
      [5, 0.25, 0],
      [10, 0.25, 0],
      [20, 0.25, 0],
      [50, 0.25, 0],
    ]);
    // The topics begin on 30 October, a day into the comparison period: no comparison, and why.
    expect(d.topics.previousUnavailable).toBe('The platform’s topic counts start on 30 Oct 2026, after this comparison period began.');
    expect(d.topics.rows.map((t) => [t.topic, t.chats, t.previous, t.rank, t.previousRank])).toEqual([
      ['pricing', 23, null, 1, null],
      ['how-to', 20, null, 2, null],
    ]);
  });

  it('has no chat-length or drop-off rows for a period where no chat ended, in the export as on the page', () => {
    const d = characterDetail(db, { preset: 'custom', from: '2026-11-10', to: '2026-11-12', compare: 'none' }, ZONE, NOW, 'c1')!;
    expect([d.chatLengths.unavailable, d.chatLengths.total]).toEqual([null, 0]);
    const t = characterGuideTables(d);
    expect([t['drop-off'].rows, t['chat-lengths'].rows]).toEqual([[], []]);
    expect(characterGuideTables(characterDetail(db, PERIOD, ZONE, NOW, 'c1')!)['chat-lengths'].rows).toHaveLength(8);
  });

  it('says an older platform does not offer chat lengths or topics, and shows neither as zero', async () => {
    const older = (await openDatabase(tempDbFile())).db;
    insertCreator(older, ZONE);
    insertSyncRun(older, '2026-11-22T14:00:00Z');
    older.prepare(`INSERT INTO characters (id, name, created_at, updated_at, tags) VALUES ('c1', 'Ada', ?, ?, '[]')`).run(T, T);
    tableWriter(older, TABLES['stats/characters'])([{ character_id: 'c1', date: '2026-11-02', chats_started: 4, messages: 9, tokens: 90, active_users: 3, active_users_30d: 3, returning_users: 0, profile_views: 9, chats_from_profile: 2, rating_count: 0, rating_sum: 0, new_followers: 0, updated_at: T }]);
    for (const resource of ['stats/character-chat-lengths', 'stats/character-topics']) older.prepare(`INSERT INTO sync_state (resource, not_offered_at) VALUES (?, '2026-11-22T14:00:00Z')`).run(resource);
    const d = characterDetail(older, PERIOD, ZONE, NOW, 'c1')!;
    expect(d.chatLengths.unavailable).toBe('The platform does not offer chat lengths: it answered “not found” for them on 22 Nov 2026 (older platforms do not have them).');
    expect(d.chatLengths.curve.every((p) => p.share === null)).toBe(true);
    expect(d.topics).toMatchObject({ rows: [], unavailable: expect.stringMatching(/^The platform does not offer topic counts/) });
    const table = charactersDashboard(older, PERIOD, ZONE, NOW);
    expect(table.unavailable).toEqual({
      embedPrice: 'The platform does not send embed prices (older platforms do not).',
      embedTokens: 'The platform did not send the embed part of the tokens for these days (older platforms do not).',
      users: 'The platform did not send its count of distinct users for these days (older platforms do not).',
    });
    older.close();
  });

  it('puts the price, embed tokens, money per million and unique users in the Characters table', () => {
    const d = charactersDashboard(db, PERIOD, ZONE, NOW);
    const row = (id: string) => d.characters.find((c) => c.id === id)!;
    expect(row('c1').embedPrice?.perMillion).toBe('10.00');
    expect(row('c1').metrics.embedTokens).toEqual({ value: 500_000, previous: 100_000 });
    expect(row('c1').money.find((m) => m.currency === 'USDT')!.embedPerMillion).toEqual({ value: '6.00', previous: '4.00' });
    expect(row('c1').users.new).toEqual({ value: 50, previous: 110 });
    // Brix used no embed tokens: nothing per million, but its tokens are a known zero.
    expect(row('c2').metrics.embedTokens.value).toBe(0);
    expect(row('c3').metrics.embedTokens.value).toBeNull();
    expect(row('c3').embedPrice).toBeNull();
    // Some characters have them: the table says nothing is missing account-wide.
    expect(d.unavailable).toEqual({ embedPrice: null, embedTokens: null, users: null });
  });
});
