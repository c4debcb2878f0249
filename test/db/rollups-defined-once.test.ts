// Every rollup is defined once, in db/rollups: the triggers a migrated database holds are exactly the
// ones that code makes, and a build from the stored rows (what a first sync does at its end) equals
// what the triggers made row by row, after random writes, re-deliveries that reverse or move a row,
// tombstones and zone changes.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { besideReader, buildRollups, buildRollupsBeside, deferRollups, ensureRollupZone, rebuildGroup, ROLLUP_GROUPS, rollupsToBuild, triggerName, type ReadBeside } from '../../db/rollups';
import { writeSettings } from '../../db/queries/settings';
import { monthlyTable } from '../../db/rollups/stats-monthly';
import { TABLES } from '../../electron/sync/tables';
import { tableWriter } from '../../electron/sync/writer';
import { writeLedgerOps, type LedgerOp } from '../helpers/ledger-ops';
import { codeTriggers, rollupTriggers } from '../helpers/rollup-snapshot';
import { tempDbFile } from '../helpers/tmp';

const START = Date.parse('2026-03-20T00:00:00Z'); // Berlin's clocks go forward on 29 March; a quarter ends on the 31st

const ledgerOp = fc.record({
  id: fc.integer({ min: 0, max: 30 }).map((i) => `L${i}`),
  hours: fc.integer({ min: 0, max: 24 * 40 }),
  stream: fc.constantFrom('character', 'embed', 'plugin', 'payout', 'support'),
  sourceType: fc.constantFrom('character', 'plugin', 'support', 'payout'),
  sourceId: fc.constantFrom('a', 'b', 'c'),
  currency: fc.constantFrom('USDT', 'CREDITS'),
  net: fc.integer({ min: -2_000_000, max: 50_000_000 }),
  fee: fc.integer({ min: 0, max: 3_000_000 }),
  status: fc.constantFrom('pending', 'available', 'reversed'),
  deleted: fc.boolean(),
});
const writeLedger = (db: Db, ops: LedgerOp[]) => writeLedgerOps(db, ops, START + 1_234_567);

/** Every ledger rollup row that counts something, the source tables by their keys' values, sorted. */
function ledgerRollups(db: Db): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of ['ledger_totals', 'ledger_daily', 'ledger_weekly', 'ledger_monthly']) {
    out[table] = (db.prepare(`SELECT * FROM ${table} WHERE rows <> 0 OR net <> 0 OR gross <> 0 OR fee <> 0`).all() as object[]).map((r) => JSON.stringify(r)).sort();
  }
  for (const [table, unit] of [['ledger_source_daily', 'day'], ['ledger_source_monthly', 'month'], ['ledger_source_quarterly', 'quarter']]) {
    out[table] = (
      db.prepare(`SELECT k.source_type, k.source_id, k.currency, k.stream, t.${unit} AS unit, t.rows, t.net FROM ${table} t JOIN ledger_source_keys k USING (k)`).all() as object[]
    )
      .map((r) => JSON.stringify(r))
      .sort();
  }
  return out;
}

