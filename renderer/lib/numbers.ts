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

export function formatPct(p: number | null, digits = 1): string {
  return p === null ? '–' : `${p.toFixed(digits)}%`;
}

export function signedPct(p: number | null): string {
  if (p === null) return 'new';
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p).toFixed(1)}%`;
}
