// A chart's time buckets over a period's days: each day on its own, weeks from Monday, or calendar
// months. A bucket is named by its first day ('YYYY-MM-DD'), even where the period starts later
// (its first bucket is then partial). Pure: the renderer labels the same buckets.
import { addDays, daysOf, endOfMonth, weekdayOf } from './days';

export type Granularity = 'day' | 'week' | 'month';

/** Chart granularity from a period's length: daily up to ~3 months, weekly up to ~2 years, then monthly. */
export function granularityFor(days: number): Granularity {
  return days <= 92 ? 'day' : days <= 731 ? 'week' : 'month';
}

/** The bucket a day belongs to: the day itself, the Monday of its week, or the first of its month.
 *  A month named 'YYYY-MM' is taken as its first day. */
export function bucketOf(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  return addDays(day, -weekdayOf(day));
}

/** The buckets a range of days falls in, oldest first. */
export function bucketsOf(range: { from: string; to: string }, granularity: Granularity): string[] {
  return [...new Set(daysOf(range).map((d) => bucketOf(d, granularity)))];
}

/** The last day a bucket covers: the bucket itself, the Sunday of its week, or the last of its month. */
export function bucketEnd(bucket: string, granularity: Granularity): string {
  if (granularity === 'day') return bucket;
  if (granularity === 'week') return addDays(bucket, 6);
  return endOfMonth(bucket.slice(0, 7));
}
