import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localDateFunction } from '../../db/local-date';

describe('the fast local date', () => {
  it('agrees with luxon for any instant in zones with DST, half-hour and odd offsets', () => {
    for (const zone of ['Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC', 'America/St_Johns']) {
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
