import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { earnedBySource } from '../../db/queries/earnings/by-source';
import { earnedDaily } from '../../db/queries/earnings/earned';
import { ensureRollupZone } from '../../db/rollups';
import { writeLedgerOps, type LedgerOp } from '../helpers/ledger-ops';
import { tempDbFile } from '../helpers/tmp';

// ledger_source_daily, _monthly and _quarterly hold earned money per character or plugin and local day,
// month and quarter, and ledger_weekly and _monthly all money (gross, fees, net) per local week and month, kept by triggers. After random sync writes (re-deliveries that change status,
// stream or instant, and tombstones) each must equal the ledger rows folded in JavaScript, with local
// days, months and quarters from luxon: an independent path.

const START = Date.parse('2026-03-20T00:00:00Z'); // Berlin's clocks go forward on 29 March; a quarter ends on the 31st

const opArb = fc.record({
  id: fc.integer({ min: 0, max: 25 }).map((i) => `L${i}`),
  hours: fc.integer({ min: 0, max: 24 * 20 }),
  stream: fc.constantFrom('character', 'embed', 'plugin', 'payout'),
  sourceType: fc.constantFrom('character', 'plugin', 'support'),
  sourceId: fc.constantFrom('a', 'b'),
  currency: fc.constantFrom('USDT', 'CREDITS'),
  net: fc.integer({ min: -2_000_000, max: 50_000_000 }),
  fee: fc.integer({ min: 0, max: 3_000_000 }),
  status: fc.constantFrom('pending', 'available', 'paid', 'reversed'),
  deleted: fc.boolean(),
});
const apply = (db: Db, ops: LedgerOp[]) => writeLedgerOps(db, ops, START + 1_800_000);

const UNITS = [
  ['ledger_source_daily', 'day', (d: DateTime) => d.toISODate()],
  ['ledger_source_monthly', 'month', (d: DateTime) => d.toFormat('yyyy-MM')],
  ['ledger_source_quarterly', 'quarter', (d: DateTime) => d.startOf('quarter').toFormat('yyyy-MM')],
] as const;

function folded(db: Db, zone: string, name: (d: DateTime) => string | null): string[] {
  const rows = db.prepare('SELECT occurred_ms, stream, source_type, source_id, currency, net, status FROM ledger').all() as Record<string, string | number>[];
  const out = new Map<string, { rows: number; net: number }>();
  for (const r of rows) {
    if (r.status === 'reversed' || r.stream === 'payout' || (r.source_type !== 'character' && r.source_type !== 'plugin')) continue;
    const day = name(DateTime.fromMillis(Number(r.occurred_ms), { zone }));
    const k = `${day} ${r.source_type}:${r.source_id} ${r.currency} ${r.stream}`;
    const e = out.get(k) ?? { rows: 0, net: 0 };
    out.set(k, { rows: e.rows + 1, net: e.net + Number(r.net) });
  }
  return [...out].map(([k, e]) => `${k} ${e.rows} ${e.net}`).sort();
}

function rollup(db: Db, table: string, unit: string): string[] {
  const rows = db
    .prepare(`SELECT ${unit} AS unit, source_type, source_id, currency, stream, rows, net FROM ${table} JOIN ledger_source_keys USING (k)`)
    .all() as Record<string, string | number>[];
  return rows.map((r) => `${r.unit} ${r.source_type}:${r.source_id} ${r.currency} ${r.stream} ${r.rows} ${r.net}`).sort();
}

function check(db: Db, zone: string): void {
  for (const [table, unit, name] of UNITS) expect(rollup(db, table, unit), table).toEqual(folded(db, zone, name));
}

type LedgerRow = Record<string, string | number>;

/**
 * Any writes over 240 days (whole months and a quarter) in Berlin, then `check` on up to four spans
 * of any length, starting at any minute, with the ledger rows as stored.
 */
