// What the rest of the month is expected to bring for money that comes in lumps (prizes, bounties): not
// a run-rate, which spreads part of a lump over every day, nor the plain median of what the rest of
// recent months brought, which weighs a month of one small prize like a month of five, but what the
// rest of the one recent month brought that comes closest to all of them in proportion to their
// totals. A month of one 4.90 prize missed by 25.00 is missed five times over; a month of 150.00 missed
// by 25.00 is a sixth off. Each comparable month weighs 1 / |its total| (what was in at that point plus
// its rest; a month that ended at nothing has no proportion and no weight), and the month chosen holds
// their weighted median rest: the figure whose error relative to each month's total is least over
// the months replayed. With months alike it is the median's lower middle.

const order = (x: bigint, y: bigint) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The weighted median of `rests`, each weighing 1 / |totals[i]|, as the index of the first listed
 * rest equal to it (the most recent month, as they are listed newest first). Exact: the weights are
 * whole numbers P / |total| for P the product of the totals. Null without any rest.
 */
export function closestMonth(rests: readonly bigint[], totals: readonly bigint[]): number | null {
  if (rests.length === 0) return null;
  const months = rests.map((rest, i) => ({ rest, total: totals[i] < 0n ? -totals[i] : totals[i] })).sort((a, b) => order(a.rest, b.rest));
  const weighed = months.filter((m) => m.total !== 0n);
  // Every month ended at nothing: there is no proportion to weigh by; the lower middle rest.
  let chosen = months[(months.length - 1) >> 1].rest;
  if (weighed.length > 0) {
    const product = weighed.reduce((p, m) => p * m.total, 1n);
    const weights = months.map((m) => (m.total === 0n ? 0n : product / m.total));
    const all = weights.reduce((a, w) => a + w, 0n);
    let reached = 0n;
    const i = weights.findIndex((w) => 2n * (reached += w) >= all);
    chosen = months[i].rest;
  }
  return rests.indexOf(chosen);
}
