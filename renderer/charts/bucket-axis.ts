// The x axis of a chart over a period's buckets (days, weeks from Monday, months): labels that say
// which days each bucket holds, so that a partial bucket is never read as a whole one.
import { bucketEnd, type Granularity } from '../../db/time/buckets';
import { bucketLabel, shortDayLabel } from '../../db/words/dates';

export interface BucketAxis {
  labels: string[];
  /** Buckets that hold only part of their days: the first (the period starts mid-week or mid-month)
   *  and the last (the period ends early, or is still running). Drawn lighter. */
  partial: number[];
  /** The days behind the labels: what the chart's event markers are placed by (markers.ts). */
  timeline: ChartTimeline;
}

/** A chart's buckets as days: each bucket's first day, their granularity, and the days they cover. */
export interface ChartTimeline {
  buckets: string[];
  granularity: Granularity;
  from: string;
  to: string;
}


export function bucketAxis(buckets: string[], granularity: Granularity, range: { from: string; to: string; partial: boolean }): BucketAxis {
  // Across a new year, day and week labels carry the year (month labels always do).
  const withYear = granularity !== 'month' && range.from.slice(0, 4) !== range.to.slice(0, 4);
  const partial: number[] = [];
  const labels = buckets.map((b, i) => {
    let label = granularity === 'month' ? bucketLabel(b, 'month') : shortDayLabel(b, withYear);
    if (i === 0 && b < range.from) {
      label = granularity === 'month' ? `${bucketLabel(b, 'month')} from ${shortDayLabel(range.from, false)}` : shortDayLabel(range.from, withYear);
      partial.push(i);
    }
    if (i === buckets.length - 1 && (range.partial || range.to < bucketEnd(b, granularity))) {
      if (granularity !== 'day' || range.partial) label += range.partial ? ' (to date)' : ` (to ${shortDayLabel(range.to, false)})`;
      if (!partial.includes(i)) partial.push(i);
    }
    return label;
  });
  return { labels, partial, timeline: { buckets, granularity, from: range.from, to: range.to } };
}

/** The labels and partial buckets of a payload's series, as TimeChart props. */
export function axisOf(set: { buckets: string[]; granularity: Granularity; span: { from: string; to: string; partial: boolean } }): BucketAxis {
  return bucketAxis(set.buckets, set.granularity, set.span);
}

/** Months ('YYYY-MM', oldest first) ending with the period's month: the last one is partial when the
 *  period ends before that month does, or is still running. */
export function monthAxis(months: string[], span: { to: string; partial: boolean }): BucketAxis | { labels: string[]; partial: number[] } {
  if (months.length === 0) return { labels: [], partial: [] };
  return bucketAxis(months.map((m) => `${m}-01`), 'month', { from: `${months[0]}-01`, to: span.to, partial: span.partial });
}
