import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { greetingRule } from '../../db/queries/insights/greeting';
import { stickingRule } from '../../db/queries/insights/sticking';
import { insertStats, insertWorks } from '../helpers/audience-fixture';
import { freshDb, runRule } from '../helpers/insight-context';

// The window is the 28 days ending 21 November (the newest stats day): 25 October to 21 November.
const PERIOD_TO = '2026-11-22';

/** [id, profile views, chats from profile, messages per chat]; every chat here came from the profile. */
type Char = [string, number, number, number];

async function characters(list: Char[]): Promise<Db> {
  const db = await freshDb();
  insertWorks(db, 'characters', list.filter(([id]) => id !== 'gone').map(([id]) => ({ id, name: `Char ${id}` })));
  insertStats(db, 'stats_characters', [
    ...list.map(([id, views, chats, mpc]) => ({
      character_id: id, date: '2026-11-10', profile_views: views, chats_from_profile: chats, chats_started: chats, messages: chats * mpc,
    })),
    // outside the window: a terrible October for c2 must not count
    { character_id: 'c2', date: '2026-10-01', profile_views: 5000, chats_from_profile: 1, chats_started: 1, messages: 1 },
    { character_id: 'c1', date: '2026-11-21', chats_started: 0 },
  ]);
  return db;
}

const BASE: Char[] = [
  ['c1', 1000, 200, 15], // 20%
  ['c2', 1000, 180, 15], // 18%
  ['c4', 1000, 220, 15], // 22%
  ['few', 100, 1, 15], // 1%, but only 100 profile views: not judged
  ['gone', 1000, 10, 15], // 1%, deleted on the platform: not shown
];

describe('greeting underperforming', () => {
  it('fires for a character converting under half the creator’s median', async () => {
    // conversions judged: 5, 18, 20, 22 → median 19%; c3's 5% is under 9.5%
    const db = await characters([...BASE, ['c3', 1000, 50, 40]]);
    const { insights } = runRule(greetingRule, db, PERIOD_TO);
    expect(insights.map((i) => i.id)).toEqual(['greeting:c3']);
    const card = insights[0];
    expect(card.finding).toContain('turned 50 of 1,000 profile views into chats (5.0%)');
    expect(card.finding).toContain('your median character converts 19.0%');
    // 40 messages per chat against a median of 15: the people who try it stay
    expect(card.finding).toContain('Those who do start a chat stay');
    expect(card.evidence).toEqual({ label: 'Open Char c3', href: '#/characters/c3' });
    expect(card.strength).toBeCloseTo(1 - 5 / 19, 10);
  });

  it('does not fire when every conversion is near the median, or with a lower threshold', async () => {
    const near = await characters([...BASE, ['c3', 1000, 120, 40]]); // 12% against a median of 19%: above 9.5%
    expect(runRule(greetingRule, near, PERIOD_TO).insights).toEqual([]);
    const db = await characters([...BASE, ['c3', 1000, 50, 40]]);
    expect(runRule(greetingRule, db, PERIOD_TO, { greetingBelowMedianPct: 20 }).insights).toEqual([]); // 5% ≥ 3.8%
  });

  it('says why it cannot judge with too few characters', async () => {
    const db = await characters([['c1', 1000, 200, 15], ['c3', 1000, 50, 40]]);
    const r = runRule(greetingRule, db, PERIOD_TO);
    expect(r.insights).toEqual([]);
    expect(r.note).toMatch(/at least 3 characters/);
  });
});

describe('not sticking', () => {
  it('fires for high conversion with few messages per chat', async () => {
    // conversions 18, 20, 22, 40 → median 21%; messages 15, 15, 15, 3 → median 15. c7: 40% ≥ 26.25% and 3 ≤ 7.5
    const db = await characters([...BASE, ['c7', 1000, 400, 3]]);
    const { insights } = runRule(stickingRule, db, PERIOD_TO);
    expect(insights.map((i) => i.id)).toEqual(['sticking:c7']);
    expect(insights[0].finding).toContain('converts 40.0% of profile views into chats (your median: 21.0%)');
    expect(insights[0].finding).toContain('3.0 messages on average (your median: 15.0)');
    expect(insights[0].evidence.href).toBe('#/characters/c7');
  });

  it('does not fire when chats are long enough, or conversion is only average', async () => {
    expect(runRule(stickingRule, await characters([...BASE, ['c7', 1000, 400, 10]]), PERIOD_TO).insights).toEqual([]); // 10 > 7.5
    expect(runRule(stickingRule, await characters([...BASE, ['c7', 1000, 230, 3]]), PERIOD_TO).insights).toEqual([]); // 23% < 26.25%
  });

  it('greeting and sticking are the two sides of the guide’s sentence: one character each', async () => {
    const db = await characters([...BASE, ['c3', 1000, 50, 40], ['c7', 1000, 400, 3]]);
    expect(runRule(greetingRule, db, PERIOD_TO).insights.map((i) => i.id)).toEqual(['greeting:c3']);
    expect(runRule(stickingRule, db, PERIOD_TO).insights.map((i) => i.id)).toEqual(['sticking:c7']);
  });
});