/** What `read` sees after a build of `base`'s group from the stored rows; the build is then undone. */
function rebuilt<T>(db: Db, base: string, read: (db: Db) => T): T {
  let out: T | undefined;
  try {
    db.transaction(() => {
      rebuildGroup(db, base);
      out = read(db);
      throw new Rollback();
    })();
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return out!;
}
class Rollback extends Error {}

describe('rollups defined once', () => {
  it('a migrated database holds exactly the triggers the code makes, on a new file and on the oldest schema migrated', async () => {
    const { db } = await openDatabase(tempDbFile());
    expect(rollupTriggers(db)).toEqual(codeTriggers());
    db.close();
    const file = tempDbFile();
    fs.copyFileSync('test/fixtures/schema-v1.db', file);
    const old = await openDatabase(file);
    expect(rollupTriggers(old.db)).toEqual(codeTriggers());
    old.db.close();
  });

  it('a build from the ledger equals what the triggers made, after any writes, reversals, tombstones and zone changes', async () => {
    const { db } = await openDatabase(tempDbFile());
    await fc.assert(
      fc.asyncProperty(
        fc.array(ledgerOp, { minLength: 10, maxLength: 120 }),
        fc.array(ledgerOp, { maxLength: 60 }),
        fc.constantFrom('Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Pacific/Apia'),
        async (before, after, zone) => {
          db.exec('DELETE FROM ledger');
          ensureRollupZone(db, 'UTC');
          rebuildGroup(db, 'ledger');
          writeLedger(db, before);
          expect(rebuilt(db, 'ledger', ledgerRollups)).toEqual(ledgerRollups(db));
          ensureRollupZone(db, zone);
          writeLedger(db, after);
          expect(rebuilt(db, 'ledger', ledgerRollups)).toEqual(ledgerRollups(db));
        },
      ),
      { numRuns: 60 },
    );
    db.close();
  });

  it('a build from the daily stats equals what the triggers made; the extent is the stored days (the triggers’ never shrinks)', async () => {
    const { db } = await openDatabase(tempDbFile());
    const statsOp = fc.record({
      resource: fc.constantFrom('stats/characters' as const, 'stats/plugins' as const, 'stats/character-scenarios' as const),
      id: fc.constantFrom('a', 'b'),
      scenario: fc.constantFrom('fight', 'duel, at dawn'),
      day: fc.integer({ min: 0, max: 70 }),
      value: fc.integer({ min: 0, max: 1000 }),
      deleted: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(statsOp, { minLength: 10, maxLength: 150 }), async (ops) => {
        for (const g of ROLLUP_GROUPS.filter((g) => g.base !== 'ledger')) db.exec(`DELETE FROM ${g.base}`);
        for (const g of ROLLUP_GROUPS.filter((g) => g.base !== 'ledger')) rebuildGroup(db, g.base);
        db.transaction(() => {
          for (const o of ops) {
            const date = new Date(Date.parse('2026-01-20T00:00:00Z') + o.day * 86_400_000).toISOString().slice(0, 10);
            const spec = TABLES[o.resource];
            const keys = { character_id: o.id, plugin_id: o.id, scenario: o.scenario, date };
            const metrics = Object.fromEntries(Object.keys(spec.columns).filter((c) => !spec.keys.includes(c) && c !== 'updated_at').map((c, i) => [c, o.value + i]));
            const row = { ...Object.fromEntries(spec.keys.map((k) => [k, keys[k as keyof typeof keys]])), updated_at: `${date}T23:00:00Z` };
            tableWriter(db, spec)([o.deleted ? { ...row, deleted: true } : { ...row, ...metrics }]);
          }
        })();
        for (const base of ['stats_characters', 'stats_plugins', 'stats_character_scenarios']) {
          const months = (d: Db) => (d.prepare(`SELECT * FROM ${monthlyTable(base)}`).all() as object[]).map((r) => JSON.stringify(r)).sort();
          expect(rebuilt(db, base, months)).toEqual(months(db));
          const extent = (d: Db) => d.prepare('SELECT first_date AS first, last_date AS last FROM stats_extent WHERE tbl = ?').get(base) as { first: string; last: string } | undefined;
          const stored = db.prepare(`SELECT min(date) AS first, max(date) AS last FROM ${base} HAVING count(*) > 0`).get() as { first: string; last: string } | undefined;
          const byTriggers = extent(db);
          expect(rebuilt(db, base, extent)).toEqual(stored);
          if (stored) expect(byTriggers!.first <= stored.first && byTriggers!.last >= stored.last).toBe(true);
          if (!ops.some((o) => o.deleted)) expect(byTriggers).toEqual(stored);
        }
      }),
      { numRuns: 40 },
    );
    db.close();
  });

  it('deferring a group takes its triggers off and lists it; building it brings the code’s triggers back and fills it', async () => {
    const { db } = await openDatabase(tempDbFile());
    deferRollups(db, 'ledger');
    deferRollups(db, 'stats_characters');
    expect(rollupsToBuild(db)).toEqual(['ledger', 'stats_characters']);
    const left = rollupTriggers(db);
    for (const g of ROLLUP_GROUPS.filter((g) => ['ledger', 'stats_characters'].includes(g.base))) for (const t of g.triggers) expect(left.has(triggerName(t))).toBe(false);
    writeLedger(db, [
      { id: 'L1', hours: 5, stream: 'character', sourceType: 'character', sourceId: 'a', currency: 'USDT', net: 9_000_000, fee: 1_000_000, status: 'pending', deleted: false },
      { id: 'L2', hours: 30, stream: 'plugin', sourceType: 'plugin', sourceId: 'b', currency: 'USDT', net: 4_500_000, fee: 500_000, status: 'available', deleted: false },
    ]);
    expect(db.prepare('SELECT count(*) FROM ledger_daily').pluck().get()).toBe(0);
    buildRollups(db, 'ledger');
    buildRollups(db, 'stats_characters');
    expect(rollupsToBuild(db)).toEqual([]);
    expect(rollupTriggers(db)).toEqual(codeTriggers());
    expect(db.prepare('SELECT currency, stream, status, rows, gross, fee, net FROM ledger_totals ORDER BY stream').all()).toEqual([
      { currency: 'USDT', stream: 'character', status: 'pending', rows: 1, gross: 10_000_000, fee: 1_000_000, net: 9_000_000 },
      { currency: 'USDT', stream: 'plugin', status: 'available', rows: 1, gross: 5_000_000, fee: 500_000, net: 4_500_000 },
    ]);
    expect(db.prepare('SELECT sum(rows) FROM ledger_source_daily').pluck().get()).toBe(2);
    db.close();
  });

  it('a build in two halves at once, one read on another thread, equals what the triggers made; without the thread, too', async () => {
    const file = tempDbFile();
    const { db } = await openDatabase(file);
    writeSettings(db, { timezone: 'Asia/Kathmandu' });
    ensureRollupZone(db);
    const ops = fc.sample(fc.array(ledgerOp, { minLength: 200, maxLength: 200 }), { numRuns: 1, seed: 7 })[0];
    writeLedger(db, ops);
    const byTriggers = ledgerRollups(db);
    expect(byTriggers.ledger_daily.length).toBeGreaterThan(5);

    let read = 0;
    const thread = besideReader(file);
    const counted: ReadBeside = async (select, zone) => {
      const rows = await thread(select, zone);
      read = rows.length;
      return rows;
    };
    const failing: ReadBeside = () => Promise.reject(new Error('no second thread here'));
    for (const reader of [counted, failing]) {
      deferRollups(db, 'ledger');
      db.exec('DELETE FROM ledger_daily; DELETE FROM ledger_totals; DELETE FROM ledger_source_daily;');
      await buildRollupsBeside(db, 'ledger', reader);
      expect(ledgerRollups(db)).toEqual(byTriggers);
      expect(rollupsToBuild(db)).toEqual([]);
      expect(rollupTriggers(db)).toEqual(codeTriggers());
    }
    expect(read).toBe(byTriggers.ledger_daily.length);
    db.close();
  });
});
