import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localDateFunction } from '../../db/local-date';
import { fastZone } from '../../db/queries/timezone';
import { offsetAt, zonePieces } from '../../db/zone-offsets';

const ZONES = ['Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC', 'America/St_Johns'];

describe('the fast local date', () => {
  it('agrees with luxon for any instant in zones with DST, half-hour and odd offsets', () => {
    for (const zone of ZONES) {
      const local = localDateFunction(zone);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) }), (ms) => {
          expect(local(ms)).toBe(DateTime.fromMillis(ms, { zone }).toISODate());
        }),
        { numRuns: 2000, seed: 11 },
      );
    }
  });

  it('lands on the right day on both sides of a DST change', () => {
    const berlin = localDateFunction('Europe/Berlin');
    expect(berlin(Date.parse('2026-10-25T22:30:00Z'))).toBe('2026-10-25'); // 23:30 CET
    expect(berlin(Date.parse('2026-10-24T22:30:00Z'))).toBe('2026-10-25'); // 00:30 CEST
    expect(berlin(BigInt(Date.parse('2026-03-28T23:30:00Z')))).toBe('2026-03-29');
  });
});

describe('a zone offset read from Intl', () => {
  it("is luxon's for every zone the runtime knows, at any instant from 1970 to 2100", () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, ms) => {
        expect(offsetAt(zone, ms)).toBe(DateTime.fromMillis(ms, { zone }).offset * 60_000);
      }),
      { numRuns: 20_000, seed: 5 },
    );
    // Monrovia kept a whole-second offset until 1972: luxon gives it in fractional minutes.
    expect(offsetAt('Africa/Monrovia', Date.UTC(1971, 0, 1))).toBe(-(44 * 60 + 30) * 1000);
    expect(offsetAt('Asia/Kathmandu', Date.UTC(2026, 0, 1))).toBe((5 * 60 + 45) * 60_000);
  });
});

describe('the zone the dashboards give luxon', () => {
  it("has luxon's own offset on either side of every change, to the millisecond", () => {
    for (const zone of ZONES) {
      const iana = IANAZone.create(zone);
      const fast = fastZone(zone);
      const local = localDateFunction(zone);
      for (const { fromMs } of zonePieces(zone).slice(1))
        for (const ms of [fromMs - 1000, fromMs - 1, fromMs, fromMs + 1]) {
          expect([zone, ms, fast.offset(ms)]).toEqual([zone, ms, iana.offset(ms)]);
          expect(local(ms)).toBe(DateTime.fromMillis(ms, { zone }).toISODate());
        }
    }
  });

  it('gives the same starts of days, weeks, months and quarters, the same sums and the same local midnights as luxon', () => {
    const units = ['day', 'week', 'month', 'quarter'] as const;
    for (const zone of ZONES) {
      const fast = fastZone(zone);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) }), fc.constantFrom(...units), (ms, unit) => {
          const a = DateTime.fromMillis(ms, { zone });
          const b = DateTime.fromMillis(ms, { zone: fast });
          expect(b.offset).toBe(a.offset);
          expect(b.startOf(unit).toMillis()).toBe(a.startOf(unit).toMillis());
          expect(b.plus({ [unit]: 1 }).startOf(unit).toMillis()).toBe(a.plus({ [unit]: 1 }).startOf(unit).toMillis());
          expect(b.minus({ [unit]: 1 }).toFormat('yyyy-MM-dd HH:mm')).toBe(a.minus({ [unit]: 1 }).toFormat('yyyy-MM-dd HH:mm'));
          const day = a.toISODate()!;
          expect(DateTime.fromISO(day, { zone: fast }).toMillis()).toBe(DateTime.fromISO(day, { zone }).toMillis());
        }),
        { numRuns: 1500, seed: 7 },
      );
      // Local midnights on the days the clocks change (some zones skip midnight itself).
      for (const { fromMs } of zonePieces(zone).slice(1).filter((p) => p.fromMs > Date.UTC(1971, 0, 1))) {
        const day = DateTime.fromMillis(fromMs, { zone }).toISODate()!;
        expect([zone, day, DateTime.fromISO(day, { zone: fast }).startOf('day').toMillis()]).toEqual([zone, day, DateTime.fromISO(day, { zone }).startOf('day').toMillis()]);
      }
    }
  });
});
