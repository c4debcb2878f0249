// Review periods are named by keys that read well and sort: ISO weeks ('2026-W47', Monday to
// Sunday) and calendar months ('2026-11'), as calendar days in the reporting timezone.
import { DateTime } from 'luxon';
import type { PeriodSpec } from '../period';
import type { ReviewCadence } from '../types/review';
import { dateLabel, monthName, shortDayLabel } from '../../words/dates';

export interface ReviewPeriod {
  cadence: ReviewCadence;
  key: string;
  /** First and last calendar day, YYYY-MM-DD. */
  from: string;
  to: string;
  label: string;
  previousKey: string;
  /** null while the next period has not started. */
  nextKey: string | null;
  /** The period contains today: its figures are "so far". */
  inProgress: boolean;
}

const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export function isReviewKey(key: string): boolean {
  return start(key) !== null;
}

export function cadenceOf(key: string): ReviewCadence {
  return WEEK.test(key) ? 'week' : 'month';
}

/** The first day of a key's period, or null when the key is not a real week or month. */
function start(key: string): DateTime | null {
  const w = WEEK.exec(key);
  if (w) {
    const d = DateTime.fromObject({ weekYear: Number(w[1]), weekNumber: Number(w[2]), weekday: 1 }, { zone: 'UTC' });
    return d.isValid && d.weekNumber === Number(w[2]) && Number(w[1]) >= 2000 ? d : null;
  }
  const m = MONTH.exec(key);
  if (m) {
    const d = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, { zone: 'UTC' });
    return d.isValid && Number(m[1]) >= 2000 ? d : null;
  }
  return null;
}

export function keyOf(cadence: ReviewCadence, day: DateTime): string {
  return cadence === 'week' ? `${day.weekYear}-W${String(day.weekNumber).padStart(2, '0')}` : day.toFormat('yyyy-MM');
}

export function currentKey(cadence: ReviewCadence, zone: string, nowMs: number): string {
  return keyOf(cadence, DateTime.fromMillis(nowMs, { zone }));
}

/**
 * The period a review opens on: the current one, except on its first day, when it holds no finished
 * day (and no published stats) yet and the creator sits down to review the one just ended.
 */
export function openingKey(cadence: ReviewCadence, zone: string, nowMs: number): string {
  const today = DateTime.fromMillis(nowMs, { zone });
  const firstDay = cadence === 'week' ? today.weekday === 1 : today.day === 1;
  return keyOf(cadence, firstDay ? today.minus(cadence === 'week' ? { weeks: 1 } : { months: 1 }) : today);
}

/** A review period; a key after the current period resolves to the current one (it has no data yet). */
export function reviewPeriod(key: string, zone: string, nowMs: number): ReviewPeriod {
  const cadence = cadenceOf(key);
  const today = DateTime.fromISO(DateTime.fromMillis(nowMs, { zone }).toISODate()!, { zone: 'UTC' });
  let first = start(key);
  if (!first) throw new RangeError(`not a review period: ${key} (use 2026-W47 or 2026-11)`);
  const unit = cadence === 'week' ? { weeks: 1 } : { months: 1 };
  const currentStart = cadence === 'week' ? today.startOf('week') : today.startOf('month');
  if (first > currentStart) first = currentStart;
  const last = first.plus(unit).minus({ days: 1 });
  const label =
    cadence === 'week'
      ? `Week ${first.weekNumber}, ${shortDayLabel(first.toISODate()!, false)} – ${dateLabel(last.toISODate()!)}`
      : monthName(first.toFormat('yyyy-MM'));
  const next = first.plus(unit);
  return {
    cadence,
    key: keyOf(cadence, first),
    from: first.toISODate()!,
    to: last.toISODate()!,
    label,
    previousKey: keyOf(cadence, first.minus(unit)),
    nextKey: next > today ? null : keyOf(cadence, next),
    inProgress: today <= last,
  };
}

/** The period as the dashboards' PeriodSpec: an unfinished week or month is compared with the same
 *  elapsed part of the one before (period.ts does the cutting), a finished one with the whole one. */
export function reviewSpec(p: ReviewPeriod): PeriodSpec {
  if (p.cadence === 'month') {
    if (p.inProgress) return { preset: 'month' };
    const prev = DateTime.fromISO(p.from, { zone: 'UTC' }).minus({ months: 1 });
    return { preset: 'custom', from: p.from, to: p.to, compare: { from: prev.toISODate()!, to: prev.endOf('month').toISODate()! } };
  }
  return { preset: 'custom', from: p.from, to: p.to };
}
