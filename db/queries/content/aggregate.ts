// Daily stats summed over a window of UTC dates, per item and optionally per chart bucket, in SQL.
// Two kinds of fields: counts that add up over days (chats, plays) and the platform's distinct counts
// (30-day active users, 7-day active chats, end-of-day install totals), which must never be summed:
// for those the value on the last stats day of the window (or bucket) is the answer.
import type { Db } from '../../open';
import { monthlyTable, rollupOf } from '../../rollups/stats-monthly';
import type { Granularity } from '../../time/buckets';
import { addDays, addMonths, civilDate, endOfMonth } from '../../time/days';

/** A stats table: its item id column, the fields that add up, and the fields read on the last day. */
export interface StatsTable {
  table: string;
  id: string;
  /** The catalogue the ids come from: all items' days are read by seeking each item's in turn. */
  catalogue: string;
  sum: readonly string[];
  last: readonly string[];
}

/** A window of stats days: UTC dates, inclusive. */
export interface DayWindow {
  from: string;
  to: string;
}

export interface Agg {
  /** Stats days in the window (0: the item has no stats there). */
  days: number;
  sum: Record<string, number>;
  /** The `last` fields on the last stats day in the window; null without a stats day. */
  last: Record<string, number> | null;
  /** That last stats day (tracked only for tables with `last` fields). */
  lastDate: string | null;
}

/**
 * SQL for the bucket a stats date falls in, and how to turn its value into the bucket's start date
 * (matching bucketOf() in db/time/buckets.ts). Weeks go through the Julian day number, which is
 * cheaper than date()'s modifiers over hundreds of thousands of rows: JDN 0 was a Monday.
 */
export function bucketSql(granularity: Granularity | null, column = 'date'): string {
  if (granularity === null) return `''`;
  if (granularity === 'day') return column;
  if (granularity === 'week') return `CAST(julianday(${column}) + 0.5 AS INTEGER) / 7`;
  return `substr(${column}, 1, 7)`;
}

const JDN_1970 = 2_440_588;

function bucketKey(granularity: Granularity | null, raw: string | number): string {
  if (granularity === 'week') return civilDate(Number(raw) * 7 - JDN_1970);
  if (granularity === 'month') return `${raw}-01`;
  return String(raw);
}

export function emptyAgg(t: StatsTable): Agg {
  return { days: 0, sum: Object.fromEntries(t.sum.map((f) => [f, 0])), last: null, lastDate: null };
}

/** Adds `b` into `a`: days and sums add up, the `last` fields come from the later last day. */
export function absorb(t: StatsTable, a: Agg, b: Agg): void {
  a.days += b.days;
  for (const f of t.sum) a.sum[f] += b.sum[f];
  if (a.last === null || (b.lastDate !== null && (a.lastDate === null || b.lastDate >= a.lastDate))) {
    a.lastDate = b.lastDate;
    a.last = b.last;
  }
}

/**
 * A window split into whole calendar months (read from a monthly rollup) and the days around them.
 * Stats dates are UTC calendar dates, so months need no zone.
 */
export function splitMonths(w: DayWindow): { months: { first: string; last: string } | null; edges: DayWindow[] } {
  const firstStart = w.from.endsWith('-01') ? w.from : addMonths(w.from.slice(0, 7), 1) + '-01';
  const lastEnd = endOfMonth(w.to.slice(0, 7)) === w.to ? w.to : endOfMonth(addMonths(w.to.slice(0, 7), -1));
  if (lastEnd < firstStart) return { months: null, edges: [w] };
  const edges: DayWindow[] = [];
  if (w.from < firstStart) edges.push({ from: w.from, to: addDays(firstStart, -1) });
  if (lastEnd < w.to) edges.push({ from: addMonths(lastEnd.slice(0, 7), 1) + '-01', to: w.to });
  return { months: { first: firstStart.slice(0, 7), last: lastEnd.slice(0, 7) }, edges };
}

type Grouped = Map<string, Map<string, Agg>>;

/** The first and last day stored in a daily stats table (db/stats-extent.ts), or null when it is empty. */
export function statsExtent(db: Db, table: string): { first: string; last: string } | null {
  return (db.prepare('SELECT first_date AS first, last_date AS last FROM stats_extent WHERE tbl = ?').get(table) as { first: string; last: string } | undefined) ?? null;
}

/**
 * The window with either end moved to its month's edge where no stored day lies between: the same
 * rows, so the same sums, day counts and last days, and more of it on whole months. "This month"
 * through the last synced day is then one row per item of the monthly rollup, not one per day.
 */
