import type { ReactNode } from 'react';
import type { PeriodInfo, PeriodSpec } from '../../db/queries/types/period';
import { instantLabel } from '../lib/dates';
import { timeAgo } from '../shell/time';
import { PeriodPicker } from './PeriodPicker';

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
          {info.dataAsOf ? `Data as of ${timeAgo(info.dataAsOf)}` : 'Not synced yet'} · days in {info.zone}
        </p>
      )}
    </header>
  );
}
