import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlatformError, RESOURCE_NAMES, parseBody, parsePage, parseRow, type ResourceName } from '../../electron/sync/client/index.js';
import { money } from '../../electron/sync/client/fields.js';
import { MONEY_FIELDS, SAMPLES } from './samples.js';

const RUNS = { numRuns: 300 };

/** Exact micro-units of a decimal string, computed independently with BigInt; null if not acceptable. */
function expectedMicros(s: string): number | null {
  const m = /^([+-]?)(\d{1,15})(?:\.(\d{1,6}))?$/.exec(s);
  if (!m) return null;
  const v = BigInt(m[2]) * 1_000_000n + BigInt((m[3] ?? '').padEnd(6, '0'));
  if (v > 1_000_000_000_000_000n) return null;
  return Number(m[1] === '-' ? -v : v);
}

/** Every number anywhere in a parsed value is a safe integer: no float ever leaves the parser. */
function noFloats(value: unknown): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value);
  if (Array.isArray(value)) return value.every(noFloats);
  if (value && typeof value === 'object') return Object.values(value).every(noFloats);
  return true;
}

/** Either an exact row, or a PlatformError('malformed') with a clear message naming the resource. */
function parsesOrExplains(resource: ResourceName, raw: unknown): { ok: true; row: Record<string, unknown> } | { ok: false } {
  try {
    const row = parseRow(resource, raw) as Record<string, unknown>;
    expect(noFloats(row)).toBe(true);
    return { ok: true, row };
  } catch (err) {
    expect(err).toBeInstanceOf(PlatformError);
    const e = err as PlatformError;
    expect(e.kind).toBe('malformed');
    expect(e.resource).toBe(resource);
    expect(e.message).toMatch(/does not match the contract \(.+\): .+\. The sync of .+ stopped/);
    return { ok: false };
  }
}

const decimalish = fc
  .tuple(
    fc.constantFrom('', '-', '+', '--', ' '),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 0, maxLength: 20 }),
    fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 0, maxLength: 9 })),
  )
  .map(([sign, int, frac]) => `${sign}${int}${frac === null ? '' : `.${frac}`}`);

const anyAmount = fc.oneof(
  decimalish,
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.jsonValue(),
  fc.double(),
  fc.bigInt().map(String),
  fc.constantFrom('1e3', 'NaN', 'Infinity', '0x10', '１２', '12.', '.5', '1_000', '999999999999999.999999', '1000000000.000001'),
);

describe('money parser (property)', () => {
  it('returns the exact integer micro-units or a clear error, never a float', () => {
    fc.assert(
      fc.property(anyAmount, (value) => {
        const result = money.safeParse(value);
        const expected = typeof value === 'string' ? expectedMicros(value) : null;
        if (result.success) {
          expect(Number.isSafeInteger(result.data)).toBe(true);
          expect(result.data).toBe(expected);
        } else {
          expect(expected).toBeNull();
          expect(result.error.issues[0].message).toMatch(/amount|missing/);
        }
      }),
      RUNS,
    );
  });
});

describe('row parser (property)', () => {
  const resource = fc.constantFrom(...RESOURCE_NAMES);
  const unicodeKey = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });

  it('ignores any extra fields on a valid row', () => {
    fc.assert(
      fc.property(resource, fc.dictionary(unicodeKey.filter((k) => k !== 'deleted'), fc.jsonValue(), { maxKeys: 6 }), (name, extra) => {
        const sample = SAMPLES[name];
        const raw = { ...extra, ...sample };
        const out = parsesOrExplains(name, raw);
        expect(out.ok).toBe(true);
        if (out.ok) for (const key of Object.keys(extra)) if (!(key in sample) && key !== 'deleted') expect(out.row).not.toHaveProperty(key);
      }),
      RUNS,
    );
  });

  it('survives missing fields, wrong types, random Unicode and random amounts', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary' }), anyAmount) }),
    );
    fc.assert(
      fc.property(resource, fc.array(mutation, { minLength: 1, maxLength: 4 }), (name, mutations) => {
        const raw: Record<string, unknown> = { ...SAMPLES[name] };
        const fields = Object.keys(raw);
        for (const m of mutations) {
          const field = fields[m.pick % fields.length];
          if (m.kind === 'drop') delete raw[field];
          else raw[field] = m.value;
        }
        const out = parsesOrExplains(name, raw);
        if (out.ok && out.row.deleted === false) {
          for (const field of MONEY_FIELDS[name] ?? []) expect(out.row[field]).toBe(expectedMicros(String(raw[field])));
          if (name === 'ledger') expect(out.row.net).toBe((out.row.gross as number) - (out.row.fee as number));
        }
      }),
      RUNS,
    );
  });

  it('never crashes on arbitrary JSON rows', () => {
    fc.assert(
      fc.property(resource, fc.oneof(fc.jsonValue(), fc.object()), (name, raw) => {
        parsesOrExplains(name, raw);
      }),
      RUNS,
    );
  });

  it('ledger amounts: random decimal strings parse exactly or are refused', () => {
    fc.assert(
      fc.property(decimalish, decimalish, (gross, fee) => {
        const g = expectedMicros(gross);
        const f = expectedMicros(fee);
        const net = g !== null && f !== null && Math.abs(g - f) <= 1e15 ? formatExact(g - f) : '0';
        const out = parsesOrExplains('ledger', { ...SAMPLES.ledger, gross, fee, net });
        expect(out.ok).toBe(g !== null && f !== null && Math.abs(g - f) <= 1e15);
        if (out.ok) expect([out.row.gross, out.row.fee]).toEqual([g, f]);
      }),
      RUNS,
    );
  });
});

describe('page and body parsers (property)', () => {
  it('a random page body yields rows or a malformed PlatformError', () => {
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({ data: fc.array(fc.oneof(fc.jsonValue(), fc.constant(SAMPLES.ledger))), next_cursor: fc.oneof(fc.string(), fc.constant(null), fc.jsonValue()) }),
    );
    fc.assert(
      fc.property(body, (b) => {
        try {
          const page = parsePage('ledger', b);
          expect(page.rawCount).toBe(page.rows.length);
          expect(noFloats(page.rows)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(PlatformError);
          expect((err as PlatformError).kind).toBe('malformed');
        }
      }),
      RUNS,
    );
  });

  it('a random text body is JSON or a malformed PlatformError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1)))), (text) => {
        try {
          parseBody(text, 'application/json', 'ledger');
        } catch (err) {
          expect(err).toBeInstanceOf(PlatformError);
          expect((err as PlatformError).message).toMatch(/not valid JSON/);
        }
      }),
      RUNS,
    );
  });
});

function formatExact(micros: number): string {
  const neg = micros < 0;
  const abs = BigInt(Math.abs(micros));
  return `${neg ? '-' : ''}${abs / 1_000_000n}.${(abs % 1_000_000n).toString().padStart(6, '0')}`;
}