export function widenToMonths(db: Db, table: string, w: DayWindow): DayWindow {
  const extent = statsExtent(db, table);
  if (!extent) return w;
  return {
    from: w.from <= extent.first ? `${w.from.slice(0, 7)}-01` : w.from,
    to: w.to >= extent.last ? endOfMonth(w.to.slice(0, 7)) : w.to,
  };
}

/**
 * The rows of a daily table or its monthly rollup to read, and the column to group them by: one item's
 * through its key; all items by walking the catalogue and seeking each item's run (CROSS JOIN keeps
 * that order, so grouping needs no sort). Both are stored by item, then date or month: without the
 * walk, the planner takes the date index and looks each row up again, or scans every month.
 */
export function itemRows(t: StatsTable, table: string, id: string | undefined): { from: string; item: string } {
  if (id !== undefined) return { from: table, item: t.id };
  return { from: `${t.catalogue} CROSS JOIN ${table} ON ${t.id} = ${t.catalogue}.id`, item: `${t.catalogue}.id` };
}

/** The monthly rollup of a stats table when it holds every field `t` needs. */
export function monthlyFor(t: StatsTable): string | null {
  const r = rollupOf(t.table);
  const has = (f: string, of: readonly string[]) => of.includes(f);
  if (!r || r.keys.length !== 1 || r.keys[0] !== t.id) return null;
  return t.sum.every((f) => has(f, r.sums)) && t.last.every((f) => has(f, r.last)) ? monthlyTable(t.table) : null;
}

/** A summed field of a daily row as text-joinable SQL: a field older platforms may not send is null on
 *  their days, which would blank the whole joined row, so it counts 0 there (its days are counted apart). */
export function dayField(table: string, field: string): string {
  return rollupOf(table)?.partial?.includes(field) ? `coalesce(${field}, 0)` : field;
}

/** Rows of (id, bucket, days, sums…, last_date, lasts…) folded into `out`. */
function collect(t: StatsTable, granularity: Granularity | null, rows: unknown[][], out: Grouped): void {
  const nSum = t.sum.length;
  for (const r of rows) {
    const id = String(r[0]);
    const bucket = bucketKey(granularity, r[1] as string | number);
    const sum: Record<string, number> = {};
    for (let i = 0; i < nSum; i++) sum[t.sum[i]] = Number(r[3 + i] ?? 0);
    const last: Record<string, number> = {};
    for (let i = 0; i < t.last.length; i++) last[t.last[i]] = Number(r[4 + nSum + i]);
    const agg: Agg = { days: Number(r[2]), sum, last, lastDate: r[3 + nSum] as string | null };
    let byBucket = out.get(id);
    if (!byBucket) out.set(id, (byBucket = new Map()));
    const had = byBucket.get(bucket);
    if (had) absorb(t, had, agg);
    else byBucket.set(bucket, agg);
  }
}

/**
 * Aggregates per item of the catalogue (and per bucket when a granularity is given) over a window;
 * `id` limits it to one item. Returns item id → bucket start ('' without buckets) → aggregate. Whole
 * months come from the trigger-kept monthly rollup when buckets are months or none; days from the
 * daily rows. SQLite takes the bare `last` columns from the row holding max(date) (its documented
 * min/max rule).
 */
export function aggregate(db: Db, t: StatsTable, w: DayWindow, granularity: Granularity | null = null, id?: string): Grouped {
  const only = id === undefined ? '' : `AND ${t.id} = ?`;
  const bucket = granularity === null ? '' : ', b';
  const sums = t.sum.map((f) => `, coalesce(sum(${f}), 0)`).join('');
  const lasts = t.last.map((f) => `, ${f}`).join('');
  const monthly = granularity === null || granularity === 'month' ? monthlyFor(t) : null;
  const split = monthly ? splitMonths(widenToMonths(db, t.table, w)) : { months: null, edges: [w] };
  const out: Grouped = new Map();
  const idParam = id === undefined ? [] : [id];
  if (split.months && granularity === 'month') {
    const rows = eachRow(db, t, monthly, split.months, only, idParam);
    collect(t, granularity, rows, out);
  } else if (split.months && monthly) {
    const months = itemRows(t, monthly, id);
    const rows = db.prepare(
      `SELECT ${t.id}, ${granularity === null ? "''" : 'month'} AS b, sum(days)${sums}, ${t.last.length > 0 ? 'max(last_date)' : 'NULL'}${lasts}
       FROM ${months.from} WHERE month >= ? AND month <= ? ${only} GROUP BY ${months.item}${bucket}`,
    )
      .raw()
      .all(split.months.first, split.months.last, ...idParam) as unknown[][];
    collect(t, granularity, rows, out);
  }
  if (granularity === 'day') {
    for (const e of split.edges) collect(t, granularity, eachRow(db, t, null, { first: e.from, last: e.to }, only, idParam), out);
    return out;
  }
  if (split.edges.length === 0) return out;
  const days = itemRows(t, t.table, id);
  const daily = db.prepare(
    `SELECT ${t.id}, ${bucketSql(granularity)} AS b, count(*)${sums}, max(date)${lasts}
     FROM ${days.from} WHERE date >= ? AND date <= ? ${only} GROUP BY ${days.item}${bucket}`,
  )
    .raw();
  for (const e of split.edges) collect(t, granularity, daily.all(e.from, e.to, ...idParam) as unknown[][], out);
  return out;
}

