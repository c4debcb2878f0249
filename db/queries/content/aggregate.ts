// Daily stats summed over a window of UTC dates, per item and optionally per chart bucket, in SQL.
// Two kinds of fields: counts that add up over days (chats, plays) and the platform's distinct counts
// (30-day active users, 7-day active chats, end-of-day install totals), which must never be summed:
// for those the value on the last stats day of the window (or bucket) is the answer.
import type { Db } from '../../open';
import type { Granularity } from '../types/content';

/** A stats table: its item id column, the fields that add up, and the fields read on the last day. */
export interface StatsTable {
  table: string;
  id: string;
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
}

/**
 * SQL for the bucket a stats date falls in, and how to turn its value into the bucket's start date
 * (matching bucketOf() in earnings/series.ts). Weeks go through the Julian day number, which is
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
  if (granularity === 'week') return new Date((Number(raw) * 7 - JDN_1970) * 86_400_000).toISOString().slice(0, 10);
  if (granularity === 'month') return `${raw}-01`;
  return String(raw);
}

export function emptyAgg(t: StatsTable): Agg {
  return { days: 0, sum: Object.fromEntries(t.sum.map((f) => [f, 0])), last: null };
}

type Grouped = Map<string, Map<string, Agg>>;

/**
 * Aggregates per item (and per bucket when a granularity is given) over a window; `id` limits it to
 * one item. Returns item id → bucket start ('' without buckets) → aggregate. One pass: SQLite takes
 * the bare `last` columns from the row holding max(date) (its documented min/max rule).
 */
export function aggregate(db: Db, t: StatsTable, w: DayWindow, granularity: Granularity | null = null, id?: string): Grouped {
  const only = id === undefined ? '' : `AND ${t.id} = ?`;
  const groupBy = granularity === null ? t.id : `${t.id}, b`;
  const sums = t.sum.map((f) => `, coalesce(sum(${f}), 0) AS ${f}`).join('');
  const lasts = t.last.map((f) => `, ${f}`).join('');
  const rows = db
    .prepare(
      `SELECT ${t.id} AS id, ${bucketSql(granularity)} AS b, count(*) AS days${sums}, max(date) AS last_date${lasts}
       FROM ${t.table} WHERE date >= ? AND date <= ? ${only} GROUP BY ${groupBy}`,
    )
    .all(w.from, w.to, ...(id === undefined ? [] : [id])) as Record<string, string | number>[];
  const out: Grouped = new Map();
  for (const r of rows) {
    let byBucket = out.get(String(r.id));
    if (!byBucket) out.set(String(r.id), (byBucket = new Map()));
    byBucket.set(bucketKey(granularity, r.b), {
      days: Number(r.days),
      sum: Object.fromEntries(t.sum.map((f) => [f, Number(r[f])])),
      last: t.last.length > 0 ? Object.fromEntries(t.last.map((f) => [f, Number(r[f])])) : {},
    });
  }
  return out;
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
  let lastBucket = '';
  for (const [bucket, agg] of byBucket) {
    out.days += agg.days;
    for (const f of t.sum) out.sum[f] += agg.sum[f];
    if (bucket >= lastBucket) {
      lastBucket = bucket;
      out.last = agg.last;
    }
  }
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
  // These tables have no date index: for all items, walk the catalogue and seek each item's days in
  // the primary key (CROSS JOIN keeps that order), instead of scanning every row ever synced.
  const from = id === undefined ? `${t.catalogue} c CROSS JOIN ${t.table} s ON s.${t.id} = c.id` : `${t.table} s`;
  const only = id === undefined ? '' : `AND s.${t.id} = ?`;
  const rows = db
    .prepare(
      `SELECT s.${t.id} AS id, s.${t.key} AS k, ${bucketSql(granularity, 's.date')} AS b, sum(s.${t.value}) AS v FROM ${from}
       WHERE s.date >= ? AND s.date <= ? ${only} GROUP BY s.${t.id}, s.${t.key}${granularity === null ? '' : ', b'}`,
    )
    .all(w.from, w.to, ...(id === undefined ? [] : [id])) as { id: string; k: string | number; b: string | number; v: number }[];
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const r of rows) {
    let byKey = out.get(r.id);
    if (!byKey) out.set(r.id, (byKey = new Map()));
    const k = String(r.k);
    let byBucket = byKey.get(k);
    if (!byBucket) byKey.set(k, (byBucket = new Map()));
    byBucket.set(bucketKey(granularity, r.b), r.v);
  }
  return out;
}

/** Totals per key of one item, summed over buckets. */
export function totalsOf(byKey: Map<string, Map<string, number>> | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, byBucket] of byKey ?? []) out.set(k, [...byBucket.values()].reduce((a, b) => a + b, 0));
  return out;
}
