import type { EarningsKpis } from '../../../db/queries/types/earnings';
import { DeltaBadge } from '../../components/DeltaBadge';
import { KpiCard } from '../../components/KpiCard';
import { currencyLabel, formatMoney } from '../../lib/decimal';

export function KpiRow({ kpi, periodLabel, compared, showMonth }: { kpi: EarningsKpis; periodLabel: string; compared: boolean; showMonth: boolean }) {
  const c = kpi.currency;
  const withdrawable = c === 'CREDITS' ? 'spendable on the platform' : 'withdrawable';
  return (
    <div className="kpi-group" data-currency={c}>
      <h3 className="kpi-group-title">{currencyLabel(c)}</h3>
      <div className="kpi-row">
        <KpiCard testId={`kpi-available-${c}`} label="Available" value={formatMoney(kpi.available, c)} exact={kpi.available} hint={withdrawable} />
        <KpiCard testId={`kpi-pending-${c}`} label="Pending" value={formatMoney(kpi.pending, c)} exact={kpi.pending} hint="released by the monthly processing" />
        <KpiCard
          testId={`kpi-period-${c}`}
          label={`Earned ${periodLabel}`}
          value={formatMoney(kpi.periodEarned.value, c)} exact={kpi.periodEarned.value}
          delta={compared ? <DeltaBadge value={kpi.periodEarned.value} previous={kpi.periodEarned.previous} currency={c} /> : undefined}
        />
        {showMonth && (
        <KpiCard
          testId={`kpi-month-${c}`}
          label="This month"
          value={formatMoney(kpi.thisMonth.value, c)} exact={kpi.thisMonth.value}
          delta={<DeltaBadge value={kpi.thisMonth.value} previous={kpi.thisMonth.previous} currency={c} />}
          hint="vs the same days of last month"
        />
        )}
        <KpiCard testId={`kpi-alltime-${c}`} label="All-time earned" value={formatMoney(kpi.allTimeEarned, c)} exact={kpi.allTimeEarned} />
      </div>
    </div>
  );
}
