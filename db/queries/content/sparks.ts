// Sparklines: one value per item and day, or per item and month of the monthly rollup. Each day is
// one row of the daily table and each whole month one row of the rollup, so the row is the bucket's
// aggregate: its values go straight into the item's line through one reused aggregate, instead of an
// array and an aggregate object per item and bucket (30,000 months over all time for 500 characters,
// 10,000 days for a month: a third of a payload's allocations, and the collections they cost).
import type { Db } from '../../open';
import { monthlyTable } from '../../rollups/stats-monthly';
import { absorb, aggregate, aggregateWhole, dayField, itemRows, monthlyFor, splitMonths, widenToMonths, type Agg, type DayWindow, type StatsTable } from './aggregate';
import { endOfMonth } from '../../time/days';
import { metricValue, type MetricDef } from './metrics';

export type Line = (number | null)[];

/**
 * Item id → the metric per bucket, null where the item has no row. `range` is of UTC dates in the
 * daily table, or of months ('YYYY-MM') in its rollup, whose buckets are named by their first day.
 */
export function sparkLines(db: Db, t: StatsTable, def: MetricDef, range: { first: string; last: string }, buckets: string[], unit: 'day' | 'month'): Map<string, Line> {
  const month = unit === 'month';
  const column = month ? 'month' : 'date';
  const source = itemRows(t, month ? monthlyTable(t.table) : t.table, undefined);
  const sums = month ? t.sum : t.sum.map((f) => dayField(t.table, f));
  const items = db.prepare(`SELECT ${t.id}, group_concat(${[column, ...sums, ...t.last].join(` || ' ' || `)}) FROM ${source.from} WHERE ${column} >= ? AND ${column} <= ? GROUP BY ${source.item}`)
    .raw()
    .all(range.first, range.last) as [string, string][];
  const index = new Map(buckets.map((b, i) => [b, i]));
  // One bucket's aggregate, refilled for every row: metricValue reads its sums and last-day values
  // (a month row's are its last stored day's) and keeps nothing.
  const bucket: Agg = { days: 1, sum: {}, last: {}, lastDate: null };
  const out = new Map<string, Line>();
  for (const [id, rows] of items) {
    const line: Line = buckets.map(() => null);
    for (const row of rows.split(',')) {
      const values = row.split(' ');
      const at = index.get(month ? `${values[0]}-01` : values[0]);
      if (at === undefined) continue;
      for (let i = 0; i < t.sum.length; i++) bucket.sum[t.sum[i]] = Number(values[1 + i]);
      for (let i = 0; i < t.last.length; i++) bucket.last![t.last[i]] = Number(values[1 + t.sum.length + i]);
      line[at] = metricValue(def, bucket);
    }
    out.set(id, line);
  }
  return out;
}

/**
 * Whole-window aggregates of every field, and a sparkline per month of `def` over `spark` (a narrower
 * view of `t`), in one pass over the days: the days around the whole months lie within one month
 * each, so each edge's whole aggregate is also its month's bucket, and is read once for both.
 */
export function wholeAndMonthLines(db: Db, t: StatsTable, spark: StatsTable, def: MetricDef, w: DayWindow, buckets: string[]): { totals: Map<string, Agg>; lines: Map<string, Line> } {
  const split = monthlyFor(t) ? splitMonths(widenToMonths(db, t.table, w)) : null;
  if (!split?.months) {
    const months = aggregate(db, spark, w, 'month');
    return { totals: aggregateWhole(db, t, w), lines: new Map([...months].map(([id, own]) => [id, buckets.map((b) => metricValue(def, own.get(b)))])) };
  }
  const totals = aggregateWhole(db, t, { from: `${split.months.first}-01`, to: endOfMonth(split.months.last) });
  const lines = sparkLines(db, spark, def, split.months, buckets, 'month');
  for (const edge of split.edges) {
    const at = buckets.indexOf(`${edge.from.slice(0, 7)}-01`);
    for (const [id, agg] of aggregateWhole(db, t, edge)) {
      let line = lines.get(id);
      if (!line) lines.set(id, (line = buckets.map(() => null)));
      if (at >= 0) line[at] = metricValue(def, agg);
      const total = totals.get(id);
      if (total) absorb(t, total, agg);
      else totals.set(id, agg);
    }
  }
  return { totals, lines };
}
