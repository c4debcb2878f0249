// Periods and their fair comparison (design.md "Periods and comparison"). A period is a range of
// calendar days in the reporting timezone; an unfinished one ends at "now", and the period it is
// compared with ends at the same elapsed point.
import { DateTime } from 'luxon';

import type { BucketSpan, PeriodSpec, Range } from './types/period';
import { fastZone } from './timezone';
import { dayCount } from '../time/days';

export type { PeriodSpec, Preset, Range } from './types/period';

export interface ResolvedPeriod {
  spec: PeriodSpec;
  zone: string;
  current: Range;
  previous: Range | null;
}

function range(from: DateTime, to: DateTime, nowMs: number, cutMs?: number): Range {
  const startMs = from.startOf('day').toMillis();
  const wholeEnd = to.plus({ days: 1 }).startOf('day').toMillis();
  const endMs = Math.min(wholeEnd, cutMs ?? nowMs, Math.max(nowMs, startMs));
  return {
    from: from.toISODate()!,
    to: to.toISODate()!,
    startMs,
    endMs: Math.max(endMs, startMs),
    partial: endMs < wholeEnd,
    days: dayCount(from.toISODate()!, to.toISODate()!),
  };
}

/** Resolve a period in a zone at an instant. `earliest` is the first day with data, for "All time". */
export function resolvePeriod(spec: PeriodSpec, zone: string, nowMs: number, earliest?: string): ResolvedPeriod {
  const tz = fastZone(zone);
  const now = DateTime.fromMillis(nowMs, { zone: tz });
  const today = now.startOf('day');
  let from: DateTime;
  let to: DateTime = today;
  // How the comparison range is found: shifted back by a calendar unit, or by the period's own length.
  let shift: { months?: number; years?: number; days?: number } | null = null;
  switch (spec.preset) {
    case 'today':
      from = today;
      shift = { days: 1 };
      break;
    case 'week':
      from = today.minus({ days: 6 });
      shift = { days: 7 };
      break;
    case 'month':
      from = today.startOf('month');
      shift = { months: 1 };
      break;
    case 'last_month':
      from = today.minus({ months: 1 }).startOf('month');
      to = from.endOf('month').startOf('day');
      shift = { months: 1 };
      break;
    case 'year':
      from = today.startOf('year');
      shift = { years: 1 };
      break;
    case 'all':
      from = earliest ? DateTime.fromISO(earliest, { zone: tz }) : today;
      if (from > today) from = today;
      break;
    case 'custom': {
      if (!spec.from || !spec.to) throw new RangeError('a custom period needs from and to');
      from = DateTime.fromISO(spec.from, { zone: tz });
      to = DateTime.fromISO(spec.to, { zone: tz });
      if (!from.isValid || !to.isValid) throw new RangeError('from and to must be dates YYYY-MM-DD');
      if (to < from) [from, to] = [to, from];
      shift = { days: dayCount(from.toISODate()!, to.toISODate()!) };
      break;
    }
  }
  const current = range(from, to, nowMs);
  let previous: Range | null = null;
  const compare = spec.compare ?? 'previous';
  if (typeof compare === 'object') {
    previous = range(DateTime.fromISO(compare.from, { zone: tz }), DateTime.fromISO(compare.to, { zone: tz }), nowMs);
  } else if (compare !== 'none' && shift) {
    // The comparison's own shift: the period before, the same days a year earlier, or whole weeks back
    // so that every day meets the same weekday (a week against the same weekdays, a month against the
    // same number of days that many weeks before).
    const by = compare === 'last_year' ? { years: 1 } : compare === 'weekday' ? { days: 7 * Math.max(1, Math.ceil(current.days / 7)) } : shift;
    const pFrom = from.minus(by);
    // A whole month compares with a whole month, however many days each has.
    const pTo = spec.preset === 'last_month' && compare !== 'weekday' ? pFrom.endOf('month').startOf('day') : to.minus(by);
    const cut = current.partial ? DateTime.fromMillis(current.endMs, { zone: tz }).minus(by).toMillis() : undefined;
    previous = range(pFrom, pTo, nowMs, cut);
  }
  return { spec, zone, current, previous };
}

export function spanOf(r: Range): BucketSpan {
  return { from: r.from, to: r.to, partial: r.partial };
}
