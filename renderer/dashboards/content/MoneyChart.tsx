import type { MoneySeries, SeriesSet } from '../../../electron/api/types';
import { colorFor } from '../../charts/palette';
import { TimeChart } from '../../charts/TimeChart';
import { axisOf } from '../../charts/bucket-axis';
import { formatMoney, sumDecimals, toChartNumber } from '../../../db/words/money';
import { currencyName } from '../../../db/words/vocabulary';
import { compactNumber } from '../../../db/words/numbers';

/** Money of one currency per bucket, with the comparison period dashed; tooltips keep amounts exact. */
export function MoneyChart({ set, series, color = colorFor(2), height = 200 }: { set: SeriesSet<string>; series: MoneySeries; color?: string; height?: number }) {
  const c = series.currency;
  return (
    <TimeChart
      {...axisOf(set)}
      series={[
        { label: 'This period', values: series.values.map(toChartNumber), exact: series.values.map((v) => formatMoney(v, c, 6)), total: formatMoney(sumDecimals(series.values), c, 6), color },
        ...(series.previous
          ? [
              {
                label: 'Comparison period',
                values: series.previous.map(toChartNumber),
                exact: series.previous.map((v) => formatMoney(v, c, 6)),
                total: formatMoney(sumDecimals(series.previous), c, 6),
                color: '#8a93a8',
                kind: 'line' as const,
                dashed: true,
              },
            ]
          : []),
      ]}
      height={height}
      ariaLabel={`Earnings in ${currencyName(c)} per ${set.granularity}`}
      yFormat={compactNumber}
    />
  );
}
