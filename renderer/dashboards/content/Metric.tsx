import type { Kpi, NumCompared } from '../../../electron/api/types';
import { KpiCard } from '../../components/KpiCard';
import { formatChange, formatValue, type MetricMeta } from './metric-meta';
import { formatCount, signedPct } from '../../../db/words/numbers';

/** A metric's value; "–" with the reason as its tooltip when it is undefined (a zero denominator). */
export function MetricValue({ value, meta }: { value: number | null; meta: MetricMeta }) {
  if (value === null)
    return (
      <span className="muted undefined-value" title={`Not defined: ${meta.why}`} aria-label={`not defined: ${meta.why}`}>
        –
      </span>
    );
  return <>{formatValue(value, meta.unit)}</>;
}

/** The change against the comparison period, in the metric's own terms and as a percentage. */
export function MetricDelta({ m, meta, compact = false, invert = meta.downIsGood ?? false }: { m: NumCompared; meta: MetricMeta; compact?: boolean; invert?: boolean }) {
  const c = formatChange(m.value, m.previous, meta.unit);
  if (!c) return null;
  // A change that rounds to nothing on screen reads as flat, not as a coloured "+0.0".
  const shown = meta.unit === 'ratio' ? Math.abs((m.value! - m.previous!) * 100) >= 0.05 : c.pct === null || Math.abs(c.pct) >= 0.05;
  const direction = shown ? c.direction : 'flat';
  const good = direction === 'flat' ? 'flat' : (direction === 'up') !== invert ? 'good' : 'bad';
  const arrow = c.direction === 'up' ? '▲' : c.direction === 'down' ? '▼' : '■';
  const title = `Comparison period: ${formatValue(m.previous, meta.unit)}`;
  if (compact)
    return (
      <span className={`mini-delta delta-${good}`} title={`${title} (${c.text})`}>
        {!shown ? '±0' : meta.unit === 'ratio' ? c.text.replace(' pts', ' pt') : signedPct(c.pct === null ? null : Math.round(c.pct * 10) / 10)}
      </span>
    );
  if (!shown)
    return (
      <span className="delta delta-flat" title={title}>
        <span aria-hidden>■</span> about the same
      </span>
    );
  return (
    <span className={`delta delta-${good}`} title={title}>
      <span aria-hidden>{arrow}</span> {c.text}
      {meta.unit !== 'ratio' && ` (${signedPct(c.pct === null ? null : Math.round(c.pct * 10) / 10)})`}
    </span>
  );
}

const AGAINST: Record<Kpi['against'], string> = { above: 'above usual', below: 'below usual', usual: 'usual', unknown: '' };

/** The colour of "above/below usual": green is good news, so it flips where a rise is bad. */
const tone = (a: Kpi['against'], meta: MetricMeta) => (!meta.downIsGood ? a : a === 'above' ? 'below' : a === 'below' ? 'above' : a);

/** A KPI card: the value, its change, and where it sits in the item's typical band. */
export function MetricKpi({ kpi, meta, testId, compared }: { kpi: Kpi; meta: MetricMeta; testId?: string; compared: boolean }) {
  const band = kpi.band;
  return (
    <KpiCard
      testId={testId}
      label={meta.label}
      value={<MetricValue value={kpi.value} meta={meta} />}
      delta={compared ? <MetricDelta m={kpi} meta={meta} /> : undefined}
      hint={
        band || (meta.parts && kpi.parts) ? (
          <>
            {meta.parts && kpi.parts && <PartsLine parts={kpi.parts} words={meta.parts} />}
            {band && (
              <span title={`The middle 80% of its last ${band.samples} periods of this length`}>
                Typical {formatValue(band.low, meta.unit)} – {formatValue(band.high, meta.unit)}
                {kpi.against !== 'unknown' && <span className={`against against-${tone(kpi.against, meta)}`}> · {AGAINST[kpi.against]}</span>}
              </span>
            )}
          </>
        ) : undefined
      }
    />
  );
}

/** "312 of 773 profile views": what a rate divides, so it can be checked against the counts beside it. */
function PartsLine({ parts, words }: { parts: NonNullable<Kpi['parts']>; words: NonNullable<MetricMeta['parts']> }) {
  if (parts.numerator === null || parts.denominator === null) return null;
  return (
    <span className="kpi-parts" data-testid="rate-parts">
      {formatCount(parts.numerator)} {words.of} ÷ {formatCount(parts.denominator)} {words.in}
      <br />
    </span>
  );
}

/** Said when no metric has a typical band, so its absence is not a mystery. */
export function NoBandNote({ kpis }: { kpis: Record<string, Kpi> }) {
  if (Object.values(kpis).some((k) => k.band !== null)) return null;
  return <p className="footnote">No typical range yet: it needs at least 4 earlier periods of this length with stats (never for “All time”).</p>;
}
