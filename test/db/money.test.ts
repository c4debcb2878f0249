import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMicros, MAX_ABS_MICROS, parseMicros } from '../../db/money';

/** The reference: BigInt arithmetic only. */
function reference(v: bigint): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  let frac = (a % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  if (frac.length < 2) frac = frac.padEnd(2, '0');
  return `${neg ? '-' : ''}${a / 1_000_000n}.${frac}`;
}

describe('exact money', () => {
  it('prints any amount exactly, by the fast path and the BigInt path alike', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), (v) => {
        expect(formatMicros(v)).toBe(reference(v));
        if (v >= BigInt(-MAX_ABS_MICROS) && v <= BigInt(MAX_ABS_MICROS)) expect(formatMicros(Number(v))).toBe(reference(v));
      }),
      { numRuns: 5000, seed: 3 },
    );
    for (const v of [0n, 1n, -1n, 999_999n, 1_000_000n, -1_000_001n, BigInt(MAX_ABS_MICROS), 999_999_999_999_999n])
      expect(formatMicros(v)).toBe(reference(v));
  });

  it('prints every amount the app accepts exactly by the number path (trailing zeros, at least two fraction digits)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_ABS_MICROS, max: MAX_ABS_MICROS }), (v) => {
        expect(formatMicros(v)).toBe(reference(BigInt(v)));
      }),
      { numRuns: 5000, seed: 5 },
    );
    for (const v of [0, 1, -1, 10, 100, 1_000, 10_000, 100_000, -120_000, 999_999, 1_000_000, 1_000_010, -5_050_000, MAX_ABS_MICROS, -MAX_ABS_MICROS + 1])
      expect(formatMicros(v)).toBe(reference(BigInt(v)));
  });

  it('round-trips every printed amount through the parser', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_ABS_MICROS, max: MAX_ABS_MICROS }), (v) => {
        expect(parseMicros(formatMicros(v))).toBe(v === 0 ? 0 : v);
      }),
      { numRuns: 5000, seed: 4 },
    );
  });

  it('parses a decimal string exactly, or refuses it, as the pattern and BigInt arithmetic say', () => {
    const pattern = /^(-|\+)?(\d{1,15})(?:\.(\d{1,6}))?$/;
    /** The reference: the contract's pattern and BigInt arithmetic only. */
    const expected = (text: string): number | 'refused' => {
      const m = pattern.exec(text);
      if (!m) return 'refused';
      const magnitude = BigInt(m[2]) * 1_000_000n + BigInt((m[3] ?? '').padEnd(6, '0'));
      if (magnitude > BigInt(MAX_ABS_MICROS)) return 'refused';
      return m[1] === '-' && magnitude !== 0n ? -Number(magnitude) : Number(magnitude);
    };
    const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
    const text = fc.oneof(
      fc.tuple(fc.constantFrom('', '-', '+', '--', ' '), digits(0, 17), fc.constantFrom('', '.', ',', '.0'), digits(0, 8), fc.constantFrom('', ' ', 'e3', '\n', '.5'))
        .map((parts) => parts.join('')),
      fc.string({ maxLength: 12 }),
    );
    const agrees = (t: string) => {
      let got: number | 'refused';
      try {
        got = parseMicros(t);
      } catch {
        got = 'refused';
      }
      expect(got, t).toBe(expected(t));
    };
    fc.assert(fc.property(text, agrees), { numRuns: 20_000, seed: 11 });
    for (const t of ['0', '-0', '+0.000001', '999999999.999999', '1000000000', '-1000000000.000001', '12.', '.5', '1.2.3', '٣', '1٣']) agrees(t);
  });
});
