import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { workerEntry } from '../../db/workers/entry';
import { writeLedgerCsv } from '../../electron/export/ledger-file';
import { exportRange } from '../../electron/export/range';
import { insertCatalogue, insertLedger } from '../helpers/fixture';
import { tempDbFile, tempDir } from '../helpers/tmp';
import { exportFixture, FROM, LEDGER_HEADER, LEDGER_ROWS, LEDGER_TOTALS, readCsv, TO, ZONE } from './fixture';

const ONE_THREAD = { twoThreadsFromRows: Number.POSITIVE_INFINITY };
const TWO_THREADS = { twoThreadsFromRows: 1 };

/** The file's bytes and the result of an export into a fresh folder, which must hold nothing else afterwards. */
async function exported(db: Db, range: ReturnType<typeof exportRange>, options: Parameters<typeof writeLedgerCsv>[4]) {
  const dir = tempDir();
  const file = path.join(dir, 'ledger.csv');
  const result = await writeLedgerCsv(db, file, range, undefined, options);
  expect(fs.readdirSync(dir)).toEqual(['ledger.csv']);
  const bytes = fs.readFileSync(file);
  expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  expect(result.bytes).toBe(bytes.length);
  return { bytes, result };
}

describe('the ledger file written in two halves on two threads', () => {
  let db: Db;
  beforeAll(async () => {
    db = await exportFixture(tempDbFile());
  });
  afterAll(() => db.close());

  it('holds the rows and totals computed by hand, in order, with one header', async () => {
    const { bytes, result } = await exported(db, exportRange(FROM, TO, ZONE), TWO_THREADS);
    expect(readCsv(bytes.toString('utf8'), LEDGER_HEADER)).toEqual(LEDGER_ROWS);
    expect(result.rows).toBe(15);
    expect(result.totals).toEqual(LEDGER_TOTALS);
  });

  it('is written by this thread alone, the same, when the worker cannot start', async () => {
    const range = exportRange(FROM, TO, ZONE);
    const alone = await exported(db, range, ONE_THREAD);
    const broken = await exported(db, range, { ...TWO_THREADS, worker: workerEntry('nonexistent-ledger-worker', new URL('file:///nonexistent/ledger-worker.ts')) });
    expect(broken.bytes.equals(alone.bytes)).toBe(true);
    expect(broken.result.totals).toEqual(alone.result.totals);
  });
});

describe('two threads against one', () => {
  it('write the same bytes for any rows: ties at the middle instant, multi-byte text, reversed rows', async () => {
    const file = tempDbFile();
    const { db } = await openDatabase(file);
    insertCatalogue(db, [['c1', 'Zoë «Ω»'], ['c2', 'Brix, "the" 2nd']]);
    try {
      const base = Date.parse('2026-03-01T00:00:00Z');
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              minute: fc.integer({ min: 0, max: 40 }), // few instants: many rows share one
              micros: fc.integer({ min: -5_000_000, max: 5_000_000 }),
              reversed: fc.boolean(),
              currency: fc.constantFrom('USDT', 'CREDITS'),
              source: fc.constantFrom('c1', 'c2', 'c9'),
              description: fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: undefined }),
            }),
            { minLength: 2, maxLength: 60 },
          ),
          async (rows) => {
            db.prepare('DELETE FROM ledger').run();
            insertLedger(
              db,
              rows.map((r) => ({
                id: `L${n++}`,
                at: new Date(base + r.minute * 60_000).toISOString(),
                stream: 'character',
                sourceType: 'character',
                sourceId: r.source,
                currency: r.currency,
                gross: (r.micros / 1e6).toFixed(6),
                status: r.reversed ? 'reversed' : 'available',
                description: r.description,
              })),
            );
            const range = exportRange('2026-03-01', '2026-03-01', 'UTC');
            const one = await exported(db, range, ONE_THREAD);
            const two = await exported(db, range, TWO_THREADS);
            expect(two.bytes.toString('utf8')).toBe(one.bytes.toString('utf8'));
            expect(two.result.totals).toEqual(one.result.totals);
            expect(two.result.rows).toBe(rows.length);
          },
        ),
        { numRuns: 15, seed: 8 },
      );
    } finally {
      db.close();
    }
  });
});
