// Money earned by a character or plugin, from the ledger: exact micro-units, per currency, never mixed.
// Ledger money is bucketed by the instant it moved (local days of the reporting timezone), unlike stats.
import type { Db } from '../../open';
import { totalsByCurrency, type DailyAmount } from '../earnings/series';
import { bucketsOf, type Granularity } from '../../time/buckets';
import { DAY_MS } from '../../time/days';
import type { Range } from '../period';
import { dec } from '../sums';
import { eachEarnedBySource, earnedBySource, type SourceAmount, type SourceType } from '../earnings/by-source';
import type { MoneySeries } from '../types/content';
import type { Compared } from '../types/period';

export interface Instants {
  startMs: number;
  endMs: number;
}

/** source id → currency → stream → Σ net of earned rows in [startMs, endMs). */
export type MoneyBySource = Map<string, Map<string, Map<string, bigint>>>;

export function moneyBySource(db: Db, zone: string, sourceType: SourceType, streams: readonly string[], win: Instants, id?: string): MoneyBySource {
  return moneyOf(earnedBySource(db, { zone, ...win }, { sourceTypes: [sourceType], streams, id }));
}

/** Rows of earnedBySource (pieces of one window or of adjoining ones) added up per source, currency and stream. */
export function moneyOf(rows: SourceAmount[]): MoneyBySource {
  const out: MoneyBySource = new Map();
  for (const r of rows) {
    let byCurrency = out.get(r.id);
    if (!byCurrency) out.set(r.id, (byCurrency = new Map()));
    let byStream = byCurrency.get(r.currency);
    if (!byStream) byCurrency.set(r.currency, (byStream = new Map()));
    byStream.set(r.stream, (byStream.get(r.stream) ?? 0n) + r.net);
  }
  return out;
}

/** The 30 days ending with a range's end (the same 30-day window the Earnings page uses). */
export function last30Days(r: Pick<Range, 'endMs'>): Instants {
  return { startMs: r.endMs - 30 * DAY_MS, endMs: r.endMs };
}

/** Σ of some streams of one source and currency (0 when absent). */
export function amount(m: MoneyBySource | null, id: string, currency: string, streams: readonly string[]): bigint {
  const byStream = m?.get(id)?.get(currency);
  let total = 0n;
  for (const s of streams) total += byStream?.get(s) ?? 0n;
  return total;
}

export function comparedAmount(cur: MoneyBySource, prev: MoneyBySource | null, id: string, currency: string, streams: readonly string[]): Compared {
  return { value: dec(amount(cur, id, currency, streams)), previous: prev ? dec(amount(prev, id, currency, streams)) : null };
}

/** Currencies present in any of the maps, sorted. */
export function currenciesOf(...maps: (MoneyBySource | null)[]): string[] {
  const set = new Set<string>();
  for (const m of maps) for (const byCurrency of m?.values() ?? []) for (const c of byCurrency.keys()) set.add(c);
  return [...set].sort();
}

/**
 * The currencies a content table shows money in: those found, or Credits (what content earns first)
 * when the period and its comparison earned nothing, so the money column and its export stay.
 */
export function shownCurrencies(found: string[]): string[] {
  return found.length > 0 ? found : ['CREDITS'];
}

/** One source's earnings per chart bucket (local days), per currency, with the comparison period aligned by position. */
export function moneySeries(
  db: Db,
  sourceType: SourceType,
  id: string,
  streams: readonly string[],
  current: Range,
  previous: Range | null,
  zone: string,
  granularity: Granularity,
): MoneySeries[] {
  const buckets = bucketsOf(current, granularity);
  // The source's own days (or months, named 'YYYY-MM', which bucketOf takes as it takes a day) from its
  // rollups; reading its ledger rows day by day cost 34 ms over five years.
  const detail = granularity === 'month' ? 'month' : 'day';
  const rows: DailyAmount[][] = [[], []];
  eachEarnedBySource(
    db,
    [current, ...(previous ? [previous] : [])].map((r) => ({ span: { zone, ...r }, detail })),
    { sourceTypes: [sourceType], streams, id },
    (part, _type, _id, currency, stream, day, net) => rows[part].push({ day, stream, currency, net }),
  );
  const cur = totalsByCurrency(rows[0], buckets, granularity);
  const prev = previous ? totalsByCurrency(rows[1], bucketsOf(previous, granularity), granularity) : null;
  const currencies = [...new Set([...cur.keys(), ...(prev?.keys() ?? [])])].sort();
  return currencies.map((currency) => ({
    currency,
    values: buckets.map((_, i) => dec(cur.get(currency)?.[i] ?? 0n)),
    previous: prev ? buckets.map((_, i) => dec(prev.get(currency)?.[i] ?? 0n)) : null,
  }));
}
