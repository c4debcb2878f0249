import type { KeyedSeries, SeriesSet } from '../../../electron/api/types';
import { colorFor } from '../../charts/palette';
import { TimeChart } from '../../charts/TimeChart';
import { axisOf } from '../../charts/bucket-axis';
import { countTotal, formatCount } from '../../../db/words/numbers';

/** Milestones (lines: one play can hit several) or identities (stacked bars: each play picks one) over time. */
export function KeyedChart({ set, rows, stacked, label }: { set: SeriesSet<string>; rows: KeyedSeries[]; stacked: boolean; label: string }) {
  if (rows.length === 0) return <p className="muted">Nothing recorded in this period.</p>;
  return (
    <TimeChart
      {...axisOf(set)}
      series={rows.map((r, i) => ({
        label: r.name,
        values: r.values,
        exact: r.values.map((v) => (v === null ? '–' : formatCount(v))),
        total: countTotal(r.values),
        color: colorFor(i),
        kind: stacked ? 'bar' : 'line',
      }))}
      stacked={stacked}
      integer
      height={240}
      ariaLabel={`${label} per ${set.granularity}`}
      provisionalFrom={set.provisionalFrom ?? undefined}
    />
  );
}
