// Earnings by character (chat share vs embed) and by plugin (commission), with sparklines.
import { DateTime } from 'luxon';
import type { Db } from '../../open';
import { rollupZone } from '../../rollups';
import type { Range } from '../period';
import type { SourceEarnings } from '../types/earnings';
import { dec, EARNED, exactAll } from '../sums';
import { localDateSql } from '../timezone';
import { bucketOf, type Granularity } from './series';

interface Row {
  sourceType: 'character' | 'plugin';
  id: string;
  currency: string;
  stream: string;
  day: string;
  net: bigint;
}

/** Per source, currency, stream and local day (or only per source: `perDay` false), from the ledger rows ('+' keeps the planner on the time index). */
function rawPerDay(db: Db, zone: string, startMs: number, endMs: number, perDay = true): Row[] {
  if (endMs <= startMs) return [];
  const local = perDay ? localDateSql('occurred_ms', zone, startMs, endMs) : { sql: "''", params: [] };
  return exactAll<Row>(
    db,
    `SELECT source_type AS sourceType, source_id AS id, currency, stream, ${local.sql} AS day, sum(net) AS net
     FROM ledger WHERE occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} AND +source_type IN ('character', 'plugin')
     GROUP BY source_type, source_id, currency, stream, day`,
    [...local.params, startMs, endMs],
  );
}

/** The whole local months inside [startMs, endMs) and the pieces around them. */
function wholeMonths(zone: string, startMs: number, endMs: number): { first: string; last: string; edges: [number, number][] } | null {
  const start = DateTime.fromMillis(startMs, { zone });
  const firstStart = start.startOf('month').toMillis() === startMs ? start.startOf('month') : start.plus({ months: 1 }).startOf('month');
  const lastEnd = DateTime.fromMillis(endMs, { zone }).startOf('month');
  if (lastEnd <= firstStart) return null;
  return {
    first: firstStart.toFormat('yyyy-MM'),
    last: lastEnd.minus({ months: 1 }).toFormat('yyyy-MM'),
    edges: [
      [startMs, firstStart.toMillis()],
      [lastEnd.toMillis(), endMs],
    ],
  };
}

/**
 * Per source and local day (`day` is 'YYYY-MM-DD'), or per month for long ranges ('YYYY-MM'): whole
 * months from the trigger-kept ledger_source_monthly rollup, the partial months from the rows.
 */
function perSource(db: Db, range: Range, zone: string, byMonth: boolean, perDay = true): Row[] {
  const split = byMonth && rollupZone(db) === zone ? wholeMonths(zone, range.startMs, range.endMs) : null;
  if (!split) return rawPerDay(db, zone, range.startMs, range.endMs, perDay);
  const months = exactAll<Row>(
    db,
    `SELECT source_type AS sourceType, source_id AS id, currency, stream, month AS day, sum(net) AS net FROM ledger_source_monthly
     WHERE month >= ? AND month <= ? AND ${EARNED} AND source_type IN ('character', 'plugin')
     GROUP BY source_type, source_id, currency, stream, month`,
    [split.first, split.last],
  );
  return [...months, ...split.edges.flatMap(([s, e]) => rawPerDay(db, zone, s, e, perDay))];
}

function names(db: Db): Map<string, string> {
  const rows = db
    .prepare(`SELECT 'character:' || id AS k, name FROM characters UNION ALL SELECT 'plugin:' || id, name FROM plugins`)
    .all() as { k: string; name: string }[];
  return new Map(rows.map((r) => [r.k, r.name]));
}

export function sourceEarnings(
  db: Db,
  current: Range,
  previous: Range | null,
  zone: string,
  buckets: string[],
  granularity: Granularity,
): SourceEarnings[] {
  const known = names(db);
  // Long periods draw their sparklines per month (from the rollup); short ones per chart bucket.
  const byMonth = granularity !== 'day';
  const sparkBuckets = byMonth ? [...new Set(buckets.map((b) => b.slice(0, 7)))] : buckets;
  const index = new Map(sparkBuckets.map((b, i) => [b, i]));
  const acc = new Map<string, { type: 'character' | 'plugin'; id: string; currency: string; market: bigint; embed: bigint; prev: bigint; spark: bigint[] }>();
  const entry = (r: Row) => {
    const key = `${r.sourceType}:${r.id}\u0000${r.currency}`;
    let e = acc.get(key);
    if (!e) acc.set(key, (e = { type: r.sourceType, id: r.id, currency: r.currency, market: 0n, embed: 0n, prev: 0n, spark: sparkBuckets.map(() => 0n) }));
    return e;
  };
  for (const r of perSource(db, current, zone, byMonth)) {
    const e = entry(r);
    if (r.stream === 'embed') e.embed += r.net;
    else e.market += r.net;
    const i = index.get(byMonth ? r.day.slice(0, 7) : bucketOf(r.day, granularity));
    if (i !== undefined) e.spark[i] += r.net;
  }
  // The comparison needs only each source's total, not its days.
  if (previous) for (const r of perSource(db, previous, zone, true, false)) entry(r).prev += r.net;
  return [...acc.values()]
    .map((e) => {
      const name = known.get(`${e.type}:${e.id}`);
      return {
        sourceType: e.type,
        id: e.id,
        name: name ?? `${e.id} (removed)`,
        live: name !== undefined,
        currency: e.currency,
        marketplace: dec(e.market),
        embed: dec(e.embed),
        total: { value: dec(e.market + e.embed), previous: previous ? dec(e.prev) : null },
        spark: e.spark.map(dec),
      };
    })
    .sort((a, b) => a.currency.localeCompare(b.currency) || compareDecimal(b.total.value, a.total.value) || a.name.localeCompare(b.name));
}

/** Orders two exact decimal strings without floats. */
export function compareDecimal(a: string, b: string): number {
  const toMicros = (s: string) => {
    const [i, f = ''] = s.split('.');
    const neg = i.startsWith('-');
    const v = BigInt(i.replace('-', '')) * 1_000_000n + BigInt(f.padEnd(6, '0'));
    return neg ? -v : v;
  };
  const d = toMicros(a) - toMicros(b);
  return d === 0n ? 0 : d > 0n ? 1 : -1;
}
