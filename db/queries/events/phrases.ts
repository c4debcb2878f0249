// How a before/after comparison reads: values, changes and usual ranges in each figure's unit (a rate
// in percent changing by points, a daily mean, a plain mean), and the verdict against the usual
// variation. The page, the export and the review say exactly these words.
import { decimalText, ratioText } from '../../words/numbers';
import type { BeforeAfterMetric, ChangeVerdict } from '../types/events';

type Unit = BeforeAfterMetric['unit'];

const MINUS = '−';

function signed(v: number, digits: 1 | 2): string {
  const text = decimalText(Math.abs(v), digits);
  const zero = Number(text.replace(/,/g, '')) === 0;
  return `${zero ? '±' : v > 0 ? '+' : MINUS}${text}`;
}

/** Messages per chat and daily means to one decimal, two below 10 a day (a change of 0.3 a day is real on a small item). */
const digitsFor = (unit: Unit, v: number): 1 | 2 => (unit === 'per-day' && Math.abs(v) < 10 ? 2 : 1);

export function valueText(unit: Unit, v: number | null): string {
  if (v === null) return '–';
  if (unit === 'ratio') return ratioText(v);
  const text = decimalText(v, digitsFor(unit, v));
  return unit === 'per-day' ? `${text} a day` : text;
}

export function changeText(unit: Unit, c: number | null): string {
  if (c === null) return '–';
  // Points to one decimal; a change that rounds to nothing reads ±0.0, not +0.0.
  if (unit === 'ratio') return `${signed(c * 100, 1)} pts`;
  const text = signed(c, digitsFor(unit, c));
  return unit === 'per-day' ? `${text} a day` : text;
}

export function usualText(unit: Unit, band: BeforeAfterMetric['band'], length: number): string {
  if (!band) return 'not known: too little history before it';
  return `${changeText(unit, band.low)} to ${changeText(unit, band.high)} between two ${length}-day windows (${band.samples} pairs before it)`;
}

export function verdictText(verdict: ChangeVerdict, why: string): string {
  if (verdict === 'above') return 'up, beyond its usual variation';
  if (verdict === 'below') return 'down, beyond its usual variation';
  if (verdict === 'within') return 'within its usual variation';
  return why;
}
