// The Chart.js configuration of a TimeChart, as a pure function so that tests can check it without a page.
import { Chart, type ChartData, type ChartOptions } from 'chart.js';
import { plainNumber } from '../../db/words/numbers';
import { eventLine, type ChartMarker, type MarkerOptions } from './markers';

export interface Series {
  label: string;
  values: (number | null)[];
  /** Exact text per point for the tooltip (money stays exact there). */
  exact?: (string | null)[];
  color: string;
  kind?: 'bar' | 'line';
  /** The comparison overlay: drawn dashed. */
  dashed?: boolean;
  /** An estimate, not an actual: bars drawn outlined over a faint fill, and "(estimate)" in the tooltip. */
  estimate?: boolean;
  stack?: string;
  /** Draw as a shaded band between this series and the one before it (typical band). */
  fillToPrevious?: boolean;
  /** Leave out of the legend and tooltip (e.g. the lower edge of a band, which the band's own entry names). */
  hideInLegend?: boolean;
  /** Line width in pixels (lines default to 2; band edges read better at 0 or 1). */
  lineWidth?: number;
  /** The period's total of a flow (money, counts), exact and formatted by the caller: the chart's
   *  summary names it. Left out for levels and rates, which do not add up. */
  total?: string;
}

export interface TimeChartInput {
  labels: string[];
  series: Series[];
  stacked?: boolean;
  yFormat?: (v: number) => string;
  /** Index from which points are provisional (drawn lighter). */
  provisionalFrom?: number;
  /** Buckets holding only part of their days (bucket-axis.ts; their labels say which): drawn lighter. */
  partial?: number[];
  /** Whole counts: straight lines between points (a curve would pass through 1.5 uninstalls) and whole
   *  ticks on the axis. */
  integer?: boolean;
  /** A fixed step between the axis's ticks (durations step by whole minutes, not by Chart.js's tenths). */
  yStep?: number;
  /** Events on the chart's buckets (markers.ts): drawn as flagged lines, named in the tooltip. Absent
   *  for a chart that shows no events (its plot keeps no room for their flags). */
  markers?: ChartMarker[];
}

/** What markers are drawn in: the platform's events, the creator's own, and the surface behind them. */
export interface ChartColorsIn {
  text: string;
  muted: string;
  grid: string;
  marker?: string;
  markerOwn?: string;
  surface?: string;
}

/** Above this many points per series, a chart is drawn as lines over a numeric x axis and decimated. */
export const DECIMATE_ABOVE = 1000;
/** Points kept per series after decimation (LTTB): about one per two pixels of a wide chart. */
export const DECIMATED_SAMPLES = 500;

type Point = { x: number; y: number | null };
type AnyData = ChartData<'bar' | 'line', (number | null)[] | Point[], string>;

export interface TimeChartConfig {
  decimated: boolean;
  data: AnyData;
  options: ChartOptions<'bar' | 'line'>;
}

/**
 * Up to DECIMATE_ABOVE buckets: bars and lines over category labels, as always. Beyond that (a long
 * custom range at day granularity), a bar is narrower than a pixel and Chart.js would draw every
 * point: every series becomes a line over x = bucket index with parsing off, stacked series are summed
 * here (drawn as a stacked area), and Chart.js's decimation plugin keeps DECIMATED_SAMPLES points per
 * series (largest-triangle-three-buckets, which keeps peaks). Tooltips read the bucket index from the
 * point, so exact values and labels stay right after decimation.
 */
