// The ledger export reads amounts as plain numbers when they are safe integers (every amount this
// app accepts) and as exact text beyond 2^53 micro-units; sums switch to bigint before they could
// lose a digit. Neither path may ever round.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { ledgerRows } from '../../electron/export/ledger';
import { writeLedgerCsv } from '../../electron/export/ledger-file';
import { monthlySummary } from '../../electron/export/monthly-summary';
import { exportRange } from '../../electron/export/range';
import { MicrosSum } from '../../electron/export/totals';
import { tempDbFile, tempDir } from '../helpers/tmp';
import { LEDGER_HEADER, readCsv } from './fixture';

const SAFE = Number.MAX_SAFE_INTEGER; // 9007199254.740991 units in micro-units

describe('amounts beyond 2^53 micro-units', () => {
  it('export exactly, and their totals too', async () => {
    const { db } = await openDatabase(tempDbFile());
    const insert = db.prepare(
      `INSERT INTO ledger (id, occurred_at, occurred_ms, updated_at, stream, source_type, source_id, currency, gross, fee, net, status)
       VALUES (?, ?, ?, 'x', 'adjustment', 'platform', 'platform', 'USDT', ?, ?, ?, ?)`,
    );
    const rows: [string, bigint, bigint, string][] = [
      ['A', 9_007_199_254_740_993n, 1n, 'available'], // 2^53 + 1: a double would print ...992
      ['B', -9_223_372_036_854_775_807n, 0n, 'reversed'], // near the bottom of SQLite's 64-bit range
      ['C', BigInt(SAFE), BigInt(SAFE), 'available'], // the largest safe integer stays a number
      ['D', 1_000_000n, 250_000n, 'available'],
    ];
    const at = Date.parse('2026-03-01T10:00:00Z');
    rows.forEach(([id, gross, fee, status], i) =>
      insert.run(id, new Date(at + i * 1000).toISOString(), at + i * 1000, gross, fee, gross - fee, status),
    );
    const range = exportRange('2026-03-01', '2026-03-01', 'UTC');
    const file = path.join(tempDir(), 'ledger.csv');
    const result = await writeLedgerCsv(db, file, range);
    const csv = readCsv(fs.readFileSync(file, 'utf8'), LEDGER_HEADER);
    expect(csv.map((r) => [r[0], r[8], r[9], r[10]])).toEqual([
      ['A', '9007199254.740993', '0.000001', '9007199254.740992'],
      ['B', '-9223372036854.775807', '0.00', '-9223372036854.775807'],
      ['C', '9007199254.740991', '9007199254.740991', '0.00'],
      ['D', '1.00', '0.25', '0.75'],
    ]);
    // income (A, C, D) gross: 2^53 + 1 + (2^53 - 1) + 10^6 = 2^54 + 10^6, summed exactly; B is reversed
    expect(result.totals).toEqual([
      {
        currency: 'USDT',
        rows: 4,
        income: { rows: 3, gross: '18014398510.481984', fee: '9007199254.990992', net: '9007199255.490992' },
        payouts: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' },
        reversed: { rows: 1, gross: '-9223372036854.775807', fee: '0.00', net: '-9223372036854.775807' },
      },
    ]);
    // rows read for the tax pack's summary keep bigints where numbers would round
    expect([...ledgerRows(db, range)].map((r) => r.gross)).toEqual([9_007_199_254_740_993n, -9_223_372_036_854_775_807n, SAFE, 1_000_000]);
    expect(monthlySummary(db, range).totals()).toEqual([
      {
        currency: 'USDT',
        income: { rows: 3, gross: '18014398510.481984', fee: '9007199254.990992', net: '9007199255.490992' },
        payouts: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' },
        reversed_rows: 1,
      },
    ]);
    db.close();
  });
});

describe('MicrosSum', () => {
  it('adds numbers exactly past 2^53, mixed with bigints', () => {
    const sum = new MicrosSum();
    for (let i = 0; i < 1000; i++) sum.add(SAFE); // each addition alone is safe, the sum is far beyond
    sum.add(-1);
    sum.add(3n);
    expect(sum.value).toBe(1000n * BigInt(SAFE) + 2n);
    const down = new MicrosSum();
    down.add(-SAFE);
    down.add(-SAFE);
    down.add(SAFE);
    expect(down.value).toBe(-BigInt(SAFE));
  });

  it('refuses a number that is not a safe integer rather than rounding it', () => {
    expect(() => new MicrosSum().add(2 ** 53)).toThrow(/not an integer amount/);
    expect(() => new MicrosSum().add(0.5)).toThrow(/not an integer amount/);
  });
});
