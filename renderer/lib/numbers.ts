// One formatter for every count: Number#toLocaleString builds a new Intl.NumberFormat per call, which
// was the largest script cost of scrolling a 500-row table.
const COUNT = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** The sum of counts, nulls (days not published) left out, formatted as a count. */
export function countTotal(values: readonly (number | null)[]): string {
  return formatCount(values.reduce<number>((sum, v) => sum + (v ?? 0), 0));
}

export { percentText as formatPct } from '../../db/words/format';

/** A change in percent; null is a change from zero, which has no percentage ("from zero"). Zero against
 *  zero is no change at all: callers say "no change" before asking for a percentage. */
export function signedPct(p: number | null): string {
  if (p === null) return 'from zero';
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p).toFixed(1)}%`;
}
