import { describe, expect, it } from 'vitest';
import { moversRule } from '../../db/queries/insights/movers';
import { comparablePeriods } from '../../db/queries/insights/movers-data';
import { lastStatsDate } from '../../db/queries/audience/stats-window';
import { pluginChurnRule } from '../../db/queries/insights/plugin-churn';
import { storyDropoffRule } from '../../db/queries/insights/story-dropoff';
import { dates, insertStats, insertWorks } from '../helpers/audience-fixture';
import { insertLedger } from '../helpers/fixture';
import { freshDb, runRule } from '../helpers/insight-context';

const PERIOD_TO = '2026-11-22';

/** One day of chapter stats: reached and dropped per chapter, 1-based. */
function chapters(story: string, reached: number[], dropped: number[]) {
  return reached.map((r, i) => ({ story_id: story, date: '2026-11-12', chapter: i + 1, reached: r, dropped: dropped[i] }));
}

describe('story drop-off', () => {
  it('points at the chapter before the one where most players stopped', async () => {
    const db = await freshDb();
    insertWorks(db, 'stories', [{ id: 's1', name: 'Harbour Lights', chapters: ['Arrival', 'The Map', 'Letters', 'The Keeper', 'Storm'] }]);
    // chapter 4 loses 450 of 850 (52.9%); the chapters' median drop rate is 5.6%
    insertStats(db, 'stats_story_chapters', chapters('s1', [1000, 950, 900, 850, 400], [50, 50, 50, 450, 100]));
    const { insights } = runRule(storyDropoffRule, db, PERIOD_TO);
    expect(insights).toHaveLength(1);
    expect(insights[0]).toMatchObject({ id: 'story-dropoff:s1', title: 'Harbour Lights: players quit in chapter 4', evidence: { href: '#/stories/s1' } });
    expect(insights[0].finding).toContain('450 of the 850 players who reached chapter 4 (“The Keeper”) stopped there (52.9%)');
    expect(insights[0].finding).toContain('usually lose 5.6%');
    expect(insights[0].move).toBe('Revise the hook of chapter 3 (“Letters”), the chapter before the drop: that is where the engagement waned.');
  });

  it('finds the newest chapter day among the listed stories', async () => {
    const db = await freshDb();
    expect(lastStatsDate(db, 'stats_story_chapters')).toBeNull();
    insertWorks(db, 'stories', [{ id: 's1', name: 'One' }, { id: 's2', name: 'Two' }]);
    insertStats(db, 'stats_story_chapters', [
      { story_id: 's1', date: '2026-11-20', chapter: 3, reached: 1 },
      { story_id: 's2', date: '2026-11-19', chapter: 1, reached: 1 },
      { story_id: 's2', date: '2026-11-21', chapter: 1, reached: 1 },
      // a story no longer listed (deleted on the platform) sets no window
      { story_id: 'gone', date: '2026-11-22', chapter: 1, reached: 1 },
    ]);
    expect(lastStatsDate(db, 'stats_story_chapters')).toBe('2026-11-21');
  });

  it('a drop in the first chapter points at the opening', async () => {
    const db = await freshDb();
    insertWorks(db, 'stories', [{ id: 's1', name: 'Cold Open', chapters: ['One', 'Two', 'Three'] }]);
    insertStats(db, 'stats_story_chapters', chapters('s1', [1000, 500, 470], [500, 30, 40]));
    expect(runRule(storyDropoffRule, db, PERIOD_TO).insights[0].move).toMatch(/^Revise the opening/);
  });

  it('does not fire for an even story, a natural last-chapter drop, few players or a deleted story', async () => {
    const db = await freshDb();
    insertWorks(db, 'stories', [{ id: 'even', name: 'Even' }, { id: 'ending', name: 'Ending' }, { id: 'small', name: 'Small' }]);
    insertStats(db, 'stats_story_chapters', [
      ...chapters('even', [1000, 900, 810, 730], [100, 90, 80, 70]),
      ...chapters('ending', [1000, 950, 900, 850], [50, 50, 50, 255]), // the last chapter loses 30%: under 35%
      ...chapters('small', [80, 76, 72, 30], [4, 4, 42, 5]), // 58% lost in chapter 3, but only 72 players reached it
      ...chapters('gone', [1000, 950, 900, 850], [50, 50, 800, 10]),
    ]);
    expect(runRule(storyDropoffRule, db, PERIOD_TO).insights).toEqual([]);
  });
});

describe('plugin churn', () => {
  async function plugins() {
    const db = await freshDb();
    insertWorks(db, 'plugins', [{ id: 'p1', name: 'Dice' }, { id: 'p2', name: 'Memory' }, { id: 'p3', name: 'Tiny' }]);
    insertStats(db, 'stats_plugins', [
      // p1 looked healthy three weeks ago; what counts is the newest day: 200 of 10,000 installs (2%)
      { plugin_id: 'p1', date: '2026-11-01', installs_total: 9000, active_chats_7d: 5000 },
      { plugin_id: 'p1', date: '2026-11-21', installs_total: 10_000, active_chats_7d: 200, installs: 40, uninstalls: 12, rating_count: 4, rating_sum: 10 },
      { plugin_id: 'p2', date: '2026-11-21', installs_total: 2000, active_chats_7d: 1000 },
      { plugin_id: 'p3', date: '2026-11-21', installs_total: 500, active_chats_7d: 5 }, // 1%, but only 500 installs
      { plugin_id: 'p4', date: '2026-11-21', installs_total: 10_000, active_chats_7d: 10 }, // deleted on the platform
    ]);
    return db;
  }

  it('fires for many installs and little use in the last 7 days', async () => {
    const { insights } = runRule(pluginChurnRule, await plugins(), PERIOD_TO);
    expect(insights.map((i) => i.id)).toEqual(['plugin-churn:p1']);
    expect(insights[0].finding).toBe(
      'Dice has 10,000 installs but was active in 200 chats in the 7 days to 21 Nov 2026 (2.0% of installs); your other plugins: 25.5% (median). ' +
        '12 uninstalls against 40 installs and 2.5★ from 4 ratings over the last 28 days.',
    );
    expect(insights[0].evidence.href).toBe('#/plugins/p1');
  });

  it('does not fire under a lower threshold or when installs are few', async () => {
    expect(runRule(pluginChurnRule, await plugins(), PERIOD_TO, { pluginActivePct: 2 }).insights).toEqual([]);
    expect(runRule(pluginChurnRule, await plugins(), PERIOD_TO, { pluginMinInstalls: 20_000 }).insights).toEqual([]);
  });
});

