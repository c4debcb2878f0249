// Followers: the end-of-day total (a level, so the period's figure is its last day's value, never a
// sum) and the daily new and lost followers (flows, which add up over days).
import type { Db } from '../../open';
import { bucketOf, bucketsOf, type Granularity } from '../../time/buckets';
import { spanOf, type Range } from '../period';
import type { DayRange, FollowerKpis, FollowerSeries, StatsDays } from '../types/audience';
import { dayRange } from './stats-window';
import { addDays } from '../../time/days';

interface Day {
  date: string;
  total: number;
  gained: number;
  lost: number;
}

function days(db: Db, r: DayRange | null): Day[] {
  if (!r) return [];
  return db.prepare(
    `SELECT date, followers_total AS total, new_followers AS gained, lost_followers AS lost FROM stats_audience
     WHERE date >= ? AND date <= ? ORDER BY date`,
  )
    .all(r.from, r.to) as Day[];
}

const sum = (rows: Day[], f: 'gained' | 'lost') => rows.reduce((n, r) => n + r[f], 0);

export function followerKpis(db: Db, stats: StatsDays): FollowerKpis {
  const cur = days(db, stats.current);
  const prev = stats.previous ? days(db, stats.previous) : null;
  const week = stats.lastDate ? dayRange(addDays(stats.lastDate, -6), stats.lastDate) : null;
  const weekBefore = week ? dayRange(addDays(week.from, -7), addDays(week.from, -1)) : null;
  return {
    total: { value: cur.at(-1)?.total ?? null, previous: prev ? (prev.at(-1)?.total ?? null) : null },
    newFollowers: { value: sum(cur, 'gained'), previous: prev ? sum(prev, 'gained') : null },
    lostFollowers: { value: sum(cur, 'lost'), previous: prev ? sum(prev, 'lost') : null },
    newThisWeek: { value: sum(days(db, week), 'gained'), previous: weekBefore ? sum(days(db, weekBefore), 'gained') : null, range: week },
  };
}

interface Bucketed {
  total: (number | null)[];
  gained: number[];
  lost: number[];
}

function bucketed(rows: Day[], buckets: string[], granularity: Granularity): Bucketed {
  const index = new Map(buckets.map((b, i) => [b, i]));
  const out: Bucketed = { total: buckets.map(() => null), gained: buckets.map(() => 0), lost: buckets.map(() => 0) };
  for (const r of rows) {
    const i = index.get(bucketOf(r.date, granularity));
    if (i === undefined) continue;
    out.total[i] = r.total; // rows come oldest first: the bucket keeps its last day's level
    out.gained[i] += r.gained;
    out.lost[i] += r.lost;
  }
  return out;
}

export function followerSeries(
  db: Db,
  current: Range,
  previous: Range | null,
  stats: StatsDays,
  granularity: Granularity,
  provisionalFrom: string,
): FollowerSeries {
  const buckets = bucketsOf(current, granularity);
  const cur = bucketed(days(db, stats.current), buckets, granularity);
  // The comparison is drawn over the same buckets: its i-th bucket against this period's i-th.
  const prevBuckets = previous ? bucketsOf(previous, granularity) : [];
  const prev = bucketed(stats.previous ? days(db, stats.previous) : [], prevBuckets, granularity);
  const align = <T>(values: T[], fill: T) => buckets.map((_, i) => (i < values.length ? values[i] : fill));
  // Bucket i covers [b(i), b(i+1)): it holds a provisional day when it ends after provisionalFrom.
  const provisional = buckets.findIndex((_, i) => (buckets[i + 1] ?? '9999-12-31') > provisionalFrom);
  return {
    granularity,
    span: spanOf(current),
    buckets,
    total: cur.total,
    newFollowers: cur.gained,
    lostFollowers: cur.lost,
    previousTotal: previous ? align(prev.total, null) : [],
    previousNew: previous ? align(prev.gained, 0) : [],
    previousLost: previous ? align(prev.lost, 0) : [],
    provisionalFrom: provisional >= 0 ? provisional : null,
  };
}
