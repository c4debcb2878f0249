import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { storyDetail } from '../../db/queries/stories/detail';
import { dropOff, funnel } from '../../db/queries/stories/funnel';
import { storiesDashboard } from '../../db/queries/stories/list';
import { insertChapterStats, insertIdentityStats, insertMilestoneStats, insertStory, insertStoryStats } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

const ZONE = 'UTC';
const NOW = Date.parse('2026-11-22T12:00:00Z');
const PERIOD = { preset: 'custom' as const, from: '2026-11-01', to: '2026-11-03' };
let db: Db;

beforeAll(async () => {
  db = (await openDatabase(tempDbFile())).db;
  insertStory(db, {
    id: 's1',
    title: 'Lighthouse',
    chapters: ['Arrival', 'The Storm', 'Letters', 'The Keeper'],
    milestones: [['m1', 'First light'], ['m2', 'The secret'], ['m3', 'True ending'], ['m4', 'Bad ending']],
    identities: [['i1', 'The Heir'], ['i2', 'The Stranger']],
  });
  insertStory(db, { id: 's2', title: 'Untouched', chapters: ['One', 'Two'], milestones: [], identities: [] });
  insertStoryStats(db, [
    { story_id: 's1', date: '2026-11-01', plays: 10, players: 8, replays: 2, playtime_seconds: 6000, completions: 3 },
    { story_id: 's1', date: '2026-11-02', plays: 30, players: 25, replays: 4, playtime_seconds: 12000, completions: 9 },
    { story_id: 's1', date: '2026-10-30', plays: 20, players: 18, replays: 5, playtime_seconds: 4000, completions: 10 },
    // A deleted story's leftovers.
    { story_id: 'sX', date: '2026-11-01', plays: 500 },
  ]);
  // On the 1st alone chapter 2 loses the most; over the period chapter 3 does.
  insertChapterStats(db, [
    ['s1', '2026-11-01', 1, 10, 1], ['s1', '2026-11-01', 2, 9, 4], ['s1', '2026-11-01', 3, 5, 2], ['s1', '2026-11-01', 4, 3, 0],
    ['s1', '2026-11-02', 1, 30, 3], ['s1', '2026-11-02', 2, 27, 2], ['s1', '2026-11-02', 3, 25, 13], ['s1', '2026-11-02', 4, 12, 3],
    ['s1', '2026-10-30', 1, 20, 10],
  ]);
  insertMilestoneStats(db, [['s1', '2026-11-01', 'm1', 8], ['s1', '2026-11-02', 'm1', 20], ['s1', '2026-11-02', 'm2', 12], ['s1', '2026-11-02', 'm3', 9], ['s1', '2026-11-01', 'm4', 1], ['s1', '2026-10-30', 'm4', 7]]);
  insertIdentityStats(db, [['s1', '2026-11-01', 'i1', 6], ['s1', '2026-11-02', 'i1', 10], ['s1', '2026-11-01', 'i2', 4], ['s1', '2026-11-02', 'i2', 20], ['s1', '2026-10-30', 'i1', 20]]);
});

