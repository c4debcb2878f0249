// How numbers read, for the pages, the review and the display columns of exports alike. Money stays
// exact decimal strings everywhere (db/money.ts); what is here are the words and roundings around it.

const MINUS = '−';

/** A percentage to `digits` places with a typographic minus: "−11.1%". */
export function percentText(p: number | null, digits = 1): string {
  if (p === null) return '–';
  const text = Math.abs(p).toFixed(digits);
  return `${p < 0 && Number(text) !== 0 ? MINUS : ''}${text}%`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12" → "December 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** "2026-11-20" → "20 November 2026". */
function dayName(day: string): string {
  const [year, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** A span of days as people say it: "1–20 November", "28 October – 3 November", "30 Dec 2025 – 2 Jan 2026". */
export function dayRangeText(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  const month = (m: string) => MONTHS[Number(m) - 1] ?? m;
  if (from === to) return `${Number(fd)} ${month(fm)}`;
  if (fy !== ty) return `${dayName(from)} – ${dayName(to)}`;
  if (fm !== tm) return `${Number(fd)} ${month(fm)} – ${Number(td)} ${month(tm)}`;
  return `${Number(fd)}–${Number(td)} ${month(tm)}`;
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
