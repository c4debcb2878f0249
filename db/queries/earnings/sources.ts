// Earnings by character (chat share vs embed) and by plugin (commission), with sparklines.
import type { Db } from '../../open';
import type { Range } from '../period';
import type { SourceEarnings } from '../types/earnings';
import { dec } from '../sums';
import { earnedBySource, labelOf, type SourceAmount } from './by-source';
import { type Granularity } from './series';

const SOURCES = { sourceTypes: ['character', 'plugin'] } as const;

function names(db: Db): Map<string, string> {
  const rows = db
    .prepare(`SELECT 'character:' || id AS k, name FROM characters UNION ALL SELECT 'plugin:' || id, name FROM plugins`)
    .all() as { k: string; name: string }[];
  return new Map(rows.map((r) => [r.k, r.name]));
}

/** A sparkline's buckets: the chart's days for short periods, months up to two years, quarters beyond. */
function sparkUnit(buckets: string[], granularity: Granularity): 'day' | 'month' | 'quarter' {
  if (granularity === 'day') return 'day';
  return new Set(buckets.map((b) => b.slice(0, 7))).size <= 24 ? 'month' : 'quarter';
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
  const unit = sparkUnit(buckets, granularity);
  const sparkBuckets = [...new Set(buckets.map((b) => labelOf(b, unit)))];
  const index = new Map(sparkBuckets.map((b, i) => [b, i]));
  const acc = new Map<string, { type: 'character' | 'plugin'; id: string; currency: string; market: bigint; embed: bigint; prev: bigint; spark: bigint[] }>();
  const entry = (r: SourceAmount) => {
    const key = `${r.sourceType}:${r.id}\u0000${r.currency}`;
    let e = acc.get(key);
    if (!e) acc.set(key, (e = { type: r.sourceType, id: r.id, currency: r.currency, market: 0n, embed: 0n, prev: 0n, spark: sparkBuckets.map(() => 0n) }));
    return e;
  };
  for (const r of earnedBySource(db, { zone, ...current }, SOURCES, unit)) {
    const e = entry(r);
    if (r.stream === 'embed') e.embed += r.net;
    else e.market += r.net;
    const i = index.get(r.day);
    if (i !== undefined) e.spark[i] += r.net;
  }
  // The comparison needs only each source's total, not its days.
  if (previous) for (const r of earnedBySource(db, { zone, ...previous }, SOURCES)) entry(r).prev += r.net;
  const rows = [...acc.values()].map((e) => ({ e, total: e.market + e.embed, name: known.get(`${e.type}:${e.id}`) }));
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
    spark: e.spark.map(dec),
  }));
}
