import type { StatsCoverage } from '../../../db/queries/types/content';
import type { PeriodInfo } from '../../../db/queries/types/period';
import { formatRange } from '../../components/PeriodPicker';
import { dateLabel } from '../../lib/dates';

/**
 * Said once per page: stats count on UTC days (money on the reporting timezone's days), which days
 * are compared, and which are still provisional.
 */
export function StatsNote({ stats, period }: { stats: StatsCoverage; period: PeriodInfo }) {
  if (!stats.current)
    return (
      <p className="stats-note" role="note" data-testid="stats-note">
        No stats are published for this period yet: the platform publishes each UTC day after it ends
        {stats.through ? ` (the latest is ${dateLabel(stats.through)})` : ''}. Pick a longer period to see trends.
      </p>
    );
  const provisional = stats.current.to >= period.provisionalFrom;
  return (
    <p className="stats-note" role="note" data-testid="stats-note">
      Stats count on <strong>UTC days</strong>: {formatRange(stats.current)}
      {stats.previous && <> compared with {formatRange(stats.previous)} (the same number of days)</>}.
      {provisional && <> Days from {dateLabel(period.provisionalFrom)} are provisional: the platform may still revise them (drawn lighter).</>}
      {' '}Money counts on days in {period.zone}.
    </p>
  );
}
