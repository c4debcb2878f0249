// Each character's money in a period and in the 30 days ending with it, against a plain fold of the
// ledger rows by instant, for any period and clock, in a zone with clock changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterMoneyWindows } from '../../db/queries/characters/list';
import type { MoneyBySource } from '../../db/queries/content/money';
import { resolvePeriod, type Range } from '../../db/queries/period';
import { ensureRollupZone } from '../../db/rollups';
import { insertCreator, insertLedger } from '../helpers/fixture';
import { freshDb } from '../helpers/insight-context';

const ZONE = 'Europe/Berlin';
const DAY = 86_400_000;
const FIRST = Date.parse('2024-09-01T00:00:00Z');
const LAST = Date.parse('2026-12-01T00:00:00Z');

interface Row {
  at: number;
  id: string;
  stream: string;
  currency: string;
  micros: number;
  reversed: boolean;
}

/** `at` is how long before the clock the row moved: often around the 30 days' start, where windows are cut. */
const row = fc.record({
  at: fc.oneof(fc.integer({ min: 20 * DAY, max: 50 * DAY }), fc.integer({ min: -3 * DAY, max: 800 * DAY })),
  id: fc.constantFrom('c1', 'c2'),
  stream: fc.constantFrom('character', 'embed', 'bounty'),
  currency: fc.constantFrom('USDT', 'CREDITS'),
  micros: fc.integer({ min: -1_000_000, max: 9_000_000 }),
  reversed: fc.boolean(),
});

/** id → currency → stream → Σ net, without zero sums (a read may report a key whose rows add to 0). */
function plain(m: MoneyBySource | null): Record<string, bigint> | null {
  if (!m) return null;
  const out: Record<string, bigint> = {};
  for (const [id, byCurrency] of m) for (const [currency, byStream] of byCurrency) for (const [stream, net] of byStream) if (net !== 0n) out[`${id}|${currency}|${stream}`] = net;
  return out;
}

function fold(rows: Row[], r: { startMs: number; endMs: number } | null): Record<string, bigint> | null {
  if (!r) return null;
  const out: Record<string, bigint> = {};
  for (const x of rows) {
    if (x.reversed || x.stream === 'bounty' || x.at < r.startMs || x.at >= r.endMs) continue;
    const key = `${x.id}|${x.currency}|${x.stream}`;
    out[key] = (out[key] ?? 0n) + BigInt(x.micros);
  }
  for (const [k, v] of Object.entries(out)) if (v === 0n) delete out[k];
  return out;
}

const last30 = (r: Range | null) => r && { startMs: r.endMs - 30 * DAY, endMs: r.endMs };

describe('a character’s money over a period and its 30 last days', () => {
  it('equals the ledger rows folded by instant, for any preset, custom range and clock', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 80 }),
        fc.integer({ min: Date.parse('2025-10-01T00:00:00Z'), max: LAST }),
        fc.oneof(
          fc.constantFrom('week', 'month', 'last_month', 'year', 'all'),
          // a custom range: how many days before the clock it starts, and how long it is
          fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 150 })),
        ),
        async (ago, nowMs, choice) => {
          const rows = ago.map((x) => ({ ...x, at: nowMs - x.at })).filter((x) => x.at >= FIRST);
          const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
          const spec =
            typeof choice === 'string' ? { preset: choice } : { preset: 'custom' as const, from: date(nowMs - choice[0] * DAY), to: date(nowMs - (choice[0] - choice[1]) * DAY) };
          const db = await freshDb();
          insertCreator(db, ZONE);
          insertLedger(
            db,
            rows.map((x, i) => ({
              id: `L${i}`, at: new Date(x.at).toISOString(), stream: x.stream, sourceType: 'character', sourceId: x.id, currency: x.currency,
              gross: (x.micros / 1e6).toFixed(6), status: x.reversed ? 'reversed' : 'available',
            })),
          );
          ensureRollupZone(db, ZONE);
          const { current, previous } = resolvePeriod(spec, ZONE, nowMs, '2024-09-01');
          const m = characterMoneyWindows(db, ZONE, current, previous);
          expect(plain(m.period)).toEqual(fold(rows, current));
          expect(plain(m.periodPrev)).toEqual(fold(rows, previous));
          expect(plain(m.last30)).toEqual(fold(rows, last30(current)));
          expect(plain(m.last30Prev)).toEqual(fold(rows, last30(previous)));
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
