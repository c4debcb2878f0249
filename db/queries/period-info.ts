import type { Db } from '../open';
import { resolvePeriod, type PeriodSpec } from './period';
import { localDate } from './timezone';
import type { PeriodInfo } from './types/period';
import { addDays, utcDay } from '../time/days';

/** Days of daily stats the platform may still revise (late events): today and yesterday, UTC. */
export const PROVISIONAL_DAYS = 2;

export function lastSyncedAt(db: Db): string | null {
  return db.prepare(`SELECT max(finished_at) FROM sync_runs WHERE status IN ('ok', 'partial')`).pluck().get() as string | null;
}

export function periodInfo(db: Db, spec: PeriodSpec, zone: string, nowMs: number, earliestMs: number | null): PeriodInfo {
  const earliest = earliestMs === null ? undefined : localDate(earliestMs, zone);
  const { current, previous } = resolvePeriod(spec, zone, nowMs, earliest);
  return {
    zone,
    current,
    previous,
    dataAsOf: lastSyncedAt(db),
    provisionalFrom: addDays(utcDay(nowMs), -(PROVISIONAL_DAYS - 1)),
  };
}
