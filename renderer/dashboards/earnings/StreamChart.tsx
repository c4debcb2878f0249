import type { EarningsDashboard } from '../../../electron/api/types';
import { streamColor } from '../../charts/palette';
import { TimeChart, type Series } from '../../charts/TimeChart';
import { axisOf } from '../../charts/bucket-axis';
import { shortDayLabel } from '../../../db/words/dates';
import { compareStreams, streamName } from '../../../db/words/vocabulary';
import { formatMoney, sumDecimals, toChartNumber } from '../../../db/words/money';
import { plainNumber } from '../../../db/words/numbers';

/** The estimate's colour: apart from every stream's. */
const ESTIMATE_COLOR = '#7c8598';

/** Whether the chart shows this month by day up to today, so the estimate of the days left continues it. */
export function projectsOn(d: EarningsDashboard): boolean {
  const { span, granularity } = d.series;
  return granularity === 'day' && span.partial && span.from === `${d.outlook.month}-01` && span.to === d.outlook.today;
}

/** Earnings by stream, stacked, for one currency, with the comparison period's total dashed over it; on
 *  this month, the rest of the month's estimate continues it, outlined, after today. */
export function StreamChart({ d, currency }: { d: EarningsDashboard; currency: string }) {
  const streams = d.series.byStream.filter((s) => s.currency === currency).sort((a, b) => compareStreams(a.stream, b.stream));
  const axis = axisOf(d.series);
  const projection = projectsOn(d) ? d.outlook.projections.find((p) => p.currency === currency) : undefined;
  const ahead = projection ? d.outlook.days.slice(1) : [];
  const pad = <T,>(values: T[]): (T | null)[] => [...values, ...ahead.map(() => null)];
  const series: Series[] = streams.map((s) => ({
    label: streamName(s.stream),
    values: pad(s.values.map(toChartNumber)),
    exact: pad(s.values.map((v) => formatMoney(v, currency))),
    total: formatMoney(sumDecimals(s.values), currency),
    color: streamColor(s.stream),
  }));
  if (projection) {
    // Today's bar holds what is earned so far; the estimate of its remaining part stacks on it.
    const before = d.series.buckets.length - 1;
    const values = [...Array.from({ length: before }, () => null), ...projection.days];
    series.push({
      label: 'Estimate, still to come',
      values: values.map((v) => (v === null ? null : toChartNumber(v))),
      exact: values.map((v) => (v === null ? null : formatMoney(v, currency))),
      total: formatMoney(sumDecimals(projection.days), currency),
      color: ESTIMATE_COLOR,
      estimate: true,
    });
  }
  const prev = d.series.previousTotals.find((p) => p.currency === currency);
  if (prev)
    series.push({
      label: 'Previous period (total)',
      values: pad(prev.values.map(toChartNumber)),
      exact: pad(prev.values.map((v) => formatMoney(v, currency))),
      total: formatMoney(sumDecimals(prev.values), currency),
      color: '#8a93a8',
      kind: 'line',
      dashed: true,
    });
  return (
    <TimeChart
      labels={[...axis.labels, ...ahead.map((day) => `${shortDayLabel(day, false)} (estimate)`)]}
      partial={axis.partial}
      // The timeline holds the period's own days only: markers and notes go on days that happened, never on the estimate's.
      timeline={axis.timeline}
      series={series}
      stacked
      ariaLabel={`Earnings in ${currency} by stream per ${d.series.granularity}${projection ? ', with the estimate of the rest of the month' : ''}`}
      yFormat={plainNumber}
    />
  );
}
