// The low and high figures of an estimate: how far the same estimate landed when it was replayed at the
// same point of recent months, or, without enough of them, how far recent weeks strayed from their
// mean. The band is the middle 80 % of those outcomes (the 10th and 90th percentiles), so that it holds
// about eight months in ten: the smallest and the largest of twelve months would hold eleven in
// thirteen, and one unusual month would set its width. With nine outcomes or fewer the percentiles
// are the smallest and the largest. Exact: ratios of whole numbers, rounded only when applied.
import { compareRatios, divRound, scale, sum, type Ratio } from './exact';

/** Where the band came from: replays of recent months, the spread of recent weeks, or nothing to measure. */
export type BandSource = 'months' | 'weeks' | 'none';

/** Fewer replayed months than this, and the band comes from recent weeks instead. */
export const MIN_COMPARABLE = 3;

/** One replay: at the same elapsed day of an earlier month, what the rest was expected to bring and what it did. */
export interface Replay {
  expected: bigint;
  actual: bigint;
}

export interface Band {
  low: (actual: bigint, rest: bigint) => bigint;
  high: (actual: bigint, rest: bigint) => bigint;
  source: BandSource;
  comparable: number;
}

/** The band's percentiles, as tenths. */
const LOW_TENTHS = 1n;
const HIGH_TENTHS = 9n;

const order = (x: bigint, y: bigint) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The p-th percentile (p = tenths / 10) of n sorted values: the value at position p × (n + 1), counted
 * from 1, between its two neighbours in proportion; below the first position the smallest, past the
 * last the largest. `between(a, b, f)` is a + f × (b − a) for f = f.n / f.d.
 */
export function percentile<T>(sorted: readonly T[], tenths: bigint, between: (a: T, b: T, f: Ratio) => T): T {
  const n = BigInt(sorted.length);
  const at = tenths * (n + 1n);
  const i = at / 10n;
  if (i < 1n) return sorted[0];
  if (i >= n) return sorted[sorted.length - 1];
  const f = at % 10n;
  const a = sorted[Number(i) - 1];
  return f === 0n ? a : between(a, sorted[Number(i)], { n: f, d: 10n });
}

const ratioBetween = (a: Ratio, b: Ratio, f: Ratio): Ratio => ({ n: a.n * b.d * (f.d - f.n) + b.n * a.d * f.n, d: a.d * b.d * f.d });
const amountBetween = (a: bigint, b: bigint, f: Ratio): bigint => divRound(a * (f.d - f.n) + b * f.n, f.d);

/** The rest scaled by the 10th and 90th percentile of some ratios (each product rounded to a whole micro-unit, halves away from zero). */
function scaledBand(ratios: Ratio[], source: BandSource, comparable: number): Band {
  const sorted = [...ratios].sort(compareRatios);
  const lo = percentile(sorted, LOW_TENTHS, ratioBetween);
  const hi = percentile(sorted, HIGH_TENTHS, ratioBetween);
  return { low: (a, rest) => a + scale(rest, lo), high: (a, rest) => a + scale(rest, hi), source, comparable };
}

/**
 * With enough replayed months whose rest was expected to bring money, the rest is scaled by the
 * percentiles of what came over what was expected; where an expected rest was not positive, the
 * percentiles of the differences are added instead. Without enough months, the recent weeks' spread
 * around their mean; without two weeks, the band runs from what is earned to twice the rest.
 */
export function bandOf(found: Replay[], weeks: bigint[]): Band {
  if (found.length >= MIN_COMPARABLE) {
    if (found.every((r) => r.expected > 0n)) return scaledBand(found.map((r) => ({ n: r.actual, d: r.expected })), 'months', found.length);
    const diffs = found.map((r) => r.actual - r.expected).sort(order);
    const lo = percentile(diffs, LOW_TENTHS, amountBetween);
    const hi = percentile(diffs, HIGH_TENTHS, amountBetween);
    return { low: (a, rest) => a + rest + lo, high: (a, rest) => a + rest + hi, source: 'months', comparable: found.length };
  }
  const total = weeks.length >= 2 ? sum(weeks) : 0n;
  // Each week against the weeks' mean: w × n / Σ.
  if (total > 0n) return scaledBand(weeks.map((w) => ({ n: w * BigInt(weeks.length), d: total })), 'weeks', found.length);
  return { low: (a, rest) => a + (rest < 0n ? rest : 0n), high: (a, rest) => a + (rest > 0n ? 2n * rest : 0n), source: 'none', comparable: found.length };
}
