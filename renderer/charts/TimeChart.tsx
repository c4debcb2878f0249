import { useMemo } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import './register';
import { useChartColors } from './theme';
import { timeChartConfig, type Series } from './time-chart-config';

export type { Series };

export interface TimeChartProps {
  labels: string[];
  series: Series[];
  stacked?: boolean;
  height?: number;
  ariaLabel: string;
  yFormat?: (v: number) => string;
  /** Index from which points are provisional (drawn lighter). */
  provisionalFrom?: number;
}

/** Bars and lines over time, with the comparison period as a dashed line over the same buckets;
 *  series longer than DECIMATE_ABOVE points are drawn as decimated lines (see time-chart-config). */
export function TimeChart({ labels, series, stacked = false, height = 260, ariaLabel, yFormat, provisionalFrom }: TimeChartProps) {
  const colors = useChartColors();
  const config = useMemo(
    () => timeChartConfig({ labels, series, stacked, yFormat, provisionalFrom }, colors),
    [labels, series, stacked, yFormat, provisionalFrom, colors],
  );
  return (
    <div className="chart" style={{ height }} role="img" aria-label={ariaLabel} data-decimated={config.decimated || undefined}>
      <ReactChart
        type="bar"
        data={config.data as ChartData<'bar', (number | null)[], string>}
        options={config.options as ChartOptions<'bar'>}
      />
    </div>
  );
}
