import { useMemo } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import './register';
import { useChartColors } from './theme';

export interface Series {
  label: string;
  values: (number | null)[];
  /** Exact text per point for the tooltip (money stays exact there). */
  exact?: (string | null)[];
  color: string;
  kind?: 'bar' | 'line';
  /** The comparison overlay: drawn dashed. */
  dashed?: boolean;
  stack?: string;
  /** Draw as a shaded band between this series and the one before it (typical band). */
  fillToPrevious?: boolean;
  /** Leave out of the legend and tooltip (e.g. the lower edge of a band, which the band's own entry names). */
  hideInLegend?: boolean;
  /** Line width in pixels (lines default to 2; band edges read better at 0 or 1). */
  lineWidth?: number;
}

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

/** Bars and lines over time, with the comparison period as a dashed line over the same buckets. */
export function TimeChart({ labels, series, stacked = false, height = 260, ariaLabel, yFormat, provisionalFrom }: TimeChartProps) {
  const colors = useChartColors();
  const data = useMemo<ChartData<'bar' | 'line', (number | null)[], string>>(
    () => ({
      labels,
      datasets: series.map((s) => {
        const provisionalColor = (i: number) => (provisionalFrom !== undefined && i >= provisionalFrom ? `${s.color}66` : s.color);
        return {
          type: s.kind ?? 'bar',
          label: s.label,
          data: s.values,
          backgroundColor: s.fillToPrevious ? `${s.color}22` : s.kind === 'line' ? s.color : labels.map((_, i) => provisionalColor(i)),
          borderColor: s.color,
          borderWidth: s.kind === 'line' ? (s.lineWidth ?? 2) : 0,
          borderDash: s.dashed ? [6, 4] : undefined,
          pointRadius: s.kind === 'line' && labels.length <= 40 && !s.fillToPrevious && !s.hideInLegend ? 2 : 0,
          // Provisional days of a line are drawn lighter, as provisional bars are.
          segment: {
            borderColor: (ctx: { p1DataIndex: number }) => (provisionalFrom !== undefined && ctx.p1DataIndex >= provisionalFrom && !s.fillToPrevious ? `${s.color}66` : undefined),
          },
          pointHoverRadius: 4,
          fill: s.fillToPrevious ? '-1' : false,
          tension: 0.25,
          stack: s.kind === 'line' ? undefined : (s.stack ?? (stacked ? 'stack' : undefined)),
          order: s.kind === 'line' ? 0 : 1,
          spanGaps: true,
        };
      }) as ChartData<'bar' | 'line', (number | null)[], string>['datasets'],
    }),
    [labels, series, stacked, provisionalFrom],
  );
  const options = useMemo<ChartOptions<'bar' | 'line'>>(
    () => ({
      responsive: true,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: {
          position: 'bottom',
          labels: { color: colors.text, boxWidth: 12, usePointStyle: true, filter: (item) => !series[item.datasetIndex ?? -1]?.hideInLegend },
        },
        tooltip: {
          filter: (item) => !series[item.datasetIndex]?.hideInLegend,
          callbacks: {
            label: (ctx) => {
              const s = series[ctx.datasetIndex];
              const exact = s?.exact?.[ctx.dataIndex];
              const value = exact ?? (yFormat ? yFormat(Number(ctx.raw)) : String(ctx.raw));
              return `${s?.label}: ${value}${provisionalFrom !== undefined && ctx.dataIndex >= provisionalFrom ? ' (provisional)' : ''}`;
            },
          },
        },
      },
      scales: {
        x: { stacked, ticks: { color: colors.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 12 }, grid: { display: false } },
        y: {
          stacked,
          ticks: { color: colors.muted, callback: (v) => (yFormat ? yFormat(Number(v)) : String(v)) },
          grid: { color: colors.grid },
          beginAtZero: true,
        },
      },
    }),
    [colors, series, stacked, yFormat, provisionalFrom],
  );
  return (
    <div className="chart" style={{ height }} role="img" aria-label={ariaLabel}>
      <ReactChart type="bar" data={data} options={options} />
    </div>
  );
}
