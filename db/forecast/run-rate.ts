// The run-rate of one series of daily amounts: what a day not yet seen is expected to bring, from the
// days before it. Weekday-aware: the last four weeks set the level, the last twelve weeks how each
// weekday stands against the week (a creator's Saturday is not their Tuesday), and the last twelve
// weeks against the twelve before them the trend the level moves along. A series with money on
// fewer than half its days (prizes, corrections) has no weekly rhythm to read: its mean over the twelve
// weeks is expected every day. Whole micro-units throughout.
import { divRound, type Ratio } from './exact';

/** The trend is carried this many days past the known days at most; beyond, the level stays. */
export const TREND_REACH = 62;

/** The days that set the level. */
export const RECENT_DAYS = 28;
/** The days that set the weekday profile (whole weeks). */
export const PROFILE_DAYS = 84;

/** Complete days of one series, consecutive: values[i] is the amount of day number first + i
 *  (days since 1970-01-01); a day outside holds nothing. */
export interface DailyHistory {
  first: number;
  values: bigint[];
}

/** The day number's weekday, Monday 0 to Sunday 6 (1970-01-01 was a Thursday). */
export const weekdayOfNumber = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** Σ of the days [from, to) of a history (days outside it hold nothing). */
export function sumDays(h: DailyHistory, from: number, to: number): bigint {
  let s = 0n;
  const lo = Math.max(from, h.first);
  const hi = Math.min(to, h.first + h.values.length);
  for (let d = lo; d < hi; d++) s += h.values[d - h.first];
  return s;
}

/**
 * A straight-line trend through the level: the last twelve weeks against the twelve before them give
 * the change per day, g = (A - B) / (84 B), and a day t days after the known ones stands at
 * 1 + g × (t + 14.5) of the recent level (whose days are centred 14.5 days back), as an exact ratio.
 * Null without 24 weeks of history or with a half that brought nothing.
 */
function trendOf(h: DailyHistory, end: number, known: number): ((day: number) => Ratio) | null {
  if (known < 2 * PROFILE_DAYS) return null;
  const a = sumDays(h, end - PROFILE_DAYS, end);
  const b = sumDays(h, end - 2 * PROFILE_DAYS, end - PROFILE_DAYS);
  if (a <= 0n || b <= 0n) return null;
  const d = 2n * BigInt(PROFILE_DAYS) * b;
  return (day) => {
    const halfDays = BigInt(2 * Math.min(Math.max(day - end, 0), TREND_REACH) + RECENT_DAYS + 1);
    const n = d + (a - b) * halfDays;
    return { n: n > 0n ? n : 0n, d };
  };
}

export interface RateModel {
  /** What a day is expected to bring, by its day number, rounded to a whole micro-unit (halves away from zero). */
  expected: (day: number) => bigint;
  /** Money on fewer than half the days: a run-rate says little about when the next lump comes. */
  sparse: boolean;
}

/** What each day from `end` on is expected to bring, knowing only the days before `end`. */
export function rateModel(h: DailyHistory, end: number): RateModel {
  const known = Math.max(0, Math.min(end, h.first + h.values.length) - h.first);
  if (known === 0) return { expected: () => 0n, sparse: true };
  const recentDays = Math.min(RECENT_DAYS, known);
  const recent = sumDays(h, end - recentDays, end);
  const profileDays = Math.min(PROFILE_DAYS, Math.floor(known / 7) * 7);
  const longDays = Math.max(profileDays, recentDays);
  let busy = 0;
  const byWeekday = [0n, 0n, 0n, 0n, 0n, 0n, 0n];
  for (let d = end - longDays; d < end; d++) {
    const v = d >= h.first ? (h.values[d - h.first] ?? 0n) : 0n;
    if (v !== 0n) busy++;
    if (d >= end - profileDays) byWeekday[weekdayOfNumber(d)] += v;
  }
  if (busy * 2 < longDays) {
    const mean = divRound(sumDays(h, end - longDays, end), BigInt(longDays));
    return { expected: () => mean, sparse: true };
  }
  const week = byWeekday.reduce((a, b) => a + b, 0n);
  if (profileDays >= 28 && week > 0n && byWeekday.every((v) => v >= 0n)) {
    // Day of weekday w: the recent daily mean × 7·S_w / S, where S_w is the weekday's share of the profile's sum S.
    const trend = trendOf(h, end, known);
    if (trend) {
      return {
        expected: (day) => {
          const f = trend(day);
          return divRound(7n * recent * byWeekday[weekdayOfNumber(day)] * f.n, BigInt(recentDays) * week * f.d);
        },
        sparse: false,
      };
    }
    const perWeekday = byWeekday.map((sw) => divRound(7n * recent * sw, BigInt(recentDays) * week));
    return { expected: (day) => perWeekday[weekdayOfNumber(day)], sparse: false };
  }
  const flat = divRound(recent, BigInt(recentDays));
  return { expected: () => flat, sparse: false };
}
