// Integer arithmetic for estimates of money: every amount is a whole number of micro-units (bigint),
// every factor a ratio of two of them. Nothing is a float, so an estimate reads the same on any machine.

/** A ratio n / d with d > 0. */
export interface Ratio {
  n: bigint;
  d: bigint;
}

/** n / d rounded to the nearest whole number, halves away from zero (d > 0). */
export function divRound(n: bigint, d: bigint): bigint {
  const twice = 2n * (n < 0n ? -n : n) + d;
  const q = twice / (2n * d);
  return n < 0n ? -q : q;
}

/** v × r, rounded as divRound does. */
export function scale(v: bigint, r: Ratio): bigint {
  return divRound(v * r.n, r.d);
}

/** Orders two ratios exactly (cross-multiplied: both denominators are positive). */
export function compareRatios(a: Ratio, b: Ratio): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const sum = (values: readonly bigint[]): bigint => values.reduce((a, b) => a + b, 0n);
