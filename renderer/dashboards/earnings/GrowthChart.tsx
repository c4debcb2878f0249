import type { MonthGrowth } from '../../../electron/api/types';
import { TimeChart } from '../../charts/TimeChart';
import { monthAxis } from '../../charts/bucket-axis';
import { dayRangeText, monthName } from '../../../db/words/dates';
import { formatMoney, sumDecimals, toChartNumber, toMicros } from '../../../db/words/money';
import { signedPct } from '../../../db/words/numbers';
import { daysInMonth } from '../../../db/time/days';

/** "This month so far (1–6 December)", "1–20 November", "November 2026": the last month of the chart
 *  named by its own days, so that it never reads as the This-month card's month when it is another. */
function lastMonthWords(growth: MonthGrowth, periodEndsNow: boolean): { now: string; before: string } {
  const month = growth.months.at(-1)!;
  const before = growth.months.at(-2);
  if (!growth.lastThrough) return { now: monthName(month), before: before ? monthName(before) : 'the month before' };
  const days = dayRangeText(`${month}-01`, growth.lastThrough);
  const lastDay = Number(growth.lastThrough.slice(8));
  const beforeDays = before ? dayRangeText(`${before}-01`, `${before}-${String(Math.min(lastDay, daysInMonth(before))).padStart(2, '0')}`) : 'the same days of the month before';
  return { now: periodEndsNow ? `This month so far (${days})` : days, before: beforeDays };
}

/** A month's growth; a month after one that earned nothing has none: "from zero", or "no change" at zero. */
function changeWords(growth: MonthGrowth, i: number): string {
  const pct = growth.growthPct[i];
  if (pct !== null) return signedPct(pct);
  return toMicros(growth.amounts[i]) === 0n ? 'no change' : 'from zero';
}

export function GrowthChart({ growth, currency, periodEndsNow }: { growth: MonthGrowth | undefined; currency: string; periodEndsNow: boolean }) {
  if (!growth) return <p className="muted">No earnings in {currency} in the last 12 months.</p>;
  const last = growth.growthPct.at(-1) ?? null;
  const words = lastMonthWords(growth, periodEndsNow);
  return (
    <>
      <p className="figure-line">
        {words.now}: <strong>{changeWords(growth, growth.months.length - 1)}</strong> against {words.before}
      </p>
      <TimeChart
        height={200}
        {...monthAxis(growth.months, { to: growth.lastThrough ?? `${growth.months.at(-1)}-${daysInMonth(growth.months.at(-1)!)}`, partial: periodEndsNow && growth.lastIsPartial })}
        series={[
          {
            label: `Earned (${currency})`,
            values: growth.amounts.map(toChartNumber),
            exact: growth.amounts.map((a, i) => `${formatMoney(a, currency)} (${changeWords(growth, i)})`),
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
