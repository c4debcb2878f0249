import { decimalText, percentText } from '../../../db/words/numbers';
/** The change of a percentage, in percentage points ("+2.1 pts"): a share going from 10% to 12% is
 *  +2 points, not +20%, which would read as a much bigger move. */
export function PointsDelta({ value, previous, invert = false }: { value: number | null; previous: number | null; invert?: boolean }) {
  if (value === null || previous === null) return null;
  const diff = Math.round((value - previous) * 10) / 10;
  const good = diff === 0 ? 'flat' : (diff > 0) !== invert ? 'good' : 'bad';
  return (
    <span className={`delta delta-${good}`} title={`Previous: ${percentText(previous)}`}>
      <span aria-hidden>{diff > 0 ? '▲' : diff < 0 ? '▼' : '■'}</span> {diff > 0 ? '+' : diff < 0 ? '−' : '±'}
      {decimalText(Math.abs(diff))} pts
    </span>
  );
}
