import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { audienceDashboard } from '../../db/queries/audience';
import { announcementsView } from '../../db/queries/audience/announcements';
import { statsDays } from '../../db/queries/audience/stats-window';
import { resolvePeriod } from '../../db/queries/period';
import { dates, insertAnnouncements, insertStats, insertWorks } from '../helpers/audience-fixture';
import { insertHourly } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

// Two whole weeks of stats: 25–31 October (the comparison) and 1–7 November (the period).
const NOW = Date.parse('2026-11-22T12:00:00Z');
const PERIOD = { preset: 'custom' as const, from: '2026-11-01', to: '2026-11-07' };
let db: Db;

beforeAll(async () => {
  db = (await openDatabase(tempDbFile())).db;
  const oct = dates('2026-10-25', 7);
  const nov = dates('2026-11-01', 7);
  // October: 3 new a day, 1 lost on the 25th and the 31st, ending at 198. November: 5 a day and 10 on the 7th, 2 lost on the 1st, ending at 238.
  insertStats(db, 'stats_audience', [
    ...oct.map((date, i) => ({ date, followers_total: 180 + 3 * i, new_followers: 3, lost_followers: i === 0 || i === 6 ? 1 : 0 })),
    ...nov.map((date, i) => ({ date, followers_total: i === 6 ? 238 : 203 + 5 * i, new_followers: i === 6 ? 10 : 5, lost_followers: i === 0 ? 2 : 0 })),
  ]);
  // BR: 2 a day in October, 10 in November; US: 18, then 30. Daily distinct counts.
  insertStats(db, 'stats_countries', [
    ...oct.flatMap((date) => [{ date, country: 'BR', active_users: 2 }, { date, country: 'US', active_users: 18 }]),
    ...nov.flatMap((date) => [{ date, country: 'BR', active_users: 10 }, { date, country: 'US', active_users: 30 }]),
  ]);
  insertStats(db, 'stats_hashtags', [
    { date: '2026-10-26', hashtag: 'fantasy', impressions: 400 },
    { date: '2026-10-26', hashtag: 'found-family', impressions: 100 },
    { date: '2026-11-02', hashtag: 'found-family', impressions: 500 },
    { date: '2026-11-02', hashtag: 'fantasy', impressions: 300 },
    { date: '2026-11-03', hashtag: 'cozy', impressions: 100 },
  ]);
  insertWorks(db, 'characters', [{ id: 'c1', name: 'Ada', tags: ['Fantasy'] }, { id: 'c2', name: 'Brix', tags: ['#mystery'] }]);
  // c3 was deleted on the platform: its stats stay in the database but it is gone from every view.
  insertStats(db, 'stats_characters', [
    { character_id: 'c1', date: '2026-10-30', new_followers: 1 },
    { character_id: 'c2', date: '2026-10-30', new_followers: 3 },
    { character_id: 'c1', date: '2026-11-02', new_followers: 4 },
    { character_id: 'c1', date: '2026-11-06', new_followers: 2 },
    { character_id: 'c2', date: '2026-11-03', new_followers: 2 },
    { character_id: 'c3', date: '2026-11-03', new_followers: 5 },
  ]);
  insertAnnouncements(db, [
    { id: 'a0', at: '2026-10-28T10:00:00.000Z', delivered: 100, opened: 40, engaged: 10 },
    // 01:00 UTC on 1 November is still 31 October in São Paulo (UTC−3)
    { id: 'a3', at: '2026-11-01T01:00:00.000Z', delivered: 100, opened: 0, engaged: 0 },
    { id: 'a1', at: '2026-11-02T10:00:00.000Z', delivered: 200, opened: 100, engaged: 30 },
    { id: 'a2', at: '2026-11-05T10:00:00.000Z', delivered: 0, opened: 0, engaged: 0 },
  ]);
});

