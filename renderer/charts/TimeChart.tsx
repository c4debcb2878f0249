import { useContext, useId, useMemo } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Column } from '../components/DataTable';
import { ChartEvents, EventGroupContext } from '../events/ChartEvents';
import { useEvents, useTimeline } from '../events/context';
import './register';
import type { ChartTimeline } from './bucket-axis';
import { chartRows, chartSummary, readableSeries, type ChartRow } from './chart-text';
import { ChartFrame } from './ChartFrame';
import { dayOfBucket, markerPlugin, markersOn } from './markers';
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
  /** The days behind the buckets (bucket-axis.ts): with one, and a page timeline around it, the chart
   *  draws the events of its days, lists them under itself and adds a note on the day clicked. */
  timeline?: ChartTimeline;
}

const PLUGINS = [markerPlugin];

/** Bars and lines over time, with the comparison period as a dashed line over the same buckets;
 *  series longer than DECIMATE_ABOVE points are drawn as decimated lines (see time-chart-config). */
export function TimeChart({ labels, series, stacked = false, height = 260, ariaLabel, yFormat, provisionalFrom, partial, integer, yStep, xLabel = 'Date', timeline }: TimeChartProps) {
  const colors = useChartColors();
  const page = useTimeline();
  // Charts drawn as a group (an item page's grid) share one list of events, under the group.
  const group = useContext(EventGroupContext);
  const ownOrigin = useId();
  const origin = group?.origin ?? ownOrigin;
  const range = page && timeline && timeline.buckets.length > 0 ? { from: timeline.from, to: timeline.to } : null;
  const events = useEvents(page, range);
  const shows = range !== null;
  // On an item's own page every event is about the item: its name is not repeated in the tooltips and summary.
  const itemPage = page !== null && page.scope.kind !== 'account';
  const markers = useMemo(() => {
    if (!timeline || !shows) return undefined;
    const list = events.data?.events ?? [];
    return markersOn(itemPage ? list.map((e) => ({ ...e, item: null })) : list, timeline);
  }, [timeline, shows, events.data, itemPage]);
  const config = useMemo(
    () => timeChartConfig({ labels, series, stacked, yFormat, provisionalFrom, partial, integer, yStep, markers }, colors),
    [labels, series, stacked, yFormat, provisionalFrom, partial, integer, yStep, markers, colors],
  );
  const options = useMemo(() => {
    if (!page || !timeline) return config.options;
    // A click on the plot adds a note on the day of the bucket under it (the list's "Add a note" does the same from the keyboard).
    const onClick: ChartOptions<'bar' | 'line'>['onClick'] = (event, _elements, chart) => {
      if (event.x === null) return;
      const day = dayOfBucket(timeline, Math.round(Number(chart.scales.x.getValueForPixel(event.x))));
      if (day) page.open(origin, { kind: 'note', day }, null);
    };
    return { ...config.options, onClick };
  }, [config.options, page, timeline, origin]);
  const summary = useMemo(() => chartSummary({ labels, series, yFormat, provisionalFrom, markers }), [labels, series, yFormat, provisionalFrom, markers]);
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
      ...(markers?.length ? [{ key: 'events', header: 'Events', render: (r: ChartRow) => r.events ?? '' } satisfies Column<ChartRow>] : []),
    ];
    return { caption: ariaLabel, columns, rows: chartRows({ labels, series, yFormat, provisionalFrom, markers }), rowKey: (r: ChartRow) => r.key };
  };
  return (
    <ChartFrame
      label={ariaLabel}
      summary={summary}
      height={height}
      table={table}
      decimated={config.decimated}
      footer={page && range && !group ? <ChartEvents origin={origin} range={range} events={events.data?.events ?? null} /> : undefined}
    >
      <ReactChart
        type="bar"
        aria-hidden
        data={config.data as ChartData<'bar', (number | null)[], string>}
        options={options as ChartOptions<'bar'>}
        plugins={PLUGINS as never}
      />
    </ChartFrame>
  );
}
