import { DateTime } from 'luxon';
import type { Db } from '../../open';
import type { MonthGrowth } from '../types/earnings';
import { dec } from '../sums';
import { earnedByCurrency, earnedDaily } from './earned';
import { fastZone } from '../timezone';

/** Earnings per calendar month (reporting timezone) for the `months` months ending with the one containing endMs. */
export function monthlyGrowth(db: Db, zone: string, endMs: number, months = 12): MonthGrowth[] {
  const last = DateTime.fromMillis(endMs - 1, { zone: fastZone(zone) }).startOf('month');
  const first = last.minus({ months }); // one extra month, to compute the first growth figure
  const rows = new Map<string, bigint>();
  for (const r of earnedDaily(db, zone, first.toMillis(), endMs, 'month')) {
    const key = `${r.day.slice(0, 7)}|${r.currency}`;
    rows.set(key, (rows.get(key) ?? 0n) + r.net);
  }
  const labels = Array.from({ length: months + 1 }, (_, i) => first.plus({ months: i }).toFormat('yyyy-MM'));
  // An unfinished last month is compared with the same elapsed part of the month before it.
  const partial = last.plus({ months: 1 }).toMillis() > endMs;
  const samePart = new Map<string, bigint>();
  if (partial) {
    const cut = DateTime.fromMillis(endMs, { zone: fastZone(zone) }).minus({ months: 1 }).toMillis();
    for (const [currency, net] of earnedByCurrency(db, zone, last.minus({ months: 1 }).toMillis(), cut)) samePart.set(currency, net);
  }
  // The last day an unfinished month counts, so that it is named by its days, not as "this month".
  const lastThrough = partial ? DateTime.fromMillis(endMs - 1, { zone: fastZone(zone) }).toISODate() : null;
  const currencies = [...new Set([...rows.keys()].map((k) => k.split('|')[1]))].sort();
  return currencies.map((currency) => {
    const amounts = labels.map((m) => rows.get(`${m}|${currency}`) ?? 0n);
    const growthPct = amounts.slice(1).map((v, i) => percentChange(v, amounts[i]));
    if (partial) growthPct[months - 1] = percentChange(amounts[months], samePart.get(currency) ?? 0n);
    return { currency, months: labels.slice(1), amounts: amounts.slice(1).map(dec), growthPct, lastIsPartial: partial, lastThrough };
  });
}

/** Percent change from `before` to `now`, to one decimal; null when there is nothing to compare with. */
export function percentChange(now: bigint, before: bigint): number | null {
  if (before === 0n) return null;
  const hundredths = ((now - before) * 10000n) / (before < 0n ? -before : before);
  const tenths = (hundredths + (hundredths >= 0n ? 5n : -5n)) / 10n;
  return Number(tenths) / 10;
}
