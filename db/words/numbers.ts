// How counts, percentages, rates and durations read, on the pages, in the review and insight sentences
// and in chart axes alike. One formatter per kind, kept: Number#toLocaleString builds a new
// Intl.NumberFormat per call, which was the largest script cost of scrolling a 500-row table.

const MINUS = '−';
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const FIXED = [0, 1, 2].map((d) => new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
const UP_TO_2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const SIGNIFICANT_3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

const signOf = (v: number, text: string) => (v < 0 && Number(text.replace(/,/g, '')) !== 0 ? MINUS : '');

/** A whole count with thousands separators: "12,345". */
export function formatCount(n: number): string {
  return COUNT.format(Math.round(n)).replace('-', MINUS);
}

/** The sum of counts, nulls (days not published) left out, formatted as a count. */
export function countTotal(values: readonly (number | null)[]): string {
  return formatCount(values.reduce<number>((sum, v) => sum + (v ?? 0), 0));
}

/** A number to a fixed 0–2 places with separators and a typographic minus: "41.7", "−0.19". */
export function decimalText(v: number, digits: 0 | 1 | 2 = 1): string {
  const text = FIXED[digits].format(Math.abs(v));
  return `${signOf(v, text)}${text}`;
}

/** Up to two places, as few as needed: an axis tick or a plain amount of something ("2.5", "25,000"). */
export function plainNumber(v: number): string {
  return UP_TO_2.format(v).replace('-', MINUS);
}

/** Compact: "25K", "1.2M", for axis ticks where space is short. */
export function compactNumber(v: number): string {
  return COMPACT.format(v).replace('-', MINUS);
}

/** Three significant digits: "0.194", "41.7", "1,230". */
export function significantNumber(v: number): string {
  return SIGNIFICANT_3.format(v).replace('-', MINUS);
}

/** A percentage to `digits` places with a typographic minus: "−11.1%"; null reads "–". */
export function percentText(p: number | null, digits = 1): string {
  if (p === null) return '–';
  const text = Math.abs(p).toFixed(digits);
  return `${p < 0 && Number(text) !== 0 ? MINUS : ''}${text}%`;
}

/** A ratio (0.413) as a percentage: "41.3%". */
export function ratioText(ratio: number | null, digits = 1): string {
  return ratio === null ? '–' : percentText(ratio * 100, digits);
}

/** A change in percent; null is a change from zero, which has no percentage ("from zero"). Zero against
 *  zero is no change at all: callers say "no change" before asking for a percentage. */
export function signedPct(p: number | null, digits = 1): string {
  if (p === null) return 'from zero';
  const text = Math.abs(p).toFixed(digits);
  return `${p > 0 ? '+' : p < 0 ? MINUS : '±'}${text}%`;
}

/** A change in percentage points: "+2.5 pts". */
export function signedPoints(pts: number, word = 'pts'): string {
  return `${pts >= 0 ? '+' : MINUS}${Math.abs(pts).toFixed(1)} ${word}`;
}

/** A star rating: "4.62 ★". */
export function ratingText(stars: number): string {
  return `${stars.toFixed(2)} ★`;
}

/** Playtime and other spans of seconds: "45s", "3m 05s", "1h 02m". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** "45 s", "2 min", "2 min 30 s": a wait as a creator reads it. */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const rest = seconds % 60;
  return rest ? `${Math.floor(seconds / 60)} min ${rest} s` : `${seconds / 60} min`;
}

/**
 * Each amount's share of the positive total in tenths of a percent, rounded so that the shares add up
 * to exactly 100.0% (largest remainder: the tenths lost to rounding down go to the largest remainders,
 * ties to the larger amount). Amounts at or below zero have no share.
 */
export function shareTenths(amounts: readonly bigint[]): number[] {
  const positive = amounts.map((a) => (a > 0n ? a : 0n));
  const total = positive.reduce((s, a) => s + a, 0n);
  if (total === 0n) return amounts.map(() => 0);
  const exact = positive.map((a) => a * 1000n);
  const floors = exact.map((e) => e / total);
  let left = 1000n - floors.reduce((s, f) => s + f, 0n);
  const order = exact
    .map((e, i) => ({ i, rest: e % total }))
    .filter(({ i }) => positive[i] > 0n)
    .sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : positive[b.i] > positive[a.i] ? 1 : positive[b.i] < positive[a.i] ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left === 0n) break;
    floors[i] += 1n;
    left -= 1n;
  }
  return floors.map(Number);
}

/** shareTenths for counts, as percentages with one decimal (null where the total is zero). */
export function sharePcts(counts: readonly number[]): (number | null)[] {
  if (!counts.some((c) => c > 0)) return counts.map(() => null);
  return shareTenths(counts.map((c) => BigInt(Math.round(c)))).map((t) => t / 10);
}