/**
 * Per item and day (or month of the rollup), the rows as collect() takes them; each item's rows come
 * joined in one string ('unit v v …,…'), since a row per item and day cost three times the query to
 * turn into values (15,000 for a month of 500 characters, 30,000 months over all time). A day is one
 * row of the daily table (one day, last on itself); a month of the rollup says its days and last date.
 */
function eachRow(db: Db, t: StatsTable, monthly: string | null, range: { first: string; last: string }, only: string, idParam: string[]): unknown[][] {
  const unit = monthly ? 'month' : 'date';
  const lastDate = monthly !== null && t.last.length > 0;
  const sums = monthly ? t.sum : t.sum.map((f) => dayField(t.table, f));
  const fields = [unit, ...(monthly ? ['days'] : []), ...sums, ...(lastDate ? ['last_date'] : []), ...t.last].join(` || ' ' || `);
  const source = itemRows(t, monthly ?? t.table, idParam[0]);
  const items = db.prepare(`SELECT ${t.id}, group_concat(${fields}) FROM ${source.from} WHERE ${unit} >= ? AND ${unit} <= ? ${only} GROUP BY ${source.item}`)
    .raw()
    .all(range.first, range.last, ...idParam) as [string, string][];
  const rows: unknown[][] = [];
  const nSum = t.sum.length;
  for (const [id, units] of items)
    for (const row of units.split(',')) {
      const values = row.split(' ');
      const name = values[0];
      if (!monthly) rows.push([id, name, 1, ...values.slice(1, 1 + nSum), name, ...values.slice(1 + nSum)]);
      else rows.push([id, name, values[1], ...values.slice(2, 2 + nSum), lastDate ? values[2 + nSum] : null, ...values.slice(lastDate ? 3 + nSum : 2 + nSum)]);
    }
  return rows;
}

/** Whole-window aggregates per item. */
export function aggregateWhole(db: Db, t: StatsTable, w: DayWindow, id?: string): Map<string, Agg> {
  const out = new Map<string, Agg>();
  for (const [itemId, byBucket] of aggregate(db, t, w, null, id)) out.set(itemId, byBucket.get('')!);
  return out;
}

/** One item's buckets folded into the whole window: sums add up, distinct counts come from the last bucket. */
export function mergeBuckets(t: StatsTable, byBucket: Map<string, Agg> | undefined): Agg | undefined {
  if (!byBucket || byBucket.size === 0) return undefined;
  const out = emptyAgg(t);
  for (const agg of byBucket.values()) absorb(t, out, agg);
  return out;
}

/** A keyed breakdown table (scenarios, models, milestones, identities, chapters). */
export interface KeyedTable {
  table: string;
  id: string;
  key: string;
  value: string;
  /** The catalogue the ids come from (characters, stories). */
  catalogue: string;
}