async function overAnySpan(check: (db: Db, zone: string, ledger: LedgerRow[], startMs: number, endMs: number) => void): Promise<void> {
  const { db } = await openDatabase(tempDbFile());
  const zone = 'Europe/Berlin';
  const wide = opArb.map((o) => ({ ...o, hours: o.hours * 12 }));
  const spanArb = fc.tuple(fc.integer({ min: 0, max: 24 * 250 }), fc.integer({ min: 1, max: 24 * 250 }), fc.integer({ min: 0, max: 59 }));
  await fc.assert(
    fc.asyncProperty(fc.array(wide, { minLength: 30, maxLength: 120 }), fc.array(spanArb, { minLength: 1, maxLength: 4 }), async (ops, spans) => {
      db.exec('DELETE FROM ledger');
      ensureRollupZone(db, zone);
      apply(db, ops);
      const ledger = db.prepare('SELECT occurred_ms, stream, source_type, source_id, currency, gross, fee, net, status FROM ledger').all() as LedgerRow[];
      for (const [from, length, minutes] of spans) {
        const startMs = START + from * 3_600_000 + minutes * 60_000;
        check(db, zone, ledger, startMs, startMs + length * 3_600_000);
      }
    }),
    { numRuns: 60 },
  );
  db.close();
}

/** Sums keyed alike, without the keys whose rows add up to nothing (they may be reported or not). */
const nonZero = (m: Map<string, bigint>) => [...m].filter(([, v]) => v !== 0n).sort();

describe('the per-source ledger rollups', () => {
  it('equal the earned ledger rows folded by source and local day, month and quarter after any writes, in UTC and after a zone change', async () => {
    const { db } = await openDatabase(tempDbFile());
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 20, maxLength: 150, size: 'max' }), fc.array(opArb, { maxLength: 40 }), async (ops, more) => {
        db.exec('DELETE FROM ledger');
        for (const [table, unit] of UNITS) expect(rollup(db, table, unit)).toEqual([]);
        ensureRollupZone(db, 'UTC');
        apply(db, ops);
        check(db, 'UTC');
        // Rebuilt in the creator's zone, then kept by the triggers in it.
        ensureRollupZone(db, 'Europe/Berlin');
        apply(db, more);
        check(db, 'Europe/Berlin');
      }),
      { numRuns: 40 },
    );
    db.close();
  });

  it('give earnedBySource the sums of the earned rows in any span, whole or per day, month or quarter, of all sources or one', () =>
    overAnySpan((db, zone, ledger, startMs, endMs) => {
      const filters = [
        { sourceTypes: ['character', 'plugin'] as const },
        { sourceTypes: ['character'] as const, streams: ['embed', 'character'], id: 'a' },
      ];
      for (const f of filters) {
        for (const detail of ['none', 'day', 'month', 'quarter'] as const) {
          const name = (ms: number) => {
            const d = DateTime.fromMillis(ms, { zone });
            return detail === 'none' ? '' : detail === 'day' ? d.toISODate()! : d.startOf(detail).toFormat('yyyy-MM');
          };
          const expected = new Map<string, bigint>();
          for (const r of ledger) {
            const ms = Number(r.occurred_ms);
            if (ms < startMs || ms >= endMs || r.status === 'reversed' || r.stream === 'payout' || !(f.sourceTypes as readonly unknown[]).includes(r.source_type)) continue;
            if (f.id !== undefined && (r.source_id !== f.id || !f.streams.includes(String(r.stream)))) continue;
            const k = `${name(ms)} ${r.source_type}:${r.source_id} ${r.currency} ${r.stream}`;
            expected.set(k, (expected.get(k) ?? 0n) + BigInt(r.net));
          }
          const got = new Map<string, bigint>();
          for (const r of earnedBySource(db, { zone, startMs, endMs }, f, detail)) {
            const k = `${r.day} ${r.sourceType}:${r.id} ${r.currency} ${r.stream}`;
            got.set(k, (got.get(k) ?? 0n) + r.net);
          }
          expect(nonZero(got), `${f.id ?? 'all'} ${detail} ${new Date(startMs).toISOString()}–${new Date(endMs).toISOString()}`).toEqual(nonZero(expected));
        }
      }
    }));
});

