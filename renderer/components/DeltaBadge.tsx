import { delta, formatMoney } from '../../db/words/money';
import { plainNumber, signedPct } from '../../db/words/numbers';

/** Absolute and percent change with its colour; `invert` where down is good. */
export function DeltaBadge({ value, previous, currency, invert = false }: { value: string; previous: string | null; currency?: string; invert?: boolean }) {
  const d = delta(value, previous);
  if (!d) return null;
  if (d.direction === 'flat') return <NoChange title={`Previous: ${previous}`} />;
  const good = (d.direction === 'up') !== invert ? 'good' : 'bad';
  const abs = currency ? formatMoney(d.abs.replace(/^-/, ''), currency) : d.abs.replace(/^-/, '');
  return (
    <span className={`delta delta-${good}`} title={`Previous: ${previous}`}>
      <span aria-hidden>{d.direction === 'up' ? '▲' : '▼'}</span> {d.direction === 'down' ? '−' : '+'}
      {abs} ({signedPct(d.pct)})
    </span>
  );
}

/** Equal values, zero against zero included: no arrow, no "+0.00 (new)". */
function NoChange({ title }: { title: string }) {
  return (
    <span className="delta delta-flat" title={title}>
      <span aria-hidden>■</span> no change
    </span>
  );
}

export function CountDelta({ value, previous, invert = false }: { value: number; previous: number | null; invert?: boolean }) {
  if (previous === null) return null;
  if (value === previous) return <NoChange title={`Previous: ${plainNumber(previous)}`} />;
  const diff = value - previous;
  const pct = previous === 0 ? null : Math.round((diff / Math.abs(previous)) * 1000) / 10;
  const good = diff === 0 ? 'flat' : (diff > 0) !== invert ? 'good' : 'bad';
  return (
    <span className={`delta delta-${good}`} title={`Previous: ${plainNumber(previous)}`}>
      <span aria-hidden>{diff > 0 ? '▲' : diff < 0 ? '▼' : '■'}</span> {diff > 0 ? '+' : diff < 0 ? '−' : ''}
      {plainNumber(Math.abs(diff))} ({signedPct(pct)})
    </span>
  );
}