/** Σ value per item and key over a window (per bucket too when a granularity is given): item → key → bucket → total. */
export function keyedTotals(
  db: Db,
  t: KeyedTable,
  w: DayWindow,
  granularity: Granularity | null = null,
  id?: string,
): Map<string, Map<string, Map<string, number>>> {
  const r = rollupOf(t.table);
  const useMonthly = (granularity === null || granularity === 'month') && r !== undefined && r.sums.includes(t.value);
  const split = useMonthly ? splitMonths(widenToMonths(db, t.table, w)) : { months: null, edges: [w] };
  const only = id === undefined ? '' : `AND s.${t.id} = ?`;
  const idParam = id === undefined ? [] : [id];
  const groupBy = `s.${t.id}, s.${t.key}${granularity === null ? '' : ', b'}`;
  const parts: unknown[][][] = [];
  if (split.months)
    parts.push(
      db.prepare(
        `SELECT s.${t.id}, s.${t.key}, ${granularity === null ? "''" : 's.month'} AS b, sum(s.${t.value}) FROM ${monthlyTable(t.table)} s
         WHERE s.month >= ? AND s.month <= ? ${only} GROUP BY ${groupBy}`,
      )
        .raw()
        .all(split.months.first, split.months.last, ...idParam) as unknown[][],
    );
  if (granularity === null && id === undefined) {
    for (const e of split.edges) parts.push(keyedWhole(db, t, e));
    return fold(parts, granularity);
  }
  if (split.edges.length === 0) return fold(parts, granularity);
  // The daily tables have no date index: for all items, walk the catalogue and seek each item's days
  // in the primary key (CROSS JOIN keeps that order), instead of scanning every row ever synced.
  const from = id === undefined ? `${t.catalogue} c CROSS JOIN ${t.table} s ON s.${t.id} = c.id` : `${t.table} s`;
  const daily = db.prepare(
    `SELECT s.${t.id}, s.${t.key}, ${bucketSql(granularity, 's.date')} AS b, sum(s.${t.value}) FROM ${from}
     WHERE s.date >= ? AND s.date <= ? ${only} GROUP BY ${groupBy}`,
  )
    .raw();
  for (const e of split.edges) parts.push(daily.all(e.from, e.to, ...idParam) as unknown[][]);
  return fold(parts, granularity);
}

/**
 * Σ value per item and key over a window of days, each item's keys summed on their own (one small
 * grouping per item, not one over every row of the window: 12 ms instead of 18 for a month of 500
 * characters' scenarios) and sent back as one JSON array per item, whatever text the keys hold.
 */
function keyedWhole(db: Db, t: KeyedTable, w: DayWindow): unknown[][] {
  const items = db.prepare(
    `SELECT c.id, (SELECT json_group_array(json_array(k, n)) FROM (
       SELECT s.${t.key} AS k, sum(s.${t.value}) AS n FROM ${t.table} s WHERE s.${t.id} = c.id AND s.date >= ? AND s.date <= ? GROUP BY s.${t.key}))
     FROM ${t.catalogue} c`,
  )
    .raw()
    .all(w.from, w.to) as [string, string][];
  return items.flatMap(([id, keys]) => (JSON.parse(keys) as [unknown, number][]).map(([k, n]) => [id, k, '', n]));
}

function fold(parts: unknown[][][], granularity: Granularity | null): Map<string, Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const rows of parts)
    for (const [rowId, k, b, v] of rows) {
      let byKey = out.get(String(rowId));
      if (!byKey) out.set(String(rowId), (byKey = new Map()));
      let byBucket = byKey.get(String(k));
      if (!byBucket) byKey.set(String(k), (byBucket = new Map()));
      const bucket = bucketKey(granularity, b as string | number);
      byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + Number(v));
    }
  return out;
}

/** Σ value per key of a table keyed by (date, key) or (key, date), over a window: whole months from its monthly rollup. */
export function sumByKey(db: Db, table: string, key: string, value: string, w: DayWindow): Map<string, number> {
  const r = rollupOf(table);
  const split = r && r.keys.length === 1 && r.keys[0] === key && r.sums.includes(value) ? splitMonths(widenToMonths(db, table, w)) : { months: null, edges: [w] };
  const out = new Map<string, number>();
  const add = (rows: unknown[][]) => {
    for (const [k, v] of rows) out.set(String(k), (out.get(String(k)) ?? 0) + Number(v));
  };
  if (split.months)
    add(
      db.prepare(`SELECT ${key}, sum(${value}) FROM ${monthlyTable(table)} WHERE month >= ? AND month <= ? GROUP BY ${key}`)
        .raw()
        .all(split.months.first, split.months.last) as unknown[][],
    );
  const daily = db.prepare(`SELECT ${key}, sum(${value}) FROM ${table} WHERE date >= ? AND date <= ? GROUP BY ${key}`).raw();
  for (const e of split.edges) add(daily.all(e.from, e.to) as unknown[][]);
  return out;
}

/** Totals per key of one item, summed over buckets. */
export function totalsOf(byKey: Map<string, Map<string, number>> | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, byBucket] of byKey ?? []) out.set(k, [...byBucket.values()].reduce((a, b) => a + b, 0));
  return out;
}
