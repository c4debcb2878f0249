// Each character's embed/API price per million tokens over time (USD micro-units), set by the creator:
// some at the platform's minimum (the first lowered to it), one raised sharply (its embed use halves
// after it, since businesses buy the same money's worth of tokens at the new price), a few changed once.
import type { Frame } from './model';
import { rngAt, tag, type Rng } from './rng';
import { DAY_MS, HOUR_MS } from './time';

/** The platform's minimum: 3.75 USD per million tokens. */
export const MIN_PRICE_MICROS = 3_750_000;
export const PRICE_CURRENCY = 'USD';

export interface PriceChange {
  ms: number;
  micros: number;
}

const T_PRICE = tag('embed-price');
const CHOICES = [4_500_000, 5_000_000, 6_000_000, 7_500_000, 9_000_000, 12_000_000];

/** A change at 10:00 UTC on `day`, when that falls at least a week after the character was created. */
function changeOn(day: number, createdDay: number, micros: number, r: Rng): PriceChange | null {
  return day >= createdDay + 7 ? { ms: day * DAY_MS + 10 * HOUR_MS + r.int(0, 3_599_999), micros } : null;
}

/** Character k's prices, oldest first; the first one from its creation. */
export function makePrices(frame: Frame, k: number, createdDay: number, createdMs: number): PriceChange[] {
  const r = rngAt(frame.seed, T_PRICE, k);
  const span = frame.anchor - frame.firstDay;
  const at = (micros: number): PriceChange[] => [{ ms: createdMs, micros }];
  const withChange = (first: number, change: PriceChange | null) => [...at(first), ...(change ? [change] : [])];
  if (k === 1 || (k >= 3 && k % 5 === 3)) return at(MIN_PRICE_MICROS);
  if (k === 2) return withChange(5_000_000, changeOn(frame.anchor - Math.min(45, Math.floor(span / 3)), createdDay, 10_000_000, r));
  if (k === 0) return withChange(6_000_000, changeOn(frame.anchor - Math.min(200, Math.floor(span / 2)), createdDay, MIN_PRICE_MICROS, r));
  const first = r.pick(CHOICES);
  if (!r.chance(0.35)) return at(first);
  const day = r.int(createdDay + 30, Math.max(createdDay + 30, frame.anchor - 10));
  const next = Math.max(MIN_PRICE_MICROS, Math.round((first * r.pick([0.8, 1.25, 1.5])) / 10_000) * 10_000);
  return withChange(first, day < frame.anchor ? changeOn(day, createdDay, next, r) : null);
}

/** The price in force at `ms` (the first one before the character existed). */
export function priceAt(prices: readonly PriceChange[], ms: number): number {
  let micros = prices[0]!.micros;
  for (const p of prices) if (p.ms <= ms) micros = p.micros;
  return micros;
}
