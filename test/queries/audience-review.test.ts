import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { reviewPayload } from '../../db/queries/review';
import { readNotes, reviewHistory, saveNote } from '../../db/queries/review/notes';
import { isReviewKey, openingKey, reviewPeriod } from '../../db/queries/review/period-key';
import type { ReviewPayload } from '../../db/queries/types/review';
import { reviewTable } from '../../electron/export/tables/review';
import { insertStats, insertWorks } from '../helpers/audience-fixture';
import { insertCreator, insertLedger, insertPayout } from '../helpers/fixture';
import { freshDb } from '../helpers/insight-context';

// Sunday 22 November 2026, noon UTC: week 47 (16–22 November) is in progress.
const NOW = Date.parse('2026-11-22T12:00:00Z');
const at = (d: string) => new Date(d);
let db: Db;

beforeAll(async () => {
  db = await freshDb();
  insertCreator(db, 'UTC');
  insertWorks(db, 'characters', [{ id: 'c1', name: 'Ada' }, { id: 'c2', name: 'Brix' }]);
  insertWorks(db, 'plugins', [{ id: 'p1', name: 'Dice' }]);
  insertLedger(db, [
    { id: 'L1', at: '2026-11-17T10:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '10.50', status: 'pending' },
    // last week up to the same point (Sunday noon) counts; Sunday afternoon does not
    { id: 'L3', at: '2026-11-15T11:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '5', status: 'available' },
    { id: 'L4', at: '2026-11-15T13:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '7', status: 'available' },
    { id: 'L5', at: '2026-11-18T10:00:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c2', currency: 'USDT', gross: '3.123456', status: 'pending' },
    { id: 'L6', at: '2026-11-10T10:00:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c2', currency: 'USDT', gross: '1.000001', status: 'available' },
    { id: 'L7', at: '2026-11-19T10:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '2', status: 'reversed' },
    { id: 'L8', at: '2026-11-20T10:00:00Z', stream: 'payout', sourceType: 'payout', sourceId: 'po1', currency: 'USDT', gross: '-10', status: 'available' },
    { id: 'L9', at: '2026-10-05T10:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '20', status: 'available' },
    { id: 'L10', at: '2026-09-05T10:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '10', status: 'available' },
  ]);
  insertPayout(db, { id: 'po0', at: '2026-10-03T10:00:00Z', currency: 'USDT', amount: '12.00', fee: '0.50', status: 'failed', failureReason: 'wallet address rejected', breakdown: [] });
  // Stats end on Saturday the 21st: 16–21 November against 9–14 November.
  insertStats(db, 'stats_characters', [
    { character_id: 'c1', date: '2026-11-17', chats_started: 10, messages: 150, tokens: 1000, active_users: 8, returning_users: 2, profile_views: 100, chats_from_profile: 10, rating_count: 2, rating_sum: 9 },
    { character_id: 'c2', date: '2026-11-18', chats_started: 30, messages: 150, tokens: 3000, active_users: 20, returning_users: 10, profile_views: 100, chats_from_profile: 30 },
    { character_id: 'c1', date: '2026-11-10', chats_started: 20, messages: 200, active_users: 10, returning_users: 5, profile_views: 200, chats_from_profile: 20, rating_count: 1, rating_sum: 3 },
    { character_id: 'c1', date: '2026-11-15', chats_started: 1000, messages: 1000 }, // a Sunday: beyond the days this week has
    { character_id: 'c2', date: '2026-11-21', chats_started: 0 },
  ]);
  insertStats(db, 'stats_plugins', [{ plugin_id: 'p1', date: '2026-11-19', rating_count: 2, rating_sum: 10 }]);
});

const metrics = (r: ReviewPayload, id: string) => Object.fromEntries(r.items.find((i) => i.id === id)!.metrics.map((m) => [m.id, [m.value, m.previous]]));

describe('review periods', () => {
  it('names ISO weeks and months and knows their neighbours', () => {
    expect(reviewPeriod('2026-W47', 'UTC', NOW)).toEqual({
      cadence: 'week', key: '2026-W47', from: '2026-11-16', to: '2026-11-22', label: 'Week 47, 16 Nov – 22 Nov 2026',
      previousKey: '2026-W46', nextKey: null, inProgress: true,
    });
    expect(reviewPeriod('2026-W01', 'UTC', NOW)).toMatchObject({ from: '2025-12-29', to: '2026-01-04', previousKey: '2025-W52', nextKey: '2026-W02' });
    expect(reviewPeriod('2026-10', 'UTC', NOW)).toMatchObject({ from: '2026-10-01', to: '2026-10-31', label: 'October 2026', previousKey: '2026-09', nextKey: '2026-11', inProgress: false });
    // a period that has not started yet is the current one
    expect(reviewPeriod('2027-W10', 'UTC', NOW).key).toBe('2026-W47');
    // Sunday 22 November, 23:30 in UTC is Monday in Tokyo: week 48 there
    expect(reviewPeriod('2026-W48', 'Asia/Tokyo', Date.parse('2026-11-22T23:30:00Z')).key).toBe('2026-W48');
    expect(['2026-W53', '2025-W53', '2026-13', '2026-W00', '26-11', 'x'].map(isReviewKey)).toEqual([true, false, false, false, false, false]);
  });

  it('opens on the period just ended on the first day of a new one, in the reporting zone', () => {
    // Monday 7 December 2026, 00:35 in São Paulo (03:35 UTC): week 50 has no finished day yet.
    const mondayNight = Date.parse('2026-12-07T03:35:00Z');
    expect(openingKey('week', 'America/Sao_Paulo', mondayNight)).toBe('2026-W49');
    // Still Sunday 6 December in Los Angeles: the week running is 49.
    expect(openingKey('week', 'America/Los_Angeles', mondayNight)).toBe('2026-W49');
    // Tuesday: the week running.
    expect(openingKey('week', 'America/Sao_Paulo', Date.parse('2026-12-08T12:00:00Z'))).toBe('2026-W50');
    // 1 December: November; 2 December: December; 1 January: December of the year before.
    expect(openingKey('month', 'UTC', Date.parse('2026-12-01T12:00:00Z'))).toBe('2026-11');
    expect(openingKey('month', 'UTC', Date.parse('2026-12-02T00:00:00Z'))).toBe('2026-12');
    expect(openingKey('month', 'UTC', Date.parse('2027-01-01T08:00:00Z'))).toBe('2026-12');
    expect(openingKey('week', 'UTC', Date.parse('2027-01-04T08:00:00Z'))).toBe('2026-W53');
  });
});

describe('review notes', () => {
  it('keeps a tick and a short note per period and item, and lists reviewed periods', async () => {
    const notes = await freshDb();
    saveNote(notes, { key: '2026-W46', item: 'earnings-trend', checked: true, note: 'Dip: check Luna' }, at('2026-11-15T18:00:00Z'));
    saveNote(notes, { key: '2026-W47', item: 'earnings-trend', checked: false, note: '  first  ' }, at('2026-11-22T09:00:00Z'));
    const saved = saveNote(notes, { key: '2026-W47', item: 'earnings-trend', checked: true, note: 'x'.repeat(900) }, at('2026-11-22T10:00:00Z'));
    expect(saved).toEqual({ item: 'earnings-trend', checked: true, note: 'x'.repeat(500), updatedAt: '2026-11-22T10:00:00.000Z' });
    saveNote(notes, { key: '2026-W47', item: 'insight:greeting:c1', checked: true, note: '' }, at('2026-11-22T10:01:00Z'));
    saveNote(notes, { key: '2026-11', item: 'payout-status', checked: false, note: '' }, at('2026-11-22T10:02:00Z'));
    expect(readNotes(notes, '2026-W47').map((n) => [n.item, n.checked])).toEqual([['earnings-trend', true], ['insight:greeting:c1', true]]);
    expect(reviewHistory(notes, 'week')).toEqual([
      { key: '2026-W47', checked: 2, notes: 1, updatedAt: '2026-11-22T10:01:00.000Z' },
      { key: '2026-W46', checked: 1, notes: 1, updatedAt: '2026-11-15T18:00:00.000Z' },
    ]);
    expect(reviewHistory(notes, 'month')).toEqual([]); // an untouched item is not a review
  });
});

describe('weekly review numbers', () => {
  it('earnings trend: this week so far against last week up to the same point', () => {
    const r = reviewPayload(db, '2026-W47', 'week', 'UTC', NOW);
    expect(r.period.current).toMatchObject({ from: '2026-11-16', to: '2026-11-22', partial: true });
    expect(metrics(r, 'earnings-trend')).toEqual({ 'earned-CREDITS': ['10.50', '5.00'], 'earned-USDT': ['3.123456', '1.000001'] });
  });

  it('speaks the app’s vocabulary: stream and currency names, months by name, no growth of the growth', () => {
    const week = reviewPayload(db, '2026-W47', 'week', 'UTC', NOW);
    const trend = week.items.find((i) => i.id === 'earnings-trend')!;
    expect(trend.metrics.map((m) => m.label)).toEqual(['Earned (Credits)', 'Earned (USDT)']);
    expect(trend.lists.map((l) => [l.title, l.rows.map((r) => r.label)])).toEqual([
      ['By stream (Credits)', ['Chat share']],
      ['By stream (USDT)', ['Embed / API']],
    ]);
    const month = reviewPayload(db, '2026-11', 'month', 'UTC', NOW);
    const growth = month.items.find((i) => i.id === 'mom-growth')!;
    expect(growth.metrics.filter((m) => m.unit === 'percent').map((m) => [m.label, m.previous])).toEqual([
      ['Month-over-month growth (Credits)', null],
      ['Month-over-month growth (USDT)', null],
    ]);
    expect(growth.lists[0].title).toBe('Last 12 months (Credits)');
    expect(growth.lists[0].rows.slice(0, 3).map((r) => r.label)).toEqual(['November 2026', 'October 2026', 'September 2026']);
    // A month after one that earned nothing has no growth: it says "from zero" (or "no change" at zero), as Earnings does.
    const rows = growth.lists[0].rows.map((r) => [r.label, r.metrics[0].value, r.metrics[1].value, r.metrics[1].absent]);
    expect(rows.slice(0, 4)).toEqual([
      ['November 2026', '22.50', 12.5, undefined], // 22.50 against 20.00
      ['October 2026', '20.00', 100, undefined], // 20.00 against 10.00
      ['September 2026', '10.00', null, 'from zero'], // after a month of nothing
      ['August 2026', '0.00', null, 'no change'], // nothing after nothing
    ]);
  });

  it('conversation metrics and new ratings over the stats days both weeks have', () => {
    const r = reviewPayload(db, '2026-W47', 'week', 'UTC', NOW);
    expect(r.statsDays).toEqual({ current: { from: '2026-11-16', to: '2026-11-21', days: 6 }, previous: { from: '2026-11-09', to: '2026-11-14', days: 6 } });
    expect(metrics(r, 'conversation-metrics')).toEqual({
      chats: [40, 20],
      messages: [300, 200],
      'messages-per-chat': [7.5, 10],
      tokens: [4000, 0],
      conversion: [20, 10], // 40 of 200 profile views, 20 of 200
      'return-rate': [42.9, 50], // 12 of 28 active, 5 of 10
    });
    expect(metrics(r, 'new-ratings')).toEqual({ ratings: [4, 1], average: [4.75, 3] });
    expect(r.items.find((i) => i.id === 'new-ratings')!.lists[0].rows.map((x) => x.label)).toEqual(['Ada', 'Dice']);
    expect(r.items.find((i) => i.id === 'conversation-metrics')!.note).toMatch(/never sees them/);
  });

  it('embed usage per currency and character', () => {
    const r = reviewPayload(db, '2026-W47', 'week', 'UTC', NOW);
    expect(metrics(r, 'embed-usage')).toEqual({ 'embed-USDT': ['3.123456', '1.000001'] });
    expect(r.items.find((i) => i.id === 'embed-usage')!.lists[0].rows).toEqual([
      expect.objectContaining({ label: 'Brix', href: '#/characters/c2', metrics: [expect.objectContaining({ value: '3.123456', previous: '1.000001' })] }),
    ]);
  });

  it('lists embed usage biggest first, ties by character, without reversed rows, removed characters named so', async () => {
    const other = await freshDb();
    insertCreator(other, 'Europe/Berlin');
    insertWorks(other, 'characters', [{ id: 'b', name: 'Bee' }, { id: 'a', name: 'Ay' }, { id: 'c', name: 'Cee' }]);
    const embed = (id: string, sourceId: string, at: string, gross: string, status: 'available' | 'reversed' = 'available') =>
      ({ id, at, stream: 'embed', sourceType: 'character', sourceId, currency: 'USDT', gross, status }) as const;
    insertLedger(other, [
      embed('e1', 'b', '2026-11-16T09:00:00Z', '2'),
      embed('e2', 'a', '2026-11-20T09:00:00Z', '2'),
      embed('e3', 'a', '2026-11-21T09:00:00Z', '50', 'reversed'),
      embed('e4', 'gone', '2026-11-18T09:00:00Z', '3'),
      // 00:30 on Monday the 16th in Berlin: this week there, last week in UTC
      embed('e5', 'c', '2026-11-15T23:30:00Z', '1.5'),
    ]);
    const rows = reviewPayload(other, '2026-W47', 'week', 'Europe/Berlin', NOW).items.find((i) => i.id === 'embed-usage')!.lists[0].rows;
    expect(rows.map((r) => [r.label, r.metrics[0].value])).toEqual([['gone (removed)', '3.00'], ['Ay', '2.00'], ['Bee', '2.00'], ['Cee', '1.50']]);
    other.close();
  });

  it('exports the review with exact differences, ticks and notes', () => {
    saveNote(db, { key: '2026-W47', item: 'earnings-trend', checked: true, note: 'Up on credits' }, at('2026-11-22T11:00:00Z'));
    const t = reviewTable(reviewPayload(db, '2026-W47', 'week', 'UTC', NOW));
    const row = t.rows.find((x) => x.key === 'earnings-trend|earned-USDT')!.cells;
    const col = (name: string) => row[t.columns.indexOf(name)];
    expect([col('section'), col('checked'), col('note'), col('value'), col('previous_value'), col('change'), col('change_pct')]).toEqual([
      'metric', 'yes', 'Up on credits', '3.123456', '1.000001', '2.123455', 212.3,
    ]);
    expect(t.rows.find((x) => x.key === 'conversation-metrics|conversion')!.cells.slice(12, 16)).toEqual([20, 10, 10, null]);
  });
});

describe('monthly review numbers', () => {
  it('a finished month against the whole month before, with payouts of the month', () => {
    const r = reviewPayload(db, '2026-10', 'month', 'UTC', NOW);
    expect(r.items.map((i) => i.id)).toEqual(['mom-growth', 'top-content', 'plan-updates', 'payout-status']);
    expect(metrics(r, 'mom-growth')).toMatchObject({ 'month-CREDITS': ['20.00', '10.00'], 'growth-CREDITS': [100, null] });
    expect(metrics(r, 'payout-status')).toMatchObject({ payouts: [1, 0], failed: [1, 0] });
    expect(r.items.find((i) => i.id === 'payout-status')!.lists[0].rows[0].label).toBe('2026-10-03 · failed (wallet address rejected)');
    expect(r.previousKey).toBe('2026-09');
    // A finished month has no estimate.
    expect(Object.keys(metrics(r, 'mom-growth')).filter((k) => k.startsWith('projected-'))).toEqual([]);
    expect(r.items.find((i) => i.id === 'payout-status')!.note).not.toMatch(/Estimated/);
  });

  it('the month still running shows where it should end, labelled as an estimate', () => {
    // The account's history begins with its first money, 5 September: 78 days before the 22nd. Credits
    // came on 3 of its last 77 days (5 October, 15 and 17 November: 42.50), too few months can be replayed
    // at the 22nd, so every day left expects the mean, 42.50 / 77 = 0.551948 (rounded): half of today and 8
    // days, 4.691558, after the 22.50 earned: 27.191558. The band comes from the last eight weeks (22.50
    // in one, 20.00 in another, none in six): up to 8 × 22.50 / 42.50 of the rest, 19.870128 more: 42.370128.
    const r = reviewPayload(db, '2026-11', 'month', 'UTC', NOW);
    const growth = r.items.find((i) => i.id === 'mom-growth')!;
    expect(growth.metrics.find((m) => m.id === 'projected-CREDITS')).toEqual({
      id: 'projected-CREDITS',
      label: 'This month’s end, estimated (Credits)',
      unit: 'money',
      currency: 'CREDITS',
      value: '27.191558',
      previous: null,
      hint: 'an estimate, not earnings: between 22.50–42.37 credits',
    });
    expect(r.items.find((i) => i.id === 'payout-status')!.note).toMatch(/^Schedule: monthly; next processing from 2026-12-01\. Estimated: .*USDT/);
  });
});
