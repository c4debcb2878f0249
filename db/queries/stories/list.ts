// The Stories table: plays, playtime, completion and replay, what players choose and hit, and where
// they quit.
import type { Db } from '../../open';
import { keyedTotals, totalsOf, type DayWindow, type KeyedTable } from '../content/aggregate';
import { breakdown, top } from '../content/breakdown';
import { listMetrics } from '../content/list';
import { coverage, statsPeriodInfo, statsWindows } from '../content/windows';
import type { PeriodSpec } from '../period';
import type { StoriesDashboard, StoryRow } from '../types/content';
import { CHAPTERS_DROPPED, CHAPTERS_REACHED, IDENTITIES, liveStories, MILESTONES, STORY_METRICS, STORY_STATS } from './defs';
import { dropOff, funnel } from './funnel';

const totals = (db: Db, t: KeyedTable, w: DayWindow | null, id?: string) => (w ? keyedTotals(db, t, w, null, id) : null);

export function storiesDashboard(db: Db, spec: PeriodSpec, zone: string, nowMs: number): StoriesDashboard {
  const info = statsPeriodInfo(db, STORY_STATS.table, spec, zone, nowMs);
  const w = statsWindows(db, STORY_STATS.table, info);
  const stories = liveStories(db);
  const listed = listMetrics(db, STORY_STATS, STORY_METRICS, info, w, stories.map((s) => s.id), STORY_METRICS.plays);
  const reached = totals(db, CHAPTERS_REACHED, w.current);
  const dropped = totals(db, CHAPTERS_DROPPED, w.current);
  const milestones = totals(db, MILESTONES, w.current);
  const milestonesPrev = totals(db, MILESTONES, w.previous);
  const identities = totals(db, IDENTITIES, w.current);
  const identitiesPrev = totals(db, IDENTITIES, w.previous);
  const rows: StoryRow[] = stories.map((s) => {
    const item = listed.items.get(s.id)!;
    const prev = (m: typeof milestonesPrev) => (m ? totalsOf(m.get(s.id)) : null);
    const plays = item.metrics.plays.value ?? 0;
    return {
      id: s.id,
      title: s.title,
      metrics: item.metrics,
      topIdentity: top(breakdown(totalsOf(identities?.get(s.id)), prev(identitiesPrev), s.identities)),
      topMilestones: breakdown(totalsOf(milestones?.get(s.id)), prev(milestonesPrev), s.milestones, plays)
        .filter((m) => m.value > 0)
        .slice(0, 3),
      dropOff: dropOff(funnel(s.chapters, totalsOf(reached?.get(s.id)), totalsOf(dropped?.get(s.id)))),
      spark: item.spark,
    };
  });
  return { period: info, stats: coverage(w), granularity: listed.granularity, buckets: listed.buckets, stories: rows };
}
