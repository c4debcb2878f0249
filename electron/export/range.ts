// The range of an export: whole calendar days [from, to] in an IANA zone, as instants [startMs, endMs).
import { IANAZone } from 'luxon';
import { startOfLocalDay } from '../../db/queries/timezone';
import { addDays, isIsoDate } from '../../db/time/days';
import { DAY_BOUNDS_TEXT, inDayBounds } from '../../db/date-bounds';

export interface ExportRange {
  /** First and last local day, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  tz: string;
  startMs: number;
  endMs: number;
}

export function isValidZone(tz: string): boolean {
  return tz.length > 0 && IANAZone.isValidZone(tz);
}

/** Validates and resolves a range; throws RangeError with a message naming the bad value. */
export function exportRange(from: string, to: string, tz: string): ExportRange {
  if (!isValidZone(tz)) throw new RangeError(`unknown timezone "${tz}" (use an IANA name such as Europe/Berlin)`);
  if (!isIsoDate(from)) throw new RangeError(`from date "${from}" is not a date YYYY-MM-DD`);
  if (!isIsoDate(to)) throw new RangeError(`to date "${to}" is not a date YYYY-MM-DD`);
  if (from > to) throw new RangeError(`from date ${from} is after to date ${to}`);
  for (const day of [from, to]) if (!inDayBounds(day)) throw new RangeError(`${day} is out of range: use ${DAY_BOUNDS_TEXT}`);
  return { from, to, tz, startMs: startOfLocalDay(from, tz), endMs: startOfLocalDay(addDays(to, 1), tz) };
}
