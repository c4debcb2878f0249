// One formatter for every count: Number#toLocaleString builds a new Intl.NumberFormat per call, which
// was the largest script cost of scrolling a 500-row table.
const COUNT = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return COUNT.format(n);
}

export { percentText as formatPct } from '../../db/words/format';

export function signedPct(p: number | null): string {
  if (p === null) return 'new';
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p).toFixed(1)}%`;
}