export function timeChartConfig({ labels, series, stacked = false, yFormat, provisionalFrom, partial = [], integer = false, yStep, markers }: TimeChartInput, colors: ChartColorsIn): TimeChartConfig {
  const decimated = labels.length > DECIMATE_ABOVE;
  const provisional = (i: number) => provisionalFrom !== undefined && i >= provisionalFrom;
  const lighter = (i: number) => provisional(i) || partial.includes(i);
  // Thousands separators on every axis that has no format of its own ("25,000", not "25000").
  const axisText = yFormat ?? plainNumber;
  const legend = {
    position: 'bottom' as const,
    labels: {
      color: colors.text,
      boxWidth: 12,
      usePointStyle: true,
      filter: (item: { datasetIndex?: number }) => !series[item.datasetIndex ?? -1]?.hideInLegend,
      // A series' own colour: Chart.js takes the first bar's, which is the lighter one when that bucket is partial.
      generateLabels: (chart: Chart) =>
        Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
          const own = series[item.datasetIndex ?? -1];
          return own && !own.fillToPrevious ? { ...item, fillStyle: own.color, strokeStyle: own.color } : item;
        }),
    },
  };
  const yScale = {
    stacked: decimated ? false : stacked,
    ticks: { color: colors.muted, callback: (v: number | string) => axisText(Number(v)), ...(integer ? { precision: 0 } : {}), ...(yStep ? { stepSize: yStep } : {}) },
    grid: { color: colors.grid },
    beginAtZero: true,
  };
  // The events of a bucket close its tooltip; the flags above the plot need room.
  const markerAt = new Map((markers ?? []).map((m) => [m.index, m]));
  const eventFooter = (index: number) => markerAt.get(index)?.events.map((e) => `⚑ ${eventLine(e, true)}`) ?? [];
  const markerOptions: MarkerOptions = { markers: markers ?? [], color: colors.marker ?? colors.muted, ownColor: colors.markerOwn ?? colors.text, surface: colors.surface ?? '#ffffff' };
  // A chart that can carry markers keeps their room whether or not any has loaded, so the plot does not jump.
  const layout = markers !== undefined ? { padding: { top: 16 } } : undefined;
  const tooltipLabel = (datasetIndex: number, index: number, raw: unknown) => {
    const s = series[datasetIndex];
    const exact = s?.exact?.[index];
    const value = exact ?? (yFormat ? yFormat(Number(raw)) : String(raw));
    return `${s?.label}: ${value}${s?.estimate ? ' (estimate)' : provisional(index) ? ' (provisional)' : ''}`;
  };

  if (!decimated) {
    // Per-point colours make Chart.js resolve every bar's options on its own; without a provisional
    // point, one colour per series lets it resolve them once and share them.
    const anyProvisional = (provisionalFrom !== undefined && provisionalFrom < labels.length) || partial.length > 0;
    const data = {
      labels,
      datasets: series.map((s) => {
        const provisionalColor = (i: number) => (lighter(i) ? `${s.color}66` : s.color);
        return {
          type: s.kind ?? 'bar',
          label: s.label,
          data: s.values,
          backgroundColor: s.estimate ? `${s.color}2e` : s.fillToPrevious ? `${s.color}22` : s.kind === 'line' || !anyProvisional ? s.color : labels.map((_, i) => provisionalColor(i)),
          borderColor: s.color,
          borderWidth: s.kind === 'line' ? (s.lineWidth ?? 2) : s.estimate ? 1.5 : 0,
          borderDash: s.dashed ? [6, 4] : undefined,
          pointRadius: s.kind === 'line' && labels.length <= 40 && !s.fillToPrevious && !s.hideInLegend ? 2 : 0,
          // Provisional days of a line are drawn lighter, as provisional bars are.
          segment:
            anyProvisional && !s.fillToPrevious
              ? { borderColor: (ctx: { p1DataIndex: number }) => (lighter(ctx.p1DataIndex) ? `${s.color}66` : undefined) }
              : undefined,
          pointHoverRadius: 4,
          fill: s.fillToPrevious ? '-1' : false,
          // Rates and amounts smooth without overshooting (monotone); whole counts straight.
          cubicInterpolationMode: integer ? ('default' as const) : ('monotone' as const),
          tension: 0,
          stack: s.kind === 'line' ? undefined : (s.stack ?? (stacked ? 'stack' : undefined)),
          order: s.kind === 'line' ? 0 : 1,
          spanGaps: true,
        };
      }),
    } as AnyData;
    const options: ChartOptions<'bar' | 'line'> = {
      responsive: true,
      layout,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend,
        tooltip: {
          filter: (item) => !series[item.datasetIndex]?.hideInLegend,
          callbacks: { label: (ctx) => tooltipLabel(ctx.datasetIndex, ctx.dataIndex, ctx.raw), footer: (items) => (items[0] ? eventFooter(items[0].dataIndex) : []) },
        },
        eventMarkers: markerOptions,
      },
      scales: {
        x: { stacked, ticks: { color: colors.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 12 }, grid: { display: false } },
        y: yScale,
      },
    };
    return { decimated, data, options };
  }

  // Stacked bars become a stacked area: each stacked series is drawn at its running sum, filled down
  // to the stacked series before it (the first to zero). Chart.js's own stacking is off here, because
  // decimation picks different x positions per series and its stacks would not line up.
  const stackOf = (s: Series) => (s.kind === 'line' ? undefined : (s.stack ?? (stacked ? 'stack' : undefined)));
  const running = new Map<string, (number | null)[]>();
  const lastInStack = new Map<string, number>();
  const datasets = series.map((s, datasetIndex) => {
    const stack = stackOf(s);
    let ys = s.values;
    let fill: string | number | boolean = s.fillToPrevious ? '-1' : false;
    if (stack !== undefined) {
      const below = running.get(stack);
      ys = below ? s.values.map((v, i) => (v === null && below[i] === null ? null : (v ?? 0) + (below[i] ?? 0))) : s.values;
      fill = lastInStack.has(stack) ? lastInStack.get(stack)! : 'origin';
      running.set(stack, ys);
      lastInStack.set(stack, datasetIndex);
    }
    const area = stack !== undefined || s.fillToPrevious;
    return {
      type: 'line' as const,
      label: s.label,
      data: ys.map((y, x): Point => ({ x, y })),
      backgroundColor: area ? `${s.color}${s.fillToPrevious ? '22' : '99'}` : s.color,
      borderColor: s.color,
      borderWidth: s.kind === 'line' ? (s.lineWidth ?? 2) : 1,
      borderDash: s.dashed ? [6, 4] : undefined,
      pointRadius: 0,
      pointHoverRadius: 3,
      fill,
      tension: 0,
      order: s.kind === 'line' ? 0 : 1,
      spanGaps: true,
    };
  });
  const indexOf = (raw: unknown, fallback: number) => (raw && typeof raw === 'object' && 'x' in raw ? Number((raw as Point).x) : fallback);
  const options: ChartOptions<'line'> = {
    responsive: true,
    layout,
    parsing: false,
    normalized: true,
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    plugins: {
      decimation: { enabled: true, algorithm: 'lttb', samples: DECIMATED_SAMPLES, threshold: DECIMATE_ABOVE },
      legend,
      tooltip: {
        filter: (item) => !series[item.datasetIndex]?.hideInLegend,
        callbacks: {
          title: (items) => (items[0] ? (labels[indexOf(items[0].raw, items[0].dataIndex)] ?? '') : ''),
          label: (ctx) => {
            const index = indexOf(ctx.raw, ctx.dataIndex);
            const own = series[ctx.datasetIndex]?.values[index];
            return tooltipLabel(ctx.datasetIndex, index, own);
          },
          footer: (items) => (items[0] ? eventFooter(indexOf(items[0].raw, items[0].dataIndex)) : []),
        },
      },
      eventMarkers: markerOptions,
    },
    scales: {
      x: {
        type: 'linear',
        min: 0,
        max: labels.length - 1,
        ticks: { color: colors.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 12, callback: (v) => labels[Math.round(Number(v))] ?? '' },
        grid: { display: false },
      },
      y: yScale,
    },
  };
  return { decimated, data: { datasets } as AnyData, options: options as ChartOptions<'bar' | 'line'> };
}
