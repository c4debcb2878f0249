import type { PeriodInfo, PeriodSpec, StatsCoverage } from '../../../electron/api/types';
import { dateLabel, rangeLabel } from '../../../db/words/dates';
import { addDays, utcDay } from '../../../db/time/days';

/** The newest finished UTC day: the newest one synced, else yesterday (UTC). */
export function lastCompleteDay(through: string | null, now = Date.now()): string {
  return through ?? addDays(utcDay(now), -1);
}

/**
 * Stats arrive once a day, for each finished UTC day: "Today" (or any period after the newest
 * published day) has none yet. Said plainly, with the way to the newest day that has them.
 */
export function NoStatsYet({ through, spec, onPeriod, what = 'stats' }: { through: string | null; spec: PeriodSpec; onPeriod: (p: PeriodSpec) => void; what?: string }) {
  const day = lastCompleteDay(through);
  const today = utcDay(Date.now());
  return (
    <div className="callout no-stats" role="note" data-testid="stats-note">
      <p>
        No {what} for this period yet. The platform publishes them once a day, for each <strong>finished UTC day</strong>
        {spec.preset === 'today' ? `: today’s (${dateLabel(today)}, UTC) arrive after midnight UTC` : ''}
        {through ? `; the newest here is ${dateLabel(through)}` : ''}.
      </p>
      <button type="button" className="primary" onClick={() => onPeriod({ preset: 'custom', from: day, to: day, compare: spec.compare })}>
        Show the last complete day ({dateLabel(day)})
      </button>
    </div>
  );
}

/**
 * Said once per page: stats count on UTC days (money on the reporting timezone's days), which days
 * are compared, and which are still provisional.
 */
export function StatsNote({ stats, period, spec, onPeriod }: { stats: StatsCoverage; period: PeriodInfo; spec: PeriodSpec; onPeriod: (p: PeriodSpec) => void }) {
  if (!stats.current) return <NoStatsYet through={stats.through} spec={spec} onPeriod={onPeriod} />;
  const provisional = stats.current.to >= period.provisionalFrom;
  return (
    <p className="stats-note" role="note" data-testid="stats-note">
      Stats count on <strong>UTC days</strong>: {rangeLabel(stats.current)}
      {stats.previous && <> compared with {rangeLabel(stats.previous)} (the same number of days)</>}.
      {provisional && <> Days from {dateLabel(period.provisionalFrom)} are provisional: the platform may still revise them (drawn lighter).</>}
      {' '}Money counts on days in {period.zone}.
    </p>
  );
}
