// "More than usual" means something only against a creator's own history: the typical band of a
// metric is the middle 80% (10th to 90th percentile) of its values over recent comparable periods.

export interface Band {
  low: number;
  median: number;
  high: number;
  /** How many past periods the band is made of. */
  samples: number;
}

/** Linear-interpolated percentile (the same definition as numpy's default) of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** The band of `history` (one value per past comparable period); null with fewer than `minSamples` periods. */
export function typicalBand(history: readonly number[], minSamples = 4): Band | null {
  const values = history.filter((v) => Number.isFinite(v));
  if (values.length < minSamples) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { low: percentile(sorted, 0.1), median: percentile(sorted, 0.5), high: percentile(sorted, 0.9), samples: sorted.length };
}

/** Where a value sits against its band: 'above' usual, 'below' usual, or 'usual'. */
export function againstBand(value: number, band: Band | null): 'above' | 'below' | 'usual' | 'unknown' {
  if (!band) return 'unknown';
  if (value > band.high) return 'above';
  if (value < band.low) return 'below';
  return 'usual';
}
