// Breakdowns of an item over a period (scenarios, models, milestones, identities), largest first.
import type { Breakdown } from '../types/content';

/**
 * `total` is what shares are of: by default the breakdown's own sum (scenarios split the chats);
 * milestones pass the plays, since one play can hit several milestones.
 */
export function breakdown(cur: Map<string, number>, prev: Map<string, number> | null, names?: Map<string, string>, total?: number): Breakdown[] {
  const denominator = total ?? [...cur.values()].reduce((a, b) => a + b, 0);
  const keys = new Set([...cur.keys(), ...(prev?.keys() ?? [])]);
  return [...keys]
    .map((key) => {
      const value = cur.get(key) ?? 0;
      return {
        key,
        name: names?.get(key) ?? key,
        value,
        previous: prev ? (prev.get(key) ?? 0) : null,
        share: denominator > 0 ? value / denominator : null,
      };
    })
    .sort((a, b) => b.value - a.value || (b.previous ?? 0) - (a.previous ?? 0) || a.name.localeCompare(b.name));
}

/** The leading entry, when anything was counted in the period. */
export function top(b: Breakdown[]): Breakdown | null {
  return b.length > 0 && b[0].value > 0 ? b[0] : null;
}
