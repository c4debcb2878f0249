// Exact decimal strings from the payloads, formatted for people. Differences are computed on BigInt
// micro-units; a float appears only as a percentage or a chart coordinate, never as money.
import { formatMicros } from '../money';
import { currencyName } from './vocabulary';

/** Micro-units of a payload's decimal string (payloads are exact and valid: no checks here). */
export function toMicros(s: string): bigint {
  const negative = s.startsWith('-');
  const [units, frac = ''] = s.replace(/^[-+]/, '').split('.');
  const v = BigInt(units || '0') * 1_000_000n + BigInt(frac.padEnd(6, '0').slice(0, 6) || '0');
  return negative ? -v : v;
}

export const fromMicros = (v: bigint): string => formatMicros(v);

const SYMBOLS: Record<string, string> = { USD: '$', USDT: 'USDT', CREDITS: 'credits' };

/** Rounds an exact decimal string half away from zero to `decimals` places, exactly. */
export function roundDecimal(s: string, decimals: number): string {
  if (decimals >= 6) return s;
  const v = toMicros(s);
  const step = 10n ** BigInt(6 - decimals);
  const half = step / 2n;
  const rounded = ((v < 0n ? v - half : v + half) / step) * step;
  return fromMicros(rounded);
}

/** "12345.678900" -> "12,345.68" (or more places when asked), with thousands separators. */
export function groupDecimal(s: string, maxDecimals = 2): string {
  const negative = s.startsWith('-') && toMicros(roundDecimal(s, maxDecimals)) !== 0n;
  const [units, frac = ''] = roundDecimal(s, maxDecimals).replace(/^[-+]/, '').split('.');
  let f = frac.slice(0, maxDecimals).replace(/0+$/, '');
  if (f.length < 2) f = f.padEnd(2, '0');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}${grouped}.${f}`;
}

/** Money for reading: "$1,234.50", "1,234.50 USDT", "80.00 credits"; two decimals by default (the
 *  exact value lives in exports and tooltips). */
export function formatMoney(s: string, currency: string, maxDecimals = 2): string {
  const symbol = SYMBOLS[currency] ?? currency;
  const text = groupDecimal(s, maxDecimals);
  return symbol === '$' ? (text.startsWith('−') ? `−$${text.slice(1)}` : `$${text}`) : `${text} ${symbol}`;
}

/** A range of money: "1,200.00–1,260.00 USDT", "$5.00–$9.50"; one figure when both ends round alike. */
export function moneyRange(low: string, high: string, currency: string, maxDecimals = 2): string {
  const lo = formatMoney(low, currency, maxDecimals);
  const hi = formatMoney(high, currency, maxDecimals);
  if (lo === hi) return lo;
  const symbol = SYMBOLS[currency] ?? currency;
  return symbol === '$' ? `${lo}–${hi}` : `${groupDecimal(low, maxDecimals)}–${hi}`;
}

/** formatMoney for an amount already in micro-units. */
export function formatMoneyMicros(micros: number | bigint, currency: string): string {
  return formatMoney(formatMicros(micros), currency);
}

/** A currency in a heading or column name: "Credits", "USDT". */
export const currencyLabel = currencyName;

export interface Delta {
  /** Exact difference, value - previous. */
  abs: string;
  /** Percent change to one decimal, or null when the previous value is zero. */
  pct: number | null;
  direction: 'up' | 'down' | 'flat';
}

export function delta(value: string, previous: string | null): Delta | null {
  if (previous === null) return null;
  const v = toMicros(value);
  const p = toMicros(previous);
  const d = v - p;
  const hundredths = p === 0n ? null : (d * 10000n) / (p < 0n ? -p : p);
  const pct = hundredths === null ? null : Number((hundredths + (hundredths >= 0n ? 5n : -5n)) / 10n) / 10;
  return { abs: fromMicros(d), pct, direction: d > 0n ? 'up' : d < 0n ? 'down' : 'flat' };
}

/** The exact sum of decimal strings (a chart's total, a column's), added up in micro-units. */
export function sumDecimals(values: readonly string[]): string {
  return fromMicros(values.reduce((sum, v) => sum + toMicros(v), 0n));
}

/** For drawing only. */
export function toChartNumber(s: string): number {
  return Number(s);
}
