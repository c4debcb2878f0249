import type { MetricSeries, SeriesSet } from '../../../electron/api/types';
import { colorFor } from '../../charts/palette';
import { TimeChart, type Series } from '../../charts/TimeChart';
import { axisOf } from '../../charts/bucket-axis';
import { axisFormat, durationStep, formatValue, type MetricMeta } from './metric-meta';
import { countTotal } from '../../../db/words/numbers';

const BAND = '#8a93a8';
const PREVIOUS = '#8a93a8';

/** One metric over the period: the typical band shaded, the comparison period dashed, the period solid. */
export function MetricChart({ set, series, meta, color = colorFor(0), height = 200 }: { set: SeriesSet<string>; series: MetricSeries; meta: MetricMeta; color?: string; height?: number }) {
  const fmt = (v: number | null) => (v === null ? '–' : formatValue(v, meta.unit));
  const lines: Series[] = [];
  if (series.bandLow && series.bandHigh) {
    const low = series.bandLow;
    lines.push({ label: 'Typical low', values: low, color: BAND, kind: 'line', lineWidth: 0, hideInLegend: true });
    lines.push({
      label: 'Typical range',
      values: series.bandHigh,
      exact: series.bandHigh.map((h, i) => (h === null || low[i] === null ? null : `${fmt(low[i])} – ${fmt(h)}`)),
      color: BAND,
      kind: 'line',
      lineWidth: 0,
      fillToPrevious: true,
    });
  }
  const total = (values: (number | null)[]) => (meta.additive ? countTotal(values) : undefined);
  lines.push({ label: 'This period', values: series.values, exact: series.values.map(fmt), total: total(series.values), color, kind: 'line' });
  if (series.previous)
    lines.push({ label: 'Comparison period', values: series.previous, exact: series.previous.map(fmt), total: total(series.previous), color: PREVIOUS, kind: 'line', dashed: true });
  return (
    <TimeChart
      {...axisOf(set)}
      series={lines}
      height={height}
      ariaLabel={`${meta.label} per ${set.granularity}`}
      yFormat={axisFormat(meta.unit)}
      integer={meta.unit === 'count'}
      yStep={meta.unit === 'seconds' ? durationStep(lines.flatMap((l) => l.values)) : undefined}
      provisionalFrom={set.provisionalFrom ?? undefined}
    />
  );
}

/** Several items' values of one metric on the same axis (the A/B comparison). */
export function OverlayChart({ set, lines, meta, height = 200 }: { set: SeriesSet<string>; lines: { label: string; values: (number | null)[] }[]; meta: MetricMeta; height?: number }) {
  return (
    <TimeChart
      {...axisOf(set)}
      series={lines.map((l, i) => ({
        label: l.label,
        values: l.values,
        exact: l.values.map((v) => (v === null ? '–' : formatValue(v, meta.unit))),
        total: meta.additive ? countTotal(l.values) : undefined,
        color: colorFor(i),
        kind: 'line',
      }))}
      height={height}
      ariaLabel={`${meta.label} per ${set.granularity}: ${lines.map((l) => l.label).join(' and ')}`}
      yFormat={axisFormat(meta.unit)}
      integer={meta.unit === 'count'}
      yStep={meta.unit === 'seconds' ? durationStep(lines.flatMap((l) => l.values)) : undefined}
      provisionalFrom={set.provisionalFrom ?? undefined}
    />
  );
}

/** How to read the metric charts, naming the band only when there is one. */
export function overTimeNote(set: SeriesSet<string>, extra = ''): string {
  const banded = Object.values(set.metrics as Record<string, MetricSeries>).some((m) => m.bandLow !== null);
  return [
    'Solid: this period. Dashed: the comparison period, bucket by bucket from its start.',
    banded ? `Shaded: the typical range (middle 80% of up to ${set.bandPeriods} earlier periods of this length).` : '',
    extra,
  ]
    .filter(Boolean)
    .join(' ');
}

/** One captioned chart per metric, in the given order: the "Over time" grid of every item page. */
export function MetricFigures<M extends string>({ set, order, meta }: { set: SeriesSet<M>; order: readonly M[]; meta: Record<M, MetricMeta> }) {
  return (
    <>
      {order.map((m) => (
        <figure key={m} className="metric-figure" data-testid={`chart-${m}`}>
          <figcaption>{meta[m].label}</figcaption>
          <MetricChart set={set as SeriesSet<string>} series={set.metrics[m]} meta={meta[m]} />
        </figure>
      ))}
    </>
  );
}
