import type { SourceEarnings } from '../../../electron/api/types';
import { toMicros } from '../../../db/words/money';

export interface Mover {
  s: SourceEarnings;
  /** The change against the comparison period, in micro-units. */
  d: bigint;
}

/** The `n` sources in `currency` whose earnings moved most either way (ties keep the sources' order). */
export function topMovers(sources: SourceEarnings[], currency: string, n = 5): Mover[] {
  return sources
    .filter((s) => s.currency === currency && s.total.previous !== null)
    .map((s) => {
      const d = toMicros(s.total.value) - toMicros(s.total.previous!);
      return { s, d, size: d < 0n ? -d : d };
    })
    .filter((m) => m.d !== 0n)
    .sort((a, b) => (b.size > a.size ? 1 : b.size < a.size ? -1 : 0))
    .slice(0, n);
}
