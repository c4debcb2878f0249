import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { ApiFailure } from '../../electron/api/failure';
import { METHOD_NAMES } from '../../electron/api/methods';
import { openStudio, type Studio } from '../../electron/core/studio';
import { tempDbFile } from '../helpers/tmp';

// Every handler gets ≥ 1,000 hostile payloads through the same dispatcher both transports use.
// Properties: the dispatcher never throws, every answer is a typed result, no failure is an
// internal error (a bug), and a refused payload writes nothing.

const CASES = 1000;
let studio: Studio;
beforeAll(async () => {
  studio = await openStudio(tempDbFile(), { mode: 'browser' });
  // Generated https addresses must not become DNS look-ups or connections: no platform answers here.
  studio.checkAccount = async () => {
    throw new ApiFailure('platform', 'No platform is reachable from this test.', 'platformUrl');
  };
});
afterAll(() => studio.close());

const day = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', '', '20261122', '2026-11-22T00:00:00Z'),
);
const period = fc.record(
  {
    preset: fc.oneof(fc.constantFrom('today', 'week', 'month', 'last_month', 'year', 'all', 'custom'), fc.string()),
    from: day,
    to: day,
    compare: fc.oneof(fc.constantFrom('previous', 'none'), fc.record({ from: day, to: day }), fc.anything()),
  },
  { requiredKeys: [] },
);
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('<script>alert(1)</script>', '../../etc/passwd', "'; DROP TABLE ledger; --", '\u0000', '=cmd|/C calc', 'A'.repeat(5000)),
);
// Payloads shaped like real inputs (so they reach deep into validation), mixed with anything at all.
const payload = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      period,
      id: hostileText,
      a: hostileText,
      b: hostileText,
      dashboard: fc.oneof(fc.constantFrom('earnings', 'characters', 'plugins', 'stories', 'audience', 'review'), hostileText),
      table: fc.oneof(fc.constantFrom('kpis', 'sources', 'payouts', 'support'), hostileText),
      currency: fc.oneof(fc.constantFrom('USDT', 'CREDITS'), hostileText),
      rowOrder: fc.array(hostileText, { maxLength: 5 }),
      token: hostileText,
      platformUrl: fc.oneof(fc.webUrl(), fc.constantFrom('http://evil.example', 'javascript:alert(1)', 'file:///etc/passwd'), hostileText),
      timezone: fc.oneof(fc.constantFrom('Europe/Berlin', 'Mars/Olympus', null), hostileText),
      theme: fc.oneof(fc.constantFrom('light', 'dark', 'system'), hostileText),
      syncIntervalMinutes: fc.oneof(fc.integer(), fc.double()),
      full: fc.anything(),
      from: day,
      to: day,
      tz: fc.oneof(fc.constantFrom('UTC', 'America/Sao_Paulo'), hostileText),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

const changes = () => studio.db.prepare('SELECT total_changes()').pluck().get() as number;

describe('StudioApi under a payload fuzz', () => {
  for (const method of METHOD_NAMES) {
    it(`${method}: ${CASES} hostile payloads, typed answers, no write when refused`, async () => {
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          const before = changes();
          const result = await dispatch(studio, method, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.code).not.toBe('internal');
            expect(typeof result.error.message).toBe('string');
            expect(changes()).toBe(before);
          }
        }),
        { numRuns: CASES, seed: 7 },
      );
      studio.sync.cancel();
      await studio.sync.idle();
    }, 120_000);
  }

  it('refuses unknown methods and prototype tricks', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', null, 42, 'getStatus ']) {
      const result = await dispatch(studio, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });
});