describe('stories table', () => {
  it('computes plays, average playtime, completion and replay rates from sums over the period', () => {
    const d = storiesDashboard(db, PERIOD, ZONE, NOW);
    expect(d.stories.map((s) => s.title)).toEqual(['Lighthouse', 'Untouched']);
    const m = d.stories[0].metrics;
    expect(m.plays).toEqual({ value: 40, previous: 20 });
    expect(m.avgPlaytime).toEqual({ value: 450, previous: 200 }); // 18000/40, 4000/20
    expect(m.completionRate).toEqual({ value: 0.3, previous: 0.5 }); // 12/40, 10/20
    expect(m.replayRate).toEqual({ value: 0.15, previous: 0.25 }); // 6/40, 5/20
    expect(d.stories[0].spark).toEqual([10, 30, null]); // the 3rd is not published yet
  });

  it('names the top identity, the top three milestones and the drop-off chapter', () => {
    const s = storiesDashboard(db, PERIOD, ZONE, NOW).stories[0];
    expect(s.topIdentity).toEqual({ key: 'i2', name: 'The Stranger', value: 24, previous: 0, sharePct: 60 });
    // Milestones are shares of the 40 plays (one play hits several), each rounded on its own: 9 / 40 = 22.5%.
    expect(s.topMilestones.map((m) => [m.name, m.value, m.sharePct])).toEqual([['First light', 28, 70], ['The secret', 12, 30], ['True ending', 9, 22.5]]);
    expect(s.dropOff).toEqual({ chapter: 3, title: 'Letters', dropped: 15, revise: { chapter: 2, title: 'The Storm' } });
  });

  it('has no rates, picks or drop-off for a story nobody played, and hides deleted stories', () => {
    const d = storiesDashboard(db, PERIOD, ZONE, NOW);
    const s = d.stories[1];
    expect(s.metrics.plays).toEqual({ value: 0, previous: 0 });
    for (const k of ['avgPlaytime', 'completionRate', 'replayRate'] as const) expect(s.metrics[k]).toEqual({ value: null, previous: null });
    expect(s.topIdentity).toBeNull();
    expect(s.topMilestones).toEqual([]);
    expect(s.dropOff).toBeNull();
    expect(d.stories.some((x) => x.id === 'sX')).toBe(false);
  });
});

describe('story page', () => {
  it('draws the chapter funnel with drop rates, catalogue titles and the chapter to revise', () => {
    const d = storyDetail(db, PERIOD, ZONE, NOW, 's1')!;
    expect(d.funnel).toEqual([
      { chapter: 1, title: 'Arrival', reached: 40, dropped: 4, dropRate: 0.1 },
      { chapter: 2, title: 'The Storm', reached: 36, dropped: 6, dropRate: 6 / 36 },
      { chapter: 3, title: 'Letters', reached: 30, dropped: 15, dropRate: 0.5 },
      { chapter: 4, title: 'The Keeper', reached: 15, dropped: 3, dropRate: 0.2 },
    ]);
    expect(d.dropOff?.revise).toEqual({ chapter: 2, title: 'The Storm' });
  });

  it('draws milestones and identities over time, with a gap after the last published day', () => {
    const d = storyDetail(db, PERIOD, ZONE, NOW, 's1')!;
    expect(d.milestones.map((m) => [m.key, m.values])).toEqual([
      ['m1', [8, 20, null]],
      ['m2', [0, 12, null]],
      ['m3', [0, 9, null]],
      ['m4', [1, 0, null]],
    ]);
    expect(d.milestones[3].previous).toBe(7);
    expect(d.identities.map((m) => [m.name, m.values, m.sharePct])).toEqual([['The Stranger', [4, 20, null], 60], ['The Heir', [6, 10, null], 40]]);
    expect(d.series.metrics.completionRate.values).toEqual([0.3, 0.3, null]);
  });

  it('has an empty funnel from the catalogue for a story without plays, and null for a deleted one', () => {
    const d = storyDetail(db, PERIOD, ZONE, NOW, 's2')!;
    expect(d.funnel).toEqual([
      { chapter: 1, title: 'One', reached: 0, dropped: 0, dropRate: null },
      { chapter: 2, title: 'Two', reached: 0, dropped: 0, dropRate: null },
    ]);
    expect(d.dropOff).toBeNull();
    expect(storyDetail(db, PERIOD, ZONE, NOW, 'sX')).toBeNull();
  });
});

describe('drop-off chapter', () => {
  it('has nothing before it to revise when players quit in the first chapter; ties go to the earlier chapter', () => {
    const titles = new Map([[1, 'A'], [2, 'B'], [3, 'C']]);
    const steps = funnel(titles, new Map([['1', 10], ['2', 4], ['3', 2]]), new Map([['1', 6], ['2', 2], ['3', 2]]));
    expect(dropOff(steps)).toEqual({ chapter: 1, title: 'A', dropped: 6, revise: null });
    const tie = funnel(titles, new Map([['1', 10], ['2', 7], ['3', 4]]), new Map([['1', 3], ['2', 3], ['3', 3]]));
    expect(dropOff(tie)?.chapter).toBe(1);
    // A chapter only the stats know keeps its number as its name.
    expect(funnel(new Map(), new Map([['5', 1]]), new Map())[0].title).toBe('Chapter 5');
  });
});
