// Exact decimals for exchange rates and home-currency values: a bigint of units of 10^-scale. Rates
// have more fraction digits than money's micro-units (an ECB rate has up to 6, a cross rate 10), so
// they are kept apart from db/money.ts; no float ever takes part.

export interface Decimal {
  /** The value times 10^scale. */
  units: bigint;
  scale: number;
}

const TEXT = /^(-|\+)?(\d{1,18})(?:\.(\d{1,18}))?$/;

/** "1.1650" -> {11650n, 4}; null when the text is not a plain decimal. */
export function parseDecimal(text: string): Decimal | null {
  const m = TEXT.exec(text.trim());
  if (!m) return null;
  const frac = m[3] ?? '';
  const units = BigInt(m[2] + frac);
  return { units: m[1] === '-' ? -units : units, scale: frac.length };
}

/** Every digit of the value, trailing zeros of the fraction dropped. */
export function formatDecimal(d: Decimal): string {
  const fixed = formatFixed(d, d.scale);
  return d.scale > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Printed with exactly `fraction` digits (the value must already be at that scale or finer zeros). */
export function formatFixed(d: Decimal, fraction: number): string {
  const s = rescale(d, fraction);
  const negative = s.units < 0n;
  const digits = (negative ? -s.units : s.units).toString().padStart(fraction + 1, '0');
  const int = digits.slice(0, digits.length - fraction);
  const frac = digits.slice(digits.length - fraction);
  return `${negative ? '-' : ''}${int}${fraction ? `.${frac}` : ''}`;
}

/** n / d rounded half away from zero to an integer. */
export function divRound(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (abs * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** The same value at another scale, rounded half away from zero when digits are dropped. */
export function rescale(d: Decimal, scale: number): Decimal {
  if (scale >= d.scale) return { units: d.units * 10n ** BigInt(scale - d.scale), scale };
  return { units: divRound(d.units, 10n ** BigInt(d.scale - scale)), scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** a / b rounded half away from zero to `scale` fraction digits. */
export function divide(a: Decimal, b: Decimal, scale: number): Decimal {
  // a/b = (a.units / b.units) * 10^(b.scale - a.scale); wanted: that times 10^scale.
  const shift = scale + b.scale - a.scale;
  const n = shift >= 0 ? a.units * 10n ** BigInt(shift) : a.units;
  const d = shift >= 0 ? b.units : b.units * 10n ** BigInt(-shift);
  return { units: divRound(n, d), scale };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale).units + rescale(b, scale).units, scale };
}

export const ONE: Decimal = { units: 1n, scale: 0 };
