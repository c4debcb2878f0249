// Which stats days a period compares. Stats count on their UTC date, and the platform publishes a day
// only after it ends: "this month" on the 22nd has stats through the 21st. Comparing those 21 days
// with 22 days of last month would be unfair, so both windows end at the same elapsed day.
import type { Db } from '../../open';
import { periodInfo } from '../period-info';
import type { PeriodSpec } from '../period';
import type { StatsCoverage } from '../types/content';
import type { PeriodInfo } from '../types/period';
import type { DayWindow } from './aggregate';
import { addDays, dayCount } from '../../time/days';

export interface StatsWindows {
  /** The last stats day synced for this kind of item (all items), or null. */
  through: string | null;
  /** The period's stats days that are published; null when none are yet. */
  current: DayWindow | null;
  /** The comparison period's days, cut to the same length as `current`. */
  previous: DayWindow | null;
  /** Length of `current` in days (0 when null). */
  days: number;
}

export function lastStatsDay(db: Db, table: string): string | null {
  return db.prepare(`SELECT max(date) FROM ${table}`).pluck().get() as string | null;
}

export function firstStatsDay(db: Db, table: string): string | null {
  return db.prepare(`SELECT min(date) FROM ${table}`).pluck().get() as string | null;
}

/** Period info for a stats dashboard: "All time" starts at the first stats day of `table`. */
export function statsPeriodInfo(db: Db, table: string, spec: PeriodSpec, zone: string, nowMs: number): PeriodInfo {
  const first = firstStatsDay(db, table);
  // Noon UTC keeps the first UTC date the same calendar date in every zone from UTC−11 to UTC+11.
  return periodInfo(db, spec, zone, nowMs, first === null ? null : Date.parse(`${first}T12:00:00Z`));
}

export function statsWindows(db: Db, table: string, info: PeriodInfo): StatsWindows {
  const through = lastStatsDay(db, table);
  const { current, previous } = info;
  if (through === null || through < current.from) return { through, current: null, previous: null, days: 0 };
  const to = through < current.to ? through : current.to;
  const days = dayCount(current.from, to);
  let prev: DayWindow | null = null;
  if (previous) {
    const cut = addDays(previous.from, days - 1);
    prev = { from: previous.from, to: cut < previous.to ? cut : previous.to };
  }
  return { through, current: { from: current.from, to }, previous: prev, days };
}

/** The window `k` periods of `days` before `w` (for typical bands). */
export function periodsBefore(w: DayWindow, days: number, k: number): DayWindow {
  return { from: addDays(w.from, -k * days), to: addDays(w.to, -k * days) };
}

export function coverage(w: StatsWindows): StatsCoverage {
  return { through: w.through, current: w.current, previous: w.previous };
}
