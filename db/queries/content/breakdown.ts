// Breakdowns of an item over a period (scenarios, models, milestones, identities), largest first.
import type { Breakdown } from '../types/content';
import { shareTenths } from '../../words/numbers';

/**
 * `total` is what shares are of: by default the breakdown's own sum (scenarios split the chats);
 * milestones pass the plays, since one play can hit several milestones.
 */
export function breakdown(cur: Map<string, number>, prev: Map<string, number> | null, names?: Map<string, string>, total?: number): Breakdown[] {
  const keys = [...new Set([...cur.keys(), ...(prev?.keys() ?? [])])];
  const values = keys.map((key) => cur.get(key) ?? 0);
  const sum = values.reduce((a, b) => a + b, 0);
  // Parts of one whole add up to 100.0% exactly; shares of another total (one play hits several
  // milestones) are each rounded on their own.
  const tenths = total === undefined ? shareTenths(values.map(BigInt)) : values.map((v) => (total > 0 ? Math.round((v * 1000) / total) : 0));
  const denominator = total ?? sum;
  return keys
    .map((key, i) => ({
      key,
      name: names?.get(key) ?? key,
      value: values[i],
      previous: prev ? (prev.get(key) ?? 0) : null,
      sharePct: denominator > 0 ? tenths[i] / 10 : null,
    }))
    .sort((a, b) => b.value - a.value || (b.previous ?? 0) - (a.previous ?? 0) || a.name.localeCompare(b.name));
}

/** The leading entry, when anything was counted in the period. */
export function top(b: Breakdown[]): Breakdown | null {
  return b.length > 0 && b[0].value > 0 ? b[0] : null;
}
