// Earnings by character (chat share vs embed) and by plugin (commission), with sparklines.
import type { Db } from '../../open';
import type { Range } from '../period';
import type { SourceEarnings } from '../types/earnings';
import { dec } from '../sums';
import { earnedBySource, type SourceAmount } from './by-source';
import { bucketOf, type Granularity } from './series';

const SOURCES = { sourceTypes: ['character', 'plugin'] } as const;

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
  const entry = (r: SourceAmount) => {
    const key = `${r.sourceType}:${r.id}\u0000${r.currency}`;
    let e = acc.get(key);
    if (!e) acc.set(key, (e = { type: r.sourceType, id: r.id, currency: r.currency, market: 0n, embed: 0n, prev: 0n, spark: sparkBuckets.map(() => 0n) }));
    return e;
  };
  for (const r of earnedBySource(db, { zone, ...current }, SOURCES, byMonth ? 'month' : 'day')) {
    const e = entry(r);
    if (r.stream === 'embed') e.embed += r.net;
    else e.market += r.net;
    const i = index.get(byMonth ? r.day : bucketOf(r.day, granularity));
    if (i !== undefined) e.spark[i] += r.net;
  }
  // The comparison needs only each source's total, not its days.
  if (previous) for (const r of earnedBySource(db, { zone, ...previous }, SOURCES)) entry(r).prev += r.net;
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