describe("the ledger's weekly and monthly rollups", () => {
  const PERIODS = [
    ['ledger_weekly', 'week', (d: DateTime) => d.startOf('week').toISODate()],
    ['ledger_monthly', 'month', (d: DateTime) => d.toFormat('yyyy-MM')],
  ] as const;

  /** Every ledger row (any stream and status) folded by local week or month, currency, stream and status. */
  function foldedAll(db: Db, zone: string, name: (d: DateTime) => string | null): string[] {
    const rows = db.prepare('SELECT occurred_ms, stream, currency, gross, fee, net, status FROM ledger').all() as Record<string, string | number>[];
    const out = new Map<string, { rows: number; gross: number; fee: number; net: number }>();
    for (const r of rows) {
      const k = `${name(DateTime.fromMillis(Number(r.occurred_ms), { zone }))} ${r.currency} ${r.stream} ${r.status}`;
      const e = out.get(k) ?? { rows: 0, gross: 0, fee: 0, net: 0 };
      out.set(k, { rows: e.rows + 1, gross: e.gross + Number(r.gross), fee: e.fee + Number(r.fee), net: e.net + Number(r.net) });
    }
    return [...out].map(([k, e]) => `${k} ${e.rows} ${e.gross} ${e.fee} ${e.net}`).sort();
  }

  const kept = (db: Db, table: string, unit: string) =>
    (db.prepare(`SELECT ${unit} AS unit, currency, stream, status, rows, gross, fee, net FROM ${table} WHERE rows <> 0`).all() as Record<string, string | number>[])
      .map((r) => `${r.unit} ${r.currency} ${r.stream} ${r.status} ${r.rows} ${r.gross} ${r.fee} ${r.net}`)
      .sort();

  it('equal the ledger rows folded by local week (from Monday) and month after any writes, in UTC and after a zone change', async () => {
    const { db } = await openDatabase(tempDbFile());
    const wide = opArb.map((o) => ({ ...o, hours: o.hours * 6 })); // 120 days: weeks and months across Berlin's clock change
    await fc.assert(
      fc.asyncProperty(fc.array(wide, { minLength: 20, maxLength: 150, size: 'max' }), fc.array(wide, { maxLength: 40 }), async (ops, more) => {
        db.exec('DELETE FROM ledger');
        ensureRollupZone(db, 'UTC');
        apply(db, ops);
        for (const [table, unit, name] of PERIODS) expect(kept(db, table, unit), table).toEqual(foldedAll(db, 'UTC', name));
        ensureRollupZone(db, 'Europe/Berlin');
        apply(db, more);
        for (const [table, unit, name] of PERIODS) expect(kept(db, table, unit), table).toEqual(foldedAll(db, 'Europe/Berlin', name));
      }),
      { numRuns: 40 },
    );
    db.close();
  });

  it('give earnedDaily the sums of the earned rows (gross, fees and net) in any span, per day, week, month or whole', () =>
    overAnySpan((db, zone, ledger, startMs, endMs) => {
      for (const bucket of ['day', 'week', 'month', 'none'] as const) {
        const name = (ms: number) => {
          const d = DateTime.fromMillis(ms, { zone });
          return bucket === 'none' ? '' : bucket === 'day' ? d.toISODate()! : d.startOf(bucket).toISODate()!;
        };
        const expected = new Map<string, bigint>();
        const add = (m: Map<string, bigint>, key: string, gross: bigint, fee: bigint, net: bigint) => {
          for (const [amount, v] of [['gross', gross], ['fee', fee], ['net', net]] as const) m.set(`${key} ${amount}`, (m.get(`${key} ${amount}`) ?? 0n) + v);
        };
        for (const r of ledger) {
          const ms = Number(r.occurred_ms);
          if (ms < startMs || ms >= endMs || r.status === 'reversed' || r.stream === 'payout') continue;
          add(expected, `${name(ms)} ${r.currency} ${r.stream}`, BigInt(r.gross), BigInt(r.fee), BigInt(r.net));
        }
        const got = new Map<string, bigint>();
        for (const r of earnedDaily(db, zone, startMs, endMs, bucket)) add(got, `${r.day} ${r.currency} ${r.stream}`, r.gross, r.fee, r.net);
        expect(nonZero(got), `${bucket} ${new Date(startMs).toISOString()}–${new Date(endMs).toISOString()}`).toEqual(nonZero(expected));
      }
    }));
});
