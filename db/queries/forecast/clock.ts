// Where "now" stands for an estimate: today's local day, how much of it is still to come, and the
// first day whose history an estimate of this month reads (its replays of the last twelve months
// reach back that far, each with its 24 weeks of trend).
import { DateTime } from 'luxon';
import { dayNumber, COMPARABLE_MONTHS, type ProjectionClock } from '../../forecast/project';
import { PROFILE_DAYS } from '../../forecast/run-rate';
import { addDays, addMonths } from '../../time/days';
import { fastZone } from '../timezone';

export interface OutlookClock extends ProjectionClock {
  /** Today, YYYY-MM-DD, in the zone. */
  day: string;
  /** The instants today starts and ends at, in the zone (23 or 25 hours apart on a clock change). */
  todayStartMs: number;
  todayEndMs: number;
  nowMs: number;
  /** The first day of history the month's estimate reads. */
  historyFrom: string;
  historyFromMs: number;
}

export function outlookClock(zone: string, nowMs: number): OutlookClock {
  const tz = fastZone(zone);
  const now = DateTime.fromMillis(nowMs, { zone: tz });
  const start = now.startOf('day');
  const end = start.plus({ days: 1 });
  const day = start.toISODate()!;
  const historyFrom = addDays(`${addMonths(day.slice(0, 7), -COMPARABLE_MONTHS)}-01`, -2 * PROFILE_DAYS);
  return {
    day,
    today: dayNumber(day),
    left: { n: BigInt(end.toMillis() - nowMs), d: BigInt(end.toMillis() - start.toMillis()) },
    todayStartMs: start.toMillis(),
    todayEndMs: end.toMillis(),
    nowMs,
    historyFrom,
    historyFromMs: DateTime.fromISO(historyFrom, { zone: tz }).toMillis(),
  };
}
