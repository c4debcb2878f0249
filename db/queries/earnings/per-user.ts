// Per-user value: character and embed earnings per 30-day active user. The platform gives distinct
// 30-day actives per character; summing them over characters counts a fan of two characters twice,
// so the figure is a floor of the true value per person, and the UI says so.
import { DateTime } from 'luxon';
import type { Db } from '../../open';
import type { Range } from '../period';
import type { PerUserValue } from '../types/earnings';
import { dec } from '../sums';
import { earnedByCurrency, earnedDaily } from './earned';
import { fastZone } from '../timezone';
import { DAY_MS, utcDay } from '../../time/days';

const CHARACTER_STREAMS = ['character', 'embed'];

/** 30-day actives on the last stats day on or before `utcDate` (the platform publishes a day after it ends). */
function activeUsers30d(db: Db, utcDate: string): number {
  return (
    (db.prepare(
      `SELECT coalesce(sum(active_users_30d), 0) FROM stats_characters
       WHERE date = (SELECT max(date) FROM stats_characters WHERE date <= ? AND date > date(?, '-7 days'))`,
    )
      .pluck()
      .get(utcDate, utcDate) as number) ?? 0
  );
}

function ratio(amount: bigint | undefined, users: number): string | null {
  if (!users || amount === undefined) return null;
  return dec(amount / BigInt(users));
}

/** The 30 days ending with a range's end, and the UTC stats date that closes them. */
function window30(endMs: number): { startMs: number; endMs: number; date: string } {
  return { startMs: endMs - 30 * DAY_MS, endMs, date: utcDay(endMs - 1) };
}

export function perUserValue(db: Db, current: Range, previous: Range | null, zone: string, months = 12): PerUserValue[] {
  const cur = window30(current.endMs);
  const curUsers = activeUsers30d(db, cur.date);
  const curAmounts = earnedByCurrency(db, zone, cur.startMs, cur.endMs, CHARACTER_STREAMS);
  const prev = previous && window30(previous.endMs);
  const prevUsers = prev ? activeUsers30d(db, prev.date) : 0;
  const prevAmounts = prev ? earnedByCurrency(db, zone, prev.startMs, prev.endMs, CHARACTER_STREAMS) : new Map<string, bigint>();
  const end = DateTime.fromMillis(current.endMs - 1, { zone: fastZone(zone) }).startOf('month');
  const trendMonths = Array.from({ length: months }, (_, i) => end.minus({ months: months - 1 - i }));
  // The months are contiguous: one read, bucketed by month, instead of one per month.
  const byMonth = new Map<string, Map<string, bigint>>();
  for (const r of earnedDaily(db, zone, trendMonths[0].toMillis(), current.endMs, 'month')) {
    if (!CHARACTER_STREAMS.includes(r.stream)) continue;
    const month = byMonth.get(r.day.slice(0, 7)) ?? new Map<string, bigint>();
    byMonth.set(r.day.slice(0, 7), month.set(r.currency, (month.get(r.currency) ?? 0n) + r.net));
  }
  const trend = trendMonths.map((m) => {
    const stop = Math.min(m.plus({ months: 1 }).toMillis(), current.endMs);
    const month = m.toFormat('yyyy-MM');
    return { month, amounts: byMonth.get(month) ?? new Map<string, bigint>(), users: activeUsers30d(db, window30(stop).date) };
  });
  return [...curAmounts.keys()].sort().map((currency) => ({
    currency,
    value: { value: ratio(curAmounts.get(currency), curUsers), previous: prev ? ratio(prevAmounts.get(currency), prevUsers) : null },
    activeUsers: curUsers,
    trend: trend.map((t) => ({ month: t.month, value: ratio(t.amounts.get(currency), t.users) })),
  }));
}
