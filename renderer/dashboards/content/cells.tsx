// Table cells and columns shared by the Characters, Plugins and Stories tables.
import type { Compared, NumCompared } from '../../../electron/api/types';
import type { Column } from '../../components/DataTable';
import { MetricDelta, MetricValue } from './Metric';
import type { MetricMeta } from './metric-meta';
import { delta, formatMoney, groupDecimal, toMicros } from '../../../db/words/money';
import { signedPct } from '../../../db/words/numbers';

/** A metric column: the value with its compact change, sortable by value (undefined values last). */
export function metricColumn<R>(key: string, meta: MetricMeta, get: (r: R) => NumCompared, options: { header?: string; delta?: boolean } = {}): Column<R> {
  return {
    key,
    header: options.header ?? meta.label,
    title: meta.help,
    align: 'right',
    render: (r) => {
      const m = get(r);
      return (
        <span className="metric-cell">
          <MetricValue value={m.value} meta={meta} />
          {options.delta !== false && <MetricDelta m={m} meta={meta} compact />}
        </span>
      );
    },
    sortValue: (r) => get(r).value,
  };
}

/** The percent change of a count, for a sortable Change column. */
export function changePct(m: NumCompared): number | null {
  if (m.value === null || m.previous === null || m.previous === 0) return null;
  return ((m.value - m.previous) / Math.abs(m.previous)) * 100;
}

export function changeColumn<R>(key: string, header: string, get: (r: R) => NumCompared): Column<R> {
  return {
    key,
    header,
    align: 'right',
    title: 'Change against the comparison period',
    render: (r) => {
      const m = get(r);
      const pct = changePct(m);
      if (m.previous === null) return <span className="muted" title="no comparison period">–</span>;
      if (pct === null)
        return m.value === 0 || m.value === null ? (
          <span className="muted">no change</span>
        ) : (
          <span className="muted" title="nothing in the comparison period to compare with">from zero</span>
        );
      const dir = Math.abs(pct) < 0.05 ? 'flat' : pct > 0 ? 'good' : 'bad';
      return <span className={`delta delta-${dir}`}>{signedPct(Math.round(pct * 10) / 10)}</span>;
    },
    sortValue: (r) => changePct(get(r)),
  };
}

/** An exact amount with its compact change. */
export function MoneyCell({ m, currency }: { m: Compared | undefined; currency: string }) {
  if (!m) return <span className="muted">–</span>;
  const d = delta(m.value, m.previous);
  // The column header names the currency; cells keep to the number so the table stays narrow.
  return (
    <span className="metric-cell" title={`${m.value} ${currency}`}>
      {groupDecimal(m.value)}
      {d && d.direction !== 'flat' && (
        <span className={`mini-delta delta-${d.direction === 'up' ? 'good' : 'bad'}`} title={`Comparison period: ${formatMoney(m.previous!, currency)}`}>
          {signedPct(d.pct)}
        </span>
      )}
    </span>
  );
}

export function moneyColumn<R>(key: string, header: string, currency: string, get: (r: R) => Compared | undefined, title?: string): Column<R> {
  return {
    key,
    header,
    title,
    align: 'right',
    render: (r) => <MoneyCell m={get(r)} currency={currency} />,
    sortValue: (r) => {
      const m = get(r);
      return m ? toMicros(m.value) : null;
    },
  };
}

/** Sparkline points: unpublished days at the end are left off (not drawn as a fall to zero); an item's day without stats counts as zero. */
export function sparkValues(spark: (number | null)[]): number[] {
  let end = spark.length;
  while (end > 0 && spark[end - 1] === null) end--;
  return spark.slice(0, end).map((v) => v ?? 0);
}

/** The change of an exact amount, with "no change" rather than a percentage of nothing. */
export function MoneyDelta({ m, currency }: { m: Compared; currency: string }) {
  const d = delta(m.value, m.previous);
  if (!d) return null;
  const title = `Comparison period: ${formatMoney(m.previous!, currency)}`;
  if (d.direction === 'flat')
    return (
      <span className="delta delta-flat" title={title}>
        <span aria-hidden>■</span> no change
      </span>
    );
  return (
    <span className={`delta delta-${d.direction === 'up' ? 'good' : 'bad'}`} title={title}>
      <span aria-hidden>{d.direction === 'up' ? '▲' : '▼'}</span> {d.direction === 'up' ? '+' : '−'}
      {formatMoney(d.abs.replace(/^-/, ''), currency)} ({signedPct(d.pct)})
    </span>
  );
}
