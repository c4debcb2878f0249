// Money is exact: decimal strings at the edges, integer micro-units (1e-6) inside.
// No float ever takes part in parsing, summing or printing.

export const MICROS_PER_UNIT = 1_000_000n;
/** Largest accepted magnitude of one amount: 1e9 units. Keeps every stored value a safe JS integer
 *  and leaves SQLite's 64-bit SUM() room for millions of rows. */
export const MAX_ABS_MICROS = 1_000_000_000_000_000;

const DECIMAL = /^(-|\+)?(\d{1,15})(?:\.(\d{1,6}))?$/;

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

/** Parse a decimal string such as "12.5", "-0.000125" or "1000000.00" into integer micro-units. */
export function parseMicros(text: unknown): number {
  if (typeof text !== 'string') throw new MoneyError(`amount must be a decimal string, got ${describe(text)}`);
  const quick = plainMicros(text);
  if (quick !== null) return quick;
  const m = DECIMAL.exec(text);
  if (!m) throw new MoneyError(`amount ${JSON.stringify(truncate(text))} is not a decimal with at most 6 fraction digits`);
  // Up to 9 whole digits the micro-units stay below 1e15, where a double holds every integer exactly:
  // plain arithmetic, and no BigInt for the millions of amounts of a first sync.
  if (m[2].length <= 9) {
    const value = Number(m[2]) * 1_000_000 + (m[3] === undefined ? 0 : Number(m[3].padEnd(6, '0')));
    return m[1] === '-' && value !== 0 ? -value : value;
  }
  const units = BigInt(m[2]);
  const frac = BigInt((m[3] ?? '').padEnd(6, '0'));
  const magnitude = units * MICROS_PER_UNIT + frac;
  if (magnitude > BigInt(MAX_ABS_MICROS)) throw new MoneyError(`amount ${truncate(text)} is larger than this app accepts (1e9)`);
  const value = Number(magnitude);
  return m[1] === '-' && value !== 0 ? -value : value;
}

const ZERO = 48;
const NINE = 57;
const SCALE = [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

/**
 * DECIMAL's common case read a character at a time: at most 9 whole digits, so the micro-units stay
 * below 1e15, where a double holds every integer exactly. null for anything else, which the pattern
 * then decides. A first sync parses three amounts a row, and the pattern's match and its substrings
 * cost four times this.
 */
function plainMicros(text: string): number | null {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  const negative = c === 45; // '-'
  if (negative || c === 43) i = 1; // '+'
  let units = 0;
  const whole = i;
  while (i < n && (c = text.charCodeAt(i)) >= ZERO && c <= NINE) {
    units = units * 10 + (c - ZERO);
    i++;
  }
  const wholeDigits = i - whole;
  if (wholeDigits === 0 || wholeDigits > 9) return null;
  let frac = 0;
  let fracDigits = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return null; // '.'
    i++;
    while (i < n && (c = text.charCodeAt(i)) >= ZERO && c <= NINE) {
      frac = frac * 10 + (c - ZERO);
      fracDigits++;
      i++;
    }
    if (fracDigits === 0 || fracDigits > 6 || i !== n) return null;
  }
  const value = units * 1_000_000 + frac * SCALE[fracDigits];
  return negative && value !== 0 ? -value : value;
}

/** Print micro-units as an exact decimal string with at least two fraction digits: 12500000 -> "12.50". */
export function formatMicros(micros: number | bigint): string {
  if (typeof micros === 'number' && !Number.isSafeInteger(micros)) throw new MoneyError(`not an integer amount of micro-units: ${micros}`);
  // One amount is at most 1e15 micro-units, well inside a double's exact integers: integer arithmetic
  // on numbers is exact there and much faster than BigInt division (1M-row exports format 3M amounts).
  if (typeof micros === 'number' || (micros <= SAFE && micros >= -SAFE)) return formatSafe(Number(micros));
  const v = micros;
  const negative = v < 0n;
  const abs = negative ? -v : v;
  const units = abs / MICROS_PER_UNIT;
  let frac = (abs % MICROS_PER_UNIT).toString().padStart(6, '0').replace(/0+$/, '');
  if (frac.length < 2) frac = frac.padEnd(2, '0');
  return `${negative ? '-' : ''}${units}.${frac}`;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/** Integer arithmetic only (exact on safe integers): no regex, no padding strings. */
function formatSafe(v: number): string {
  const abs = v < 0 ? -v : v;
  const units = Math.floor(abs / 1_000_000);
  let micro = abs - units * 1_000_000;
  let digits = 6;
  // Trailing zeros go, down to the two fraction digits always shown.
  while (digits > 2 && micro % 10 === 0) {
    micro /= 10;
    digits--;
  }
  // micro < 10^digits: the leading 1 of 10^digits + micro is the zero padding's stand-in.
  const frac = String(POW10[digits] + micro).slice(1);
  return `${v < 0 ? '-' : ''}${units}.${frac}`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return `the number ${v} (amounts must be strings so they stay exact)`;
  return typeof v;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