describe('movers against their typical band', () => {
  // Week 47 of 2026 (16–22 November) on its Sunday: stats and whole days of money up to Saturday the 21st.
  const NOW = Date.parse('2026-11-22T12:00:00Z');
  const movers = { cadence: 'week' as const, from: '2026-11-16', to: '2026-11-22', zone: 'UTC', nowMs: NOW };

  async function history(currentChats: number, currentCommission: string) {
    const db = await freshDb();
    insertWorks(db, 'characters', [{ id: 'm1', name: 'Mover' }, { id: 'm2', name: 'Steady' }, { id: 'm3', name: 'Newcomer', created: '2026-10-20T10:00:00.000Z' }]);
    insertWorks(db, 'plugins', [{ id: 'pl1', name: 'Widget' }]);
    insertWorks(db, 'stories', [{ id: 's1', name: 'Tale' }]);
    const days = dates('2026-08-24', 90); // 24 August to 21 November: 12 whole weeks and this week to Saturday
    const thisWeek = (d: string) => d >= '2026-11-16';
    insertStats(db, 'stats_characters', [
      ...days.map((date, i) => ({ character_id: 'm1', date, chats_started: thisWeek(date) ? currentChats : 10 + (i % 3) })),
      ...days.map((date) => ({ character_id: 'm2', date, chats_started: 10 })),
      ...days.filter((d) => d >= '2026-10-20').map((date) => ({ character_id: 'm3', date, chats_started: thisWeek(date) ? 50 : 5 })),
    ]);
    insertLedger(db, [
      ...days.map((date, i) => ({
        id: `pl${i}`, at: `${date}T15:00:00Z`, stream: 'plugin', sourceType: 'plugin', sourceId: 'pl1', currency: 'USDT', gross: thisWeek(date) ? currentCommission : '1.00', status: 'available' as const,
      })),
      // a story's bounty is a one-off prize, not a story earning more than usual
      { id: 'b1', at: '2026-11-18T10:00:00Z', stream: 'bounty', sourceType: 'story', sourceId: 's1', currency: 'USDT', gross: '500', status: 'available' },
    ]);
    return db;
  }

  it('compares the same days of the 12 weeks before', () => {
    const p = comparablePeriods('week', '2026-11-16', '2026-11-22', '2026-11-21');
    expect(p).toHaveLength(13);
    expect(p[0]).toEqual({ from: '2026-11-16', to: '2026-11-21', days: 6 });
    expect(p[1]).toEqual({ from: '2026-11-09', to: '2026-11-14', days: 6 });
    expect(p[12]).toEqual({ from: '2026-08-24', to: '2026-08-29', days: 6 });
    // a finished month against whole months; an unfinished one against their first days
    expect(comparablePeriods('month', '2026-10-01', '2026-10-31', '2026-11-21')[1]).toEqual({ from: '2026-09-01', to: '2026-09-30', days: 30 });
    expect(comparablePeriods('month', '2026-11-01', '2026-11-30', '2026-11-21')[1]).toEqual({ from: '2026-10-01', to: '2026-10-21', days: 21 });
  });

  it('finds the works outside their band, biggest change first, one card per work', async () => {
    const db = await history(20, '0.20');
    const { insights } = runRule(moversRule, db, PERIOD_TO, {}, movers);
    // m1: 120 chats against a usual 66 (+82%); pl1: 1.20 USDT against 6.00 (−80%). m2 is steady; m3 is too young for a band.
    expect(insights.map((i) => i.id)).toEqual(['movers:character:m1', 'movers:plugin:pl1']);
    expect(insights[1].title).toBe('Widget: earnings −80% against usual');
    expect(insights[1].finding).toBe(
      'Widget (plugin) earned 1.20 USDT over 16 Nov – 21 Nov 2026, below its typical band of 6.00 USDT – 6.00 USDT (usual: 6.00 USDT, from the same days of its last 12 weeks).',
    );
    expect(insights[0].figures).toEqual([
      { label: 'Chats started', value: '120' },
      { label: 'Typical band', value: '66–66' },
      { label: 'Usual', value: '66' },
      { label: 'Change on usual', value: '+82%' },
    ]);
    expect(insights[0].evidence.href).toBe('#/characters/m1');
    expect(runRule(moversRule, db, PERIOD_TO, { moverCount: 1 }, movers).insights.map((i) => i.id)).toEqual(['movers:character:m1']);
  });

  it('does not fire for a usual week, or a change under the threshold', async () => {
    expect(runRule(moversRule, await history(11, '1.00'), PERIOD_TO, {}, movers).insights).toEqual([]);
    expect(runRule(moversRule, await history(20, '0.20'), PERIOD_TO, { moverChangePct: 90 }, movers).insights).toEqual([]);
  });
});
