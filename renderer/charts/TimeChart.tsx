import { useMemo } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Column } from '../components/DataTable';
import './register';
import { chartRows, chartSummary, readableSeries, type ChartRow } from './chart-text';
import { ChartFrame } from './ChartFrame';
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
  /** Whole counts: straight lines, whole ticks. */
  integer?: boolean;
  yStep?: number;
  /** Index from which points are provisional (drawn lighter). */
  provisionalFrom?: number;
  /** Buckets holding part of their days (drawn lighter; their labels say so). */
  partial?: number[];
  /** The heading of the table's first column (the buckets): "Date" unless said. */
  xLabel?: string;
}

/** Bars and lines over time, with the comparison period as a dashed line over the same buckets;
 *  series longer than DECIMATE_ABOVE points are drawn as decimated lines (see time-chart-config). */
export function TimeChart({ labels, series, stacked = false, height = 260, ariaLabel, yFormat, provisionalFrom, partial, integer, yStep, xLabel = 'Date' }: TimeChartProps) {
  const colors = useChartColors();
  const config = useMemo(
    () => timeChartConfig({ labels, series, stacked, yFormat, provisionalFrom, partial, integer, yStep }, colors),
    [labels, series, stacked, yFormat, provisionalFrom, partial, integer, yStep, colors],
  );
  const summary = useMemo(() => chartSummary({ labels, series, yFormat, provisionalFrom }), [labels, series, yFormat, provisionalFrom]);
  const table = () => {
    const shown = readableSeries(series);
    const columns: Column<ChartRow>[] = [
      { key: 'x', header: xLabel, render: (r) => r.label, sortValue: (r) => r.index },
      ...shown.map(
        (s, i): Column<ChartRow> => ({
          key: `s${i}`,
          header: s.label,
          align: 'right',
          render: (r) => r.cells[i] ?? '–',
          sortValue: (r) => s.values[r.index] ?? null,
        }),
      ),
    ];
    return { caption: ariaLabel, columns, rows: chartRows({ labels, series, yFormat, provisionalFrom }), rowKey: (r: ChartRow) => r.key };
  };
  return (
    <ChartFrame label={ariaLabel} summary={summary} height={height} table={table} decimated={config.decimated}>
      <ReactChart
        type="bar"
        aria-hidden
        data={config.data as ChartData<'bar', (number | null)[], string>}
        options={config.options as ChartOptions<'bar'>}
      />
    </ChartFrame>
  );
}
