import { useEffect, useState, type ReactNode } from 'react';
import type { PeriodInfo, PeriodSpec } from '../../electron/api/types';
import { useStatus } from '../api/hooks';
import { PeriodPicker } from './PeriodPicker';
import { instantLabel, timeAgo } from '../../db/words/dates';

export function DashboardHeader({
  title,
  period,
  onPeriod,
  info,
  actions,
}: {
  title: string;
  period: PeriodSpec;
  onPeriod: (p: PeriodSpec) => void;
  info?: PeriodInfo;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      <PeriodPicker value={period} onChange={onPeriod} info={info} />
      {actions}
      {info && (
        <p className="data-as-of muted small" title={info.dataAsOf ? instantLabel(info.dataAsOf, info.zone) : undefined}>
          {info.dataAsOf ? <DataAsOf iso={info.dataAsOf} /> : 'Not synced yet'} · days in {info.zone}
        </p>
      )}
      <TotalsBuilding />
    </header>
  );
}

/** While a first sync has stored rows whose totals are not built yet, the sums on the page are partial. */
function TotalsBuilding() {
  const { data: status } = useStatus();
  if (!status?.totalsBuilding) return null;
  return (
    <p className="totals-building small" role="note">
      <span className="pill pill-warn">Totals still being built</span>{' '}
      {status.syncing
        ? 'The first sync is still storing your history: the figures here are incomplete until it finishes.'
        : 'The first sync stopped before it finished: the figures here are incomplete until the next sync completes it.'}
    </p>
  );
}

/** "Data as of 5 h ago", kept current: a dashboard may stay drawn for hours (shell/PageStack), and re-rendering
 *  the page to update it would redraw its charts. */
function DataAsOf({ iso }: { iso: string }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return <>Data as of {timeAgo(iso, now)}</>;
}
