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

/** SQL for the bucket a stats date falls in; matches bucketOf() in earnings/series.ts (ISO weeks start on Monday). */
export function bucketSql(granularity: Granularity | null, column = 'date'): string {
  if (granularity === null) return `''`;
  if (granularity === 'day') return column;
  if (granularity === 'week') return `date(${column}, 'weekday 0', '-6 days')`;
  return `substr(${column}, 1, 7) || '-01'`;
}

export function emptyAgg(t: StatsTable): Agg {
  return { days: 0, sum: Object.fromEntries(t.sum.map((f) => [f, 0])), last: null };
}

type Grouped = Map<string, Map<string, Agg>>;

/**
 * Aggregates per item (and per bucket when a granularity is given) over a window; `id` limits it to
 * one item. Returns item id → bucket start ('' without buckets) → aggregate.
 */
export function aggregate(db: Db, t: StatsTable, w: DayWindow, granularity: Granularity | null = null, id?: string): Grouped {
  const bucket = bucketSql(granularity);
  const only = id === undefined ? '' : `AND ${t.id} = ?`;
  const params: unknown[] = [w.from, w.to, ...(id === undefined ? [] : [id])];
  const out: Grouped = new Map();
  const slot = (itemId: string, b: string): Agg => {
    let byBucket = out.get(itemId);
    if (!byBucket) out.set(itemId, (byBucket = new Map()));
    let agg = byBucket.get(b);
    if (!agg) byBucket.set(b, (agg = emptyAgg(t)));
    return agg;
  };
  const sums = t.sum.map((f) => `, coalesce(sum(${f}), 0) AS ${f}`).join('');
  const sumRows = db
    .prepare(`SELECT ${t.id} AS id, ${bucket} AS b, count(*) AS days${sums} FROM ${t.table} WHERE date >= ? AND date <= ? ${only} GROUP BY id, b`)
    .all(...params) as Record<string, string | number>[];
  for (const r of sumRows) {
    const agg = slot(String(r.id), String(r.b));
    agg.days = Number(r.days);
    for (const f of t.sum) agg.sum[f] = Number(r[f]);
  }
  if (t.last.length > 0) {
    const lastRows = db
      .prepare(
        `WITH m AS (SELECT ${t.id} AS id, ${bucket} AS b, max(date) AS d FROM ${t.table} WHERE date >= ? AND date <= ? ${only} GROUP BY id, b)
         SELECT m.id AS id, m.b AS b${t.last.map((f) => `, s.${f} AS ${f}`).join('')}
         FROM m JOIN ${t.table} s ON s.${t.id} = m.id AND s.date = m.d`,
      )
      .all(...params) as Record<string, string | number>[];
    for (const r of lastRows) slot(String(r.id), String(r.b)).last = Object.fromEntries(t.last.map((f) => [f, Number(r[f])]));
  }
  return out;
}

/** Whole-window aggregates per item. */
export function aggregateWhole(db: Db, t: StatsTable, w: DayWindow, id?: string): Map<string, Agg> {
  const out = new Map<string, Agg>();
  for (const [itemId, byBucket] of aggregate(db, t, w, null, id)) out.set(itemId, byBucket.get('')!);
  return out;
}

/** A keyed breakdown table (scenarios, models, milestones, identities, chapters). */
export interface KeyedTable {
  table: string;
  id: string;
  key: string;
  value: string;
}

/** Σ value per item and key over a window (per bucket too when a granularity is given): item → key → bucket → total. */
export function keyedTotals(
  db: Db,
  t: KeyedTable,
  w: DayWindow,
  granularity: Granularity | null = null,
  id?: string,
): Map<string, Map<string, Map<string, number>>> {
  const only = id === undefined ? '' : `AND ${t.id} = ?`;
  const rows = db
    .prepare(
      `SELECT ${t.id} AS id, ${t.key} AS k, ${bucketSql(granularity)} AS b, sum(${t.value}) AS v FROM ${t.table}
       WHERE date >= ? AND date <= ? ${only} GROUP BY id, k, b`,
    )
    .all(w.from, w.to, ...(id === undefined ? [] : [id])) as { id: string; k: string | number; b: string; v: number }[];
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const r of rows) {
    let byKey = out.get(r.id);
    if (!byKey) out.set(r.id, (byKey = new Map()));
    const k = String(r.k);
    let byBucket = byKey.get(k);
    if (!byBucket) byKey.set(k, (byBucket = new Map()));
    byBucket.set(r.b, r.v);
  }
  return out;
}

/** Totals per key of one item, summed over buckets. */
export function totalsOf(byKey: Map<string, Map<string, number>> | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, byBucket] of byKey ?? []) out.set(k, [...byBucket.values()].reduce((a, b) => a + b, 0));
  return out;
}
