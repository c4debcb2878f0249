// Earnings by character (chat share vs embed) and by plugin (commission), with sparklines.
import type { Db } from '../../open';
import type { Range } from '../period';
import type { SourceEarnings } from '../types/earnings';
import { dec } from '../sums';
import { eachEarnedBySource, labelOf, type SourceType } from './by-source';
import type { Granularity } from '../../time/buckets';

const SOURCES: readonly SourceType[] = ['character', 'plugin'];

function names(db: Db): Map<string, string> {
  const rows = db.prepare(`SELECT 'character:' || id AS k, name FROM characters UNION ALL SELECT 'plugin:' || id, name FROM plugins`)
    .all() as { k: string; name: string }[];
  return new Map(rows.map((r) => [r.k, r.name]));
}

/** A sparkline's buckets: the chart's days for short periods, months up to two years, quarters beyond. */
function sparkUnit(buckets: string[], granularity: Granularity): 'day' | 'month' | 'quarter' {
  if (granularity === 'day') return 'day';
  return new Set(buckets.map((b) => b.slice(0, 7))).size <= 24 ? 'month' : 'quarter';
}

/** One source's money in one currency: the period's by stream and by sparkline bucket, the comparison's total. */
export type SourceEntry = { type: SourceType; id: string; currency: string; market: bigint; embed: bigint; prev: bigint; spark: bigint[] };

/** Each source's money in the period by stream, its total in the previous one, and its sparkline. */
export function sourceEntries(
  db: Db,
  sourceTypes: readonly SourceType[],
  current: Range,
  previous: Range | null,
  zone: string,
  buckets: string[],
  granularity: Granularity,
): SourceEntry[] {
  const unit = sparkUnit(buckets, granularity);
  const sparkBuckets = [...new Set(buckets.map((b) => labelOf(b, unit)))];
  const index = new Map(sparkBuckets.map((b, i) => [b, i]));
  const acc = new Map<string, SourceEntry>();
  // Pieces come grouped by key, so most follow one of the same source and currency.
  let last: SourceEntry | undefined;
  const entry = (type: SourceType, id: string, currency: string): SourceEntry => {
    if (last && last.id === id && last.type === type && last.currency === currency) return last;
    const key = `${type}:${id}\u0000${currency}`;
    last = acc.get(key);
    if (!last) acc.set(key, (last = { type, id, currency, market: 0n, embed: 0n, prev: 0n, spark: sparkBuckets.map(() => 0n) }));
    return last;
  };
  // The comparison needs only each source's total, not its days.
  const reads = [{ span: { zone, ...current }, detail: unit }, ...(previous ? [{ span: { zone, ...previous } }] : [])];
  eachEarnedBySource(db, reads, { sourceTypes }, (part, type, id, currency, stream, day, net) => {
    const e = entry(type, id, currency);
    if (part === 1) e.prev += net;
    else {
      if (stream === 'embed') e.embed += net;
      else e.market += net;
      const i = index.get(day);
      if (i !== undefined) e.spark[i] += net;
    }
  });
  return [...acc.values()];
}

/** Sources named and ordered: by currency, then by money, largest first. */
export function listSources(db: Db, entries: SourceEntry[], previous: Range | null): SourceEarnings[] {
  const known = names(db);
  const rows = entries.map((e) => ({ e, total: e.market + e.embed, name: known.get(`${e.type}:${e.id}`) }));
  rows.sort((a, b) => (a.e.currency < b.e.currency ? -1 : a.e.currency > b.e.currency ? 1 : b.total > a.total ? 1 : b.total < a.total ? -1 : (a.name ?? a.e.id).localeCompare(b.name ?? b.e.id)));
  return rows.map(({ e, total, name }) => ({
    sourceType: e.type,
    id: e.id,
    name: name ?? `${e.id} (removed)`,
    live: name !== undefined,
    currency: e.currency,
    marketplace: dec(e.market),
    embed: dec(e.embed),
    total: { value: dec(total), previous: previous ? dec(e.prev) : null },
    // Whole numbers, not decimal strings: 30,000 of them this month (1,400 sources × 22 days) took
    // 15 ms to format and 298 KB of a 631 KB payload (188 KB now).
    spark: e.spark.map(Number),
  }));
}

export function sourceEarnings(db: Db, current: Range, previous: Range | null, zone: string, buckets: string[], granularity: Granularity): SourceEarnings[] {
  return listSources(db, sourceEntries(db, SOURCES, current, previous, zone, buckets, granularity), previous);
}
