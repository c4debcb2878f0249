import type { EarningsDashboard } from '../../../electron/api/types';
import { streamColor } from '../../charts/palette';
import { TimeChart, type Series } from '../../charts/TimeChart';
import { axisOf } from '../../charts/bucket-axis';
import { compareStreams, streamName } from '../../../db/words/vocabulary';
import { formatMoney, sumDecimals, toChartNumber } from '../../../db/words/money';
import { plainNumber } from '../../../db/words/numbers';

/** Earnings by stream, stacked, for one currency, with the comparison period's total dashed over it. */
export function StreamChart({ d, currency }: { d: EarningsDashboard; currency: string }) {
  const streams = d.series.byStream.filter((s) => s.currency === currency).sort((a, b) => compareStreams(a.stream, b.stream));
  const series: Series[] = streams.map((s) => ({
    label: streamName(s.stream),
    values: s.values.map(toChartNumber),
    exact: s.values.map((v) => formatMoney(v, currency)),
    total: formatMoney(sumDecimals(s.values), currency),
    color: streamColor(s.stream),
  }));
  const prev = d.series.previousTotals.find((p) => p.currency === currency);
  if (prev)
    series.push({
      label: 'Previous period (total)',
      values: prev.values.map(toChartNumber),
      exact: prev.values.map((v) => formatMoney(v, currency)),
      total: formatMoney(sumDecimals(prev.values), currency),
      color: '#8a93a8',
      kind: 'line',
      dashed: true,
    });
  return (
    <TimeChart
      {...axisOf(d.series)}
      series={series}
      stacked
      ariaLabel={`Earnings in ${currency} by stream per ${d.series.granularity}`}
      yFormat={plainNumber}
    />
  );
}
