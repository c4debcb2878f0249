// Earnings over time: net per local day, stream and currency, grouped into the chart's buckets.
import type { Db } from '../../open';
import type { Range } from '../period';
import { dec, exactAll } from '../sums';
import { localDateSql } from '../timezone';
import type { StreamSeries } from '../types/earnings';
import { bucketOf, type Granularity } from '../../time/buckets';

/** Net money of one bucket (a local day, or the week or month earnedDaily names it by), stream and currency. */
export interface DailyAmount {
  day: string;
  stream: string;
  currency: string;
  net: bigint;
}

/** Net per local day, stream and currency of the ledger rows matching a filter. */
export function dailyByStream(db: Db, range: Range, zone: string, where: string, params: unknown[] = []): DailyAmount[] {
  const local = localDateSql('occurred_ms', zone, range.startMs, range.endMs);
  return exactAll<DailyAmount>(
    db,
    `SELECT ${local.sql} AS day, stream, currency, sum(net) AS net FROM ledger
     WHERE occurred_ms >= ? AND occurred_ms < ? AND ${where} GROUP BY day, stream, currency`,
    [...local.params, range.startMs, range.endMs, ...params],
  );
}

// Rows named by their bucket (as earnedDaily names them) are found directly; days are bucketed.
export function seriesByStream(daily: DailyAmount[], buckets: string[], granularity: Granularity): StreamSeries[] {
  const index = new Map(buckets.map((b, i) => [b, i]));
  const acc = new Map<string, { stream: string; currency: string; values: bigint[] }>();
  for (const row of daily) {
    const key = `${row.currency}\u0000${row.stream}`;
    let entry = acc.get(key);
    if (!entry) acc.set(key, (entry = { stream: row.stream, currency: row.currency, values: buckets.map(() => 0n) }));
    const i = index.get(row.day) ?? index.get(bucketOf(row.day, granularity));
    if (i !== undefined) entry.values[i] += row.net;
  }
  return [...acc.values()]
    .map((e) => ({ stream: e.stream, currency: e.currency, values: e.values.map(dec), total: dec(e.values.reduce((a, b) => a + b, 0n)) }))
    .sort((a, b) => a.currency.localeCompare(b.currency) || a.stream.localeCompare(b.stream));
}

/** Totals per currency per bucket (all streams), aligned with `buckets`, in currency order. */
export function totalsByCurrency(daily: DailyAmount[], buckets: string[], granularity: Granularity): Map<string, bigint[]> {
  const index = new Map(buckets.map((b, i) => [b, i]));
  const out = new Map<string, bigint[]>();
  for (const row of daily) {
    let values = out.get(row.currency);
    if (!values) out.set(row.currency, (values = buckets.map(() => 0n)));
    const i = index.get(row.day) ?? index.get(bucketOf(row.day, granularity));
    if (i !== undefined) values[i] += row.net;
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
