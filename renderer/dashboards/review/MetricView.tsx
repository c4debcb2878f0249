import type { ReviewMetric } from '../../../electron/api/types';
import { CountDelta, DeltaBadge } from '../../components/DeltaBadge';
import { PointsDelta } from '../audience/PointsDelta';
import { formatMoney } from '../../../db/words/money';
import { decimalText, formatCount, percentText, ratingText } from '../../../db/words/numbers';

/** A review number as people read it: money exact to the cent, counts grouped, rates with one decimal. */
export function formatMetric(m: ReviewMetric, v: string | number | null): string {
  if (v === null) return m.absent ?? '–';
  switch (m.unit) {
    case 'money':
      return formatMoney(String(v), m.currency ?? '');
    case 'count':
      return formatCount(Number(v));
    case 'decimal':
      return decimalText(Number(v));
    case 'stars':
      return ratingText(Number(v));
    case 'percent':
      return percentText(Number(v));
    default:
      return String(v);
  }
}

/** The change against the last period in the metric's own terms (points for rates). */
export function MetricDelta({ m }: { m: ReviewMetric }) {
  if (m.value === null || m.previous === null || m.unit === 'text') return null;
  if (m.unit === 'money') return <DeltaBadge value={String(m.value)} previous={String(m.previous)} currency={m.currency} invert={m.invert} />;
  if (m.unit === 'percent') return <PointsDelta value={Number(m.value)} previous={Number(m.previous)} invert={m.invert} />;
  return <CountDelta value={Number(m.value)} previous={Number(m.previous)} invert={m.invert} />;
}

export function MetricTile({ m, compared }: { m: ReviewMetric; compared: boolean }) {
  return (
    <div className="kpi review-metric" data-testid={`metric-${m.id}`}>
      <div className="kpi-label">{m.label}</div>
      <div className="kpi-value" title={m.value === null ? undefined : String(m.value)}>
        {formatMetric(m, m.value)}
      </div>
      {compared && m.previous !== null && (
        <div className="kpi-delta">
          <MetricDelta m={m} /> <span className="muted small">from {formatMetric(m, m.previous)}</span>
        </div>
      )}
      {m.hint && <div className="kpi-hint">{m.hint}</div>}
    </div>
  );
}
