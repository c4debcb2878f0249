import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { ensureRollupZone } from '../../db/rollups';
import { TABLES } from '../../electron/sync/tables';
import { tableWriter } from '../../electron/sync/writer';
import { tempDbFile } from '../helpers/tmp';

// ledger_source_daily holds earned money per character or plugin and local day, kept by triggers.
// After random sync writes (re-deliveries that change status, stream or instant, and tombstones) it
// must equal the ledger rows folded in JavaScript, with local days from luxon: an independent path.

const START = Date.parse('2026-03-20T00:00:00Z'); // Berlin's clocks go forward on 29 March

const opArb = fc.record({
  id: fc.integer({ min: 0, max: 25 }).map((i) => `L${i}`),
  hours: fc.integer({ min: 0, max: 24 * 20 }),
  stream: fc.constantFrom('character', 'embed', 'plugin', 'payout'),
  sourceType: fc.constantFrom('character', 'plugin', 'support'),
  sourceId: fc.constantFrom('a', 'b'),
  currency: fc.constantFrom('USDT', 'CREDITS'),
  net: fc.integer({ min: -2_000_000, max: 50_000_000 }),
  status: fc.constantFrom('pending', 'available', 'paid', 'reversed'),
  deleted: fc.boolean(),
});
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function apply(db: Db, ops: Op[]): void {
  const write = tableWriter(db, TABLES.ledger);
  db.transaction(() => {
    for (const o of ops) {
      const at = new Date(START + o.hours * 3_600_000 + 1_800_000).toISOString();
      write([
        {
          id: o.id,
          occurred_at: at,
          updated_at: at,
          stream: o.stream,
          source_type: o.sourceType,
          source_id: o.sourceId,
          currency: o.currency,
          gross: o.net,
          fee: 0,
          net: o.net,
          status: o.status,
          ...(o.deleted ? { deleted: true } : {}),
        },
      ]);
    }
  })();
}

function folded(db: Db, zone: string): string[] {
  const rows = db.prepare('SELECT occurred_ms, stream, source_type, source_id, currency, net, status FROM ledger').all() as Record<string, string | number>[];
  const out = new Map<string, { rows: number; net: number }>();
  for (const r of rows) {
    if (r.status === 'reversed' || r.stream === 'payout' || (r.source_type !== 'character' && r.source_type !== 'plugin')) continue;
    const day = DateTime.fromMillis(Number(r.occurred_ms), { zone }).toISODate();
    const k = `${day} ${r.source_type}:${r.source_id} ${r.currency} ${r.stream}`;
    const e = out.get(k) ?? { rows: 0, net: 0 };
    out.set(k, { rows: e.rows + 1, net: e.net + Number(r.net) });
  }
  return [...out].map(([k, e]) => `${k} ${e.rows} ${e.net}`).sort();
}

function rollup(db: Db): string[] {
  const rows = db.prepare('SELECT day, source_type, source_id, currency, stream, rows, net FROM ledger_source_daily').all() as Record<string, string | number>[];
  return rows.map((r) => `${r.day} ${r.source_type}:${r.source_id} ${r.currency} ${r.stream} ${r.rows} ${r.net}`).sort();
}

describe('the per-source daily ledger rollup', () => {
  it('equals the earned ledger rows folded by source and local day after any writes, in UTC and after a zone change', async () => {
    const { db } = await openDatabase(tempDbFile());
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 20, maxLength: 150, size: 'max' }), fc.array(opArb, { maxLength: 40 }), async (ops, more) => {
        db.exec('DELETE FROM ledger');
        expect(rollup(db)).toEqual([]);
        ensureRollupZone(db, 'UTC');
        apply(db, ops);
        expect(rollup(db)).toEqual(folded(db, 'UTC'));
        // Rebuilt in the creator's zone, then kept by the triggers in it.
        ensureRollupZone(db, 'Europe/Berlin');
        apply(db, more);
        expect(rollup(db)).toEqual(folded(db, 'Europe/Berlin'));
      }),
      { numRuns: 40 },
    );
    db.close();
  });
});
