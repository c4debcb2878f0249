import type { MonthGrowth } from '../../../db/queries/types/earnings';
import { TimeChart } from '../../charts/TimeChart';
import { formatMoney, sumDecimals, toChartNumber } from '../../lib/decimal';
import { monthLabel } from '../../lib/dates';
import { signedPct } from '../../lib/numbers';

export function GrowthChart({ growth, currency }: { growth: MonthGrowth | undefined; currency: string }) {
  if (!growth) return <p className="muted">No earnings in {currency} in the last 12 months.</p>;
  const last = growth.growthPct.at(-1) ?? null;
  return (
    <>
      <p className="figure-line">
        {growth.lastIsPartial ? 'This month so far' : 'Latest month'}: <strong>{signedPct(last)}</strong>{' '}
        {growth.lastIsPartial ? 'against the same days of last month' : 'against the month before'}
      </p>
      <TimeChart
        height={200}
        labels={growth.months.map((m, i) => (growth.lastIsPartial && i === growth.months.length - 1 ? `${monthLabel(m)} (so far)` : monthLabel(m)))}
        series={[
          {
            label: `Earned (${currency})`,
            values: growth.amounts.map(toChartNumber),
            exact: growth.amounts.map((a, i) => `${formatMoney(a, currency)} (${signedPct(growth.growthPct[i])})`),
            total: formatMoney(sumDecimals(growth.amounts), currency),
            color: '#5b5bd6',
          },
        ]}
        ariaLabel={`Month over month earnings in ${currency}`}
        xLabel="Month"
      />
    </>
  );
}