describe('audience dashboard', () => {
  it('followers: the total is the last day’s level, new and lost add up over days', () => {
    const d = audienceDashboard(db, PERIOD, 'UTC', NOW);
    expect(d.stats).toEqual({ current: { from: '2026-11-01', to: '2026-11-07', days: 7 }, previous: { from: '2026-10-25', to: '2026-10-31', days: 7 }, lastDate: '2026-11-07' });
    expect(d.followers.total).toEqual({ value: 238, previous: 198 });
    expect(d.followers.newFollowers).toEqual({ value: 40, previous: 21 });
    expect(d.followers.lostFollowers).toEqual({ value: 2, previous: 2 });
    // the last 7 published days (1–7 November) against the 7 before, whatever the period
    expect(d.followers.newThisWeek).toMatchObject({ value: 40, previous: 21, range: { from: '2026-11-01', to: '2026-11-07' } });
    expect(d.series.buckets).toEqual(dates('2026-11-01', 7));
    expect(d.series.newFollowers).toEqual([5, 5, 5, 5, 5, 5, 10]);
    expect(d.series.total.at(-1)).toBe(238);
    expect(d.series.previousNew).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect(d.series.previousLost).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(d.series.previousTotal).toEqual([180, 183, 186, 189, 192, 195, 198]);
  });

  it('an unfinished period is compared with as many days of the previous one', () => {
    // "This week" on 9 November: 3–9 November, but stats end on the 7th, so 3–7 against 27–31 October.
    const d = audienceDashboard(db, { preset: 'week' }, 'UTC', Date.parse('2026-11-09T12:00:00Z'));
    expect(d.stats.current).toEqual({ from: '2026-11-03', to: '2026-11-07', days: 5 });
    expect(d.stats.previous).toEqual({ from: '2026-10-27', to: '2026-10-31', days: 5 });
    expect(d.followers.newFollowers).toEqual({ value: 30, previous: 15 });
    expect(d.series.total).toEqual([213, 218, 223, 228, 238, null, null]);
  });

  it('stats count on their UTC date whatever the reporting timezone', () => {
    const d = audienceDashboard(db, PERIOD, 'America/Sao_Paulo', NOW);
    expect(d.followers.newFollowers).toEqual({ value: 40, previous: 21 });
    expect(d.countries.find((c) => c.country === 'BR')!.sharePct).toEqual({ value: 25, previous: 10 });
  });

  it('countries: average daily active users (never a sum of distinct counts), share and change of share', () => {
    const d = audienceDashboard(db, PERIOD, 'UTC', NOW);
    // BR: 70 of 280 daily actives = 25.0% (10 a day), against 14 of 140 = 10.0%: +15 points
    expect(d.countries).toEqual([
      { country: 'US', name: 'United States', avgDailyActive: { value: 30, previous: 18 }, sharePct: { value: 75, previous: 90 }, shareChangePts: -15 },
      { country: 'BR', name: 'Brazil', avgDailyActive: { value: 10, previous: 2 }, sharePct: { value: 25, previous: 10 }, shareChangePts: 15 },
    ]);
  });

  it('hashtags: ranked by impressions, with the previous rank and whether the creator uses the tag', () => {
    const d = audienceDashboard(db, PERIOD, 'UTC', NOW);
    expect(d.hashtags).toEqual([
      { hashtag: 'found-family', impressions: { value: 500, previous: 100 }, sharePct: 55.6, rank: 1, previousRank: 2, own: false },
      { hashtag: 'fantasy', impressions: { value: 300, previous: 400 }, sharePct: 33.3, rank: 2, previousRank: 1, own: true },
      { hashtag: 'cozy', impressions: { value: 100, previous: 0 }, sharePct: 11.1, rank: 3, previousRank: null, own: false },
    ]);
  });

  it('top characters by follows: live characters only, with their share of character follows', () => {
    const d = audienceDashboard(db, PERIOD, 'UTC', NOW);
    expect(d.topCharacters).toEqual([
      { id: 'c1', name: 'Ada', newFollowers: { value: 6, previous: 1 }, sharePct: 75 },
      { id: 'c2', name: 'Brix', newFollowers: { value: 2, previous: 3 }, sharePct: 25 },
    ]);
  });

  it('announcements: engagement is engaged / delivered of the period’s announcements, nothing delivered is no rate', () => {
    const utc = audienceDashboard(db, PERIOD, 'UTC', NOW).announcements;
    expect(utc.inPeriod.map((a) => a.id)).toEqual(['a2', 'a1', 'a3']);
    expect(utc.inPeriod[0]).toMatchObject({ engagementRatePct: null, openRatePct: null });
    expect(utc.inPeriod[1]).toMatchObject({ engagementRatePct: 15, openRatePct: 50, settling: false });
    // 30 engaged of 300 delivered (a ratio of sums: a1's 15% and a3's 0% do not average to 7.5%)
    expect(utc.summary).toEqual({ count: { value: 3, previous: 1 }, engagementRatePct: { value: 10, previous: 10 }, openRatePct: { value: 33.3, previous: 40 } });
    // In São Paulo a3 was posted on 31 October: it belongs to the comparison week.
    const sp = audienceDashboard(db, PERIOD, 'America/Sao_Paulo', NOW).announcements;
    expect(sp.summary).toEqual({ count: { value: 2, previous: 2 }, engagementRatePct: { value: 15, previous: 5 }, openRatePct: { value: 50, previous: 20 } });
    expect(sp.history.map((a) => a.id)).toEqual(['a0', 'a3', 'a1', 'a2']);
  });

  it('no rate at all when the period’s announcements reached nobody', () => {
    const { current, previous } = resolvePeriod({ preset: 'custom', from: '2026-11-05', to: '2026-11-05' }, 'UTC', NOW);
    const v = announcementsView(db, current, previous, Date.parse('2026-11-06T00:00:00Z'));
    expect(v.summary.engagementRatePct).toEqual({ value: null, previous: null });
    expect(v.inPeriod[0].settling).toBe(true);
  });

  it('cuts stats windows to the days both periods can have', () => {
    expect(statsDays({ from: '2026-11-01', to: '2026-11-30' }, { from: '2026-10-01', to: '2026-10-31' }, '2026-11-07')).toEqual({
      current: { from: '2026-11-01', to: '2026-11-07', days: 7 },
      previous: { from: '2026-10-01', to: '2026-10-07', days: 7 },
      lastDate: '2026-11-07',
    });
    // A finished month compares with the whole month before (31 days against 30).
    expect(statsDays({ from: '2026-10-01', to: '2026-10-31' }, { from: '2026-09-01', to: '2026-09-30' }, '2026-11-07').previous).toEqual({ from: '2026-09-01', to: '2026-09-30', days: 30 });
    expect(statsDays({ from: '2026-12-01', to: '2026-12-31' }, null, '2026-11-07')).toEqual({ current: null, previous: null, lastDate: '2026-11-07' });
  });

  it('reads peak hours over the 28 days ending with the period (a week alone could leave a weekday empty)', () => {
    insertHourly(db, [['2026-11-06', 12, 4], ['2026-10-11', 12, 50], ['2026-10-10', 12, 1000], ['2026-11-08', 3, 9]]);
    const p = audienceDashboard(db, PERIOD, 'UTC', NOW).peakHours;
    expect([p.from, p.to, p.days]).toEqual(['2026-10-11', '2026-11-07', 28]);
    // 6 November is a Friday, 11 October a Sunday; the day before the window and the day after the period are left out.
    expect(p.grid[4][12]).toBe(4);
    expect(p.grid[6][12]).toBe(50);
    expect(p.total).toBe(54);
  });
});
