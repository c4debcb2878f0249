// A story's own page: plays and rates over time, the chapter funnel with its drop-off chapter, and
// milestones and identities over time.
import type { Db } from '../../open';
import { keyedTotals, totalsOf, type KeyedTable } from '../content/aggregate';
import { breakdown } from '../content/breakdown';
import { itemMetrics } from '../content/series';
import { coverage, statsPeriodInfo, statsWindows, type StatsWindows } from '../content/windows';
import { itemOutlook } from '../forecast/item';
import type { PeriodSpec } from '../period';
import type { KeyedSeries, StoryDetail } from '../types/content';
import type { Granularity } from '../../time/buckets';
import { CHAPTERS_DROPPED, CHAPTERS_REACHED, IDENTITIES, liveStories, MILESTONES, STORY_METRICS, STORY_STATS } from './defs';
import { dropOff, funnel } from './funnel';

function keyedSeries(
  db: Db,
  t: KeyedTable,
  w: StatsWindows,
  id: string,
  granularity: Granularity,
  buckets: string[],
  names: Map<string, string>,
  total?: number,
): KeyedSeries[] {
  const byKey = w.current ? keyedTotals(db, t, w.current, granularity, id).get(id) : undefined;
  const prev = w.previous ? totalsOf(keyedTotals(db, t, w.previous, null, id).get(id)) : null;
  return breakdown(totalsOf(byKey), prev, names, total).map((b) => ({
    ...b,
    values: buckets.map((bucket) => (w.current && bucket <= w.current.to ? (byKey?.get(b.key)?.get(bucket) ?? 0) : null)),
  }));
}

/** Null when the story is not (or no longer) in the catalogue. */
export function storyDetail(db: Db, spec: PeriodSpec, zone: string, nowMs: number, id: string): StoryDetail | null {
  const [story] = liveStories(db, id);
  if (!story) return null;
  const info = statsPeriodInfo(db, STORY_STATS.table, spec, zone, nowMs);
  const w = statsWindows(db, STORY_STATS.table, info);
  const { kpis, series } = itemMetrics(db, STORY_STATS, STORY_METRICS, info, w, id, spec.preset !== 'all');
  const steps = w.current
    ? funnel(story.chapters, totalsOf(keyedTotals(db, CHAPTERS_REACHED, w.current, null, id).get(id)), totalsOf(keyedTotals(db, CHAPTERS_DROPPED, w.current, null, id).get(id)))
    : funnel(story.chapters, new Map(), new Map());
  const plays = kpis.plays.value ?? 0;
  return {
    period: info,
    stats: coverage(w),
    story: { id: story.id, title: story.title, createdAt: story.createdAt, tags: story.tags },
    kpis,
    series,
    funnel: steps,
    dropOff: dropOff(steps),
    milestones: keyedSeries(db, MILESTONES, w, id, series.granularity, series.buckets, story.milestones, plays),
    identities: keyedSeries(db, IDENTITIES, w, id, series.granularity, series.buckets, story.identities),
    outlook: itemOutlook(db, zone, nowMs, 'story', id),
  };
}
