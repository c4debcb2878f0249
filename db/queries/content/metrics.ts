// Metrics as definitions over aggregated stats: a summed count, a distinct count read on the last
// stats day, or a ratio of two of those. A ratio whose denominator is zero (or missing) is null, so
// nothing downstream ever divides by zero.
import type { Agg } from './aggregate';

export type Operand = { sum: string } | { last: string };
/** `known`: a summed count of the days that carry the metric's field (older platforms do not send some
 *  fields); none of them, and the metric is not available, never zero. */
export type MetricDef = ({ of: Operand } | { ratio: [Operand, Operand] }) & { known?: string };

function operand(o: Operand, agg: Agg): number | null {
  if ('sum' in o) return agg.sum[o.sum] ?? 0;
  return agg.last?.[o.last] ?? null;
}

/** The value of a metric over an aggregate; null without data (no aggregate) or without a denominator. */
export function metricValue(def: MetricDef, agg: Agg | undefined): number | null {
  if (!agg) return null;
  if (def.known !== undefined && !(agg.sum[def.known] > 0)) return null;
  if ('of' in def) return operand(def.of, agg);
  const num = operand(def.ratio[0], agg);
  const den = operand(def.ratio[1], agg);
  if (num === null || den === null || den === 0) return null;
  return num / den;
}

/** A ratio's numerator and denominator over an aggregate (shown beside the rate); null for a plain count. */
export function ratioParts(def: MetricDef, agg: Agg | undefined): { numerator: number | null; denominator: number | null } | null {
  if ('of' in def) return null;
  return agg ? { numerator: operand(def.ratio[0], agg), denominator: operand(def.ratio[1], agg) } : { numerator: null, denominator: null };
}

export function evaluate<K extends string>(defs: Record<K, MetricDef>, agg: Agg | undefined): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const k of Object.keys(defs) as K[]) out[k] = metricValue(defs[k], agg);
  return out;
}

/** The median of the finite values, or null when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Position of the first bucket holding a provisional stats day, or null. */
export function provisionalIndex(buckets: string[], to: string, provisionalFrom: string): number | null {
  if (to < provisionalFrom) return null;
  // The bucket containing provisionalFrom is the last one starting on or before it.
  let index = -1;
  for (let i = 0; i < buckets.length; i++) if (buckets[i] <= provisionalFrom) index = i;
  return Math.max(0, index);
}
