import type { Breakdown } from '../../../electron/api/types';
import { colorFor } from '../../charts/palette';
import { MetricDelta } from './Metric';
import { formatCount, percentText } from '../../../db/words/numbers';

const COUNT = { label: '', unit: 'count' as const, why: '' };

/** A breakdown as bars: each entry's share, its count and its change against the comparison period. */
export function BreakdownList({ rows, unit, empty, limit }: { rows: Breakdown[]; unit: string; empty: string; limit?: number }) {
  const shown = limit ? rows.slice(0, limit) : rows;
  if (shown.length === 0 || shown.every((r) => r.value === 0 && !r.previous)) return <p className="muted">{empty}</p>;
  return (
    <ul className="share-list breakdown-list">
      {shown.map((r, i) => {
        const pct = r.sharePct ?? 0;
        return (
          <li key={r.key}>
            <span className="share-name" title={r.name}>
              <span className="swatch" style={{ background: colorFor(i) }} aria-hidden />
              <span className="ellipsis">{r.name}</span>
            </span>
            <span className="share-bar" aria-hidden>
              <span style={{ width: `${Math.min(100, pct)}%`, background: colorFor(i) }} />
            </span>
            <span className="num" title={r.sharePct === null ? 'nothing counted in this period' : undefined}>
              {r.sharePct === null ? '–' : percentText(pct)}
            </span>
            <span className="num">
              {formatCount(r.value)} {unit}
            </span>
            <MetricDelta m={{ value: r.value, previous: r.previous }} meta={COUNT} />
          </li>
        );
      })}
    </ul>
  );
}
