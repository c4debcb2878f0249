import { DateTime } from 'luxon';
import type { Db } from '../../open';
import type { MonthGrowth } from '../types/earnings';
import { dec, EARNED, exactAll } from '../sums';
import { localDateSql } from '../timezone';

/** Earnings per calendar month (reporting timezone) for the `months` months ending with the one containing endMs. */
export function monthlyGrowth(db: Db, zone: string, endMs: number, months = 12): MonthGrowth[] {
  const last = DateTime.fromMillis(endMs - 1, { zone }).startOf('month');
  const first = last.minus({ months }); // one extra month, to compute the first growth figure
  const startMs = first.toMillis();
  const local = localDateSql('occurred_ms', zone, startMs, endMs);
  const rows = exactAll<{ month: string; currency: string; net: bigint }>(
    db,
    `SELECT substr(${local.sql}, 1, 7) AS month, currency, sum(net) AS net FROM ledger
     WHERE occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} GROUP BY month, currency`,
    [...local.params, startMs, endMs],
  );
  const labels = Array.from({ length: months + 1 }, (_, i) => first.plus({ months: i }).toFormat('yyyy-MM'));
  // An unfinished last month is compared with the same elapsed part of the month before it.
  const partial = last.plus({ months: 1 }).toMillis() > endMs;
  const samePart = new Map<string, bigint>();
  if (partial) {
    const cut = DateTime.fromMillis(endMs, { zone }).minus({ months: 1 }).toMillis();
    for (const r of exactAll<{ currency: string; net: bigint }>(
      db,
      `SELECT currency, sum(net) AS net FROM ledger WHERE occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} GROUP BY currency`,
      [last.minus({ months: 1 }).toMillis(), cut],
    ))
      samePart.set(r.currency, r.net);
  }
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  return currencies.map((currency) => {
    const byMonth = new Map(rows.filter((r) => r.currency === currency).map((r) => [r.month, r.net]));
    const amounts = labels.map((m) => byMonth.get(m) ?? 0n);
    const growthPct = amounts.slice(1).map((v, i) => percentChange(v, amounts[i]));
    if (partial) growthPct[months - 1] = percentChange(amounts[months], samePart.get(currency) ?? 0n);
    return { currency, months: labels.slice(1), amounts: amounts.slice(1).map(dec), growthPct, lastIsPartial: partial };
  });
}

/** Percent change from `before` to `now`, to one decimal; null when there is nothing to compare with. */
export function percentChange(now: bigint, before: bigint): number | null {
  if (before === 0n) return null;
  const hundredths = ((now - before) * 10000n) / (before < 0n ? -before : before);
  const tenths = (hundredths + (hundredths >= 0n ? 5n : -5n)) / 10n;
  return Number(tenths) / 10;
}
