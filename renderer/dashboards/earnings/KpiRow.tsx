import type { EarningsDashboard, EarningsKpis } from '../../../electron/api/types';
import { DeltaBadge } from '../../components/DeltaBadge';
import { KpiCard } from '../../components/KpiCard';
import { Money } from '../../components/Money';
import { dayRangeText } from '../../../db/words/dates';
import { currencyName } from '../../../db/words/vocabulary';
import { GrossFees } from './GrossFees';

// Each figure names its column of the balances export (data-figure), which holds exactly what is shown.
export function KpiRow({ kpi, periodLabel, compared, preset, thisMonth }: { kpi: EarningsKpis; periodLabel: string; compared: boolean; preset: string; thisMonth: EarningsDashboard['thisMonth'] }) {
  const c = kpi.currency;
  const withdrawable = c === 'CREDITS' ? 'spendable on the platform' : 'withdrawable';
  return (
    <div className="kpi-group" data-currency={c}>
      <h3 className="kpi-group-title">{currencyName(c)}</h3>
      <div className="kpi-row balances-row">
        <KpiCard testId={`kpi-available-${c}`} label="Available" value={<Money value={kpi.available} currency={c} />} exact={kpi.available} figure="available" hint={withdrawable} />
        <KpiCard testId={`kpi-pending-${c}`} label="Pending" value={<Money value={kpi.pending} currency={c} />} exact={kpi.pending} figure="pending" hint="released by the monthly processing" />
        <KpiCard
          testId={`kpi-period-${c}`}
          label={`Earned ${periodLabel}`}
          value={<Money value={kpi.periodEarned.value} currency={c} />}
          exact={kpi.periodEarned.value}
          figure="period_earned"
          delta={compared ? <DeltaBadge value={kpi.periodEarned.value} previous={kpi.periodEarned.previous} currency={c} /> : undefined}
          detail={<GrossFees gross={kpi.periodGross} fees={kpi.periodFees} currency={c} figures={['period_gross', 'period_fees']} />}
        />
        {preset !== 'month' && (
          <KpiCard
            testId={`kpi-month-${c}`}
            label="This month so far"
            value={<Money value={kpi.thisMonth.value} currency={c} />}
            exact={kpi.thisMonth.value}
            figure="this_month"
            delta={<DeltaBadge value={kpi.thisMonth.value} previous={kpi.thisMonth.previous} currency={c} />}
            hint={`${dayRangeText(thisMonth.current.from, thisMonth.current.to)} against ${dayRangeText(thisMonth.previous.from, thisMonth.previous.to)}`}
          />
        )}
        {preset !== 'all' && (
          <KpiCard
            testId={`kpi-alltime-${c}`}
            label="All-time earned"
            value={<Money value={kpi.allTimeEarned} currency={c} />}
            exact={kpi.allTimeEarned}
            figure="all_time_earned"
            detail={<GrossFees gross={{ value: kpi.allTimeGross, previous: null }} fees={{ value: kpi.allTimeFees, previous: null }} currency={c} figures={['all_time_gross', 'all_time_fees']} />}
          />
        )}
      </div>
    </div>
  );
}
