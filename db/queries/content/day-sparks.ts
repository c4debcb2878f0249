// Sparklines of short periods: one value per item and stats day. Each day is one row of the daily
// table, so its aggregate is the row itself; the values go straight into each item's line instead of
// an aggregate object per item and day (10,000 for a month of 500 characters: a third of a payload's
// allocations, and the collections they cost).
import type { Db } from '../../open';
import { itemRows, type Agg, type DayWindow, type StatsTable } from './aggregate';
import { metricValue, type MetricDef } from './metrics';

/** Item id → the metric per bucket of `days` (UTC dates), null where the item has no stats day. */
export function daySparks(db: Db, t: StatsTable, def: MetricDef, w: DayWindow, days: string[]): Map<string, (number | null)[]> {
  const fields = [...t.sum, ...t.last];
  const source = itemRows(t, t.table, undefined);
  const items = db
    .prepare(`SELECT ${t.id}, group_concat(${['date', ...fields].join(` || ' ' || `)}) FROM ${source.from} WHERE date >= ? AND date <= ? GROUP BY ${source.item}`)
    .raw()
    .all(w.from, w.to) as [string, string][];
  const index = new Map(days.map((d, i) => [d, i]));
  // One day's aggregate, refilled for every row: metricValue reads it and keeps nothing.
  const day: Agg = { days: 1, sum: {}, last: {}, lastDate: null };
  const out = new Map<string, (number | null)[]>();
  for (const [id, rows] of items) {
    const line: (number | null)[] = days.map(() => null);
    for (const row of rows.split(',')) {
      const values = row.split(' ');
      const at = index.get(values[0]);
      if (at === undefined) continue;
      for (let i = 0; i < t.sum.length; i++) day.sum[t.sum[i]] = Number(values[1 + i]);
      for (let i = 0; i < t.last.length; i++) day.last![t.last[i]] = Number(values[1 + t.sum.length + i]);
      day.lastDate = values[0];
      line[at] = metricValue(def, day);
    }
    out.set(id, line);
  }
  return out;
}
