import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { writeEarningsCsv } from '../../electron/export/earnings';
import { ledgerRows } from '../../electron/export/ledger';
import { writeLedgerCsv } from '../../electron/export/ledger-file';
import { monthlySummary } from '../../electron/export/monthly-summary';
import { writePayoutsCsv } from '../../electron/export/payouts';
import { exportRange } from '../../electron/export/range';
import { writeSupportCsv } from '../../electron/export/support';
import { tempDbFile, tempDir } from '../helpers/tmp';
import {
  EARNINGS_HEADER,
  EARNINGS_ROWS,
  exportFixture,
  FROM,
  LEDGER_HEADER,
  LEDGER_ROWS,
  LEDGER_TOTALS,
  MONTHLY_HEADER,
  MONTHLY_ROWS,
  MONTHLY_TOTALS,
  PAYOUT_ROWS,
  PAYOUT_TOTALS,
  PAYOUTS_HEADER,
  readCsv,
  SUPPORT_HEADER,
  SUPPORT_ROWS,
  TO,
  ZONE,
} from './fixture';

let db: Db;
const range = exportRange(FROM, TO, ZONE);

beforeAll(async () => {
  db = await exportFixture(tempDbFile());
});
afterAll(() => db.close());

describe('CSV exports read back cell by cell', () => {
  it('ledger: every row of the local range, reversed included, exact amounts, source names, local dates across midnight and DST', async () => {
    const file = path.join(tempDir(), 'ledger.csv');
    const result = await writeLedgerCsv(db, file, range);
    expect(readCsv(fs.readFileSync(file, 'utf8'), LEDGER_HEADER)).toEqual(LEDGER_ROWS);
    expect(result.rows).toBe(15);
    expect(result.totals).toEqual(LEDGER_TOTALS);
    expect(result.file).toBe(file);
  });

  it('ledger: the same rows in the UTC day buckets when the zone is UTC', async () => {
    const utc = [...ledgerRows(db, exportRange(FROM, TO, 'UTC'))].map((r) => `${r.id}@${r.local_date}`);
    // L0 (30 Sep UTC) leaves, L2 moves to 31 October, LX2 (30 Nov 23:00 UTC) joins
    expect(utc).toEqual([
      'L9@2026-10-20',
      'L8b@2026-10-25',
      'L8@2026-10-25',
      'L3@2026-10-31',
      'L2@2026-10-31',
      'L1@2026-11-01',
      'L10@2026-11-05',
      'L11@2026-11-06',
      'L4@2026-11-10',
      'L5@2026-11-12',
      'L6@2026-11-15',
      'L7@2026-11-20',
      'L7b@2026-11-20',
      'L12@2026-11-30',
      'LX2@2026-11-30',
    ]);
  });

  it('ledger: a single day, the DST change day of 25 hours', async () => {
    const day = [...ledgerRows(db, exportRange('2026-10-25', '2026-10-25', ZONE))].map((r) => r.id);
    expect(day).toEqual(['L8b', 'L8']);
  });

  it('ledger: pages of any size give the same rows in the same order', async () => {
    const { pagedRows } = await import('../../electron/export/paged');
    const ids = [...pagedRows<{ id: string }, string>(db, { select: 'id', from: 'ledger', where: 'occurred_ms < ?', params: [range.endMs], startMs: range.startMs, orderMs: 'occurred_ms', orderId: 'id' }, (r) => r.id, 2)];
    expect(ids).toEqual(LEDGER_ROWS.map((r) => r[0]));
  });

  it('payouts: created on a local day of the range (local midnight included), received = amount - fee', async () => {
    const file = path.join(tempDir(), 'payouts.csv');
    const result = await writePayoutsCsv(db, file, range);
    expect(readCsv(fs.readFileSync(file, 'utf8'), PAYOUTS_HEADER)).toEqual(PAYOUT_ROWS);
    expect(result).toMatchObject({ rows: 3, totals: PAYOUT_TOTALS });
  });

  it('support: local dates, exact amounts, empty optional source', async () => {
    const file = path.join(tempDir(), 'support.csv');
    const result = await writeSupportCsv(db, file, range);
    expect(readCsv(fs.readFileSync(file, 'utf8'), SUPPORT_HEADER)).toEqual(SUPPORT_ROWS);
    expect(result).toMatchObject({ rows: 2, totals: [{ currency: 'EUR', rows: 1, amount: '2.50' }, { currency: 'USD', rows: 1, amount: '1.00' }] });
  });

  it('daily earnings: net per local day and stream, without reversed rows and payouts', async () => {
    const file = path.join(tempDir(), 'earnings.csv');
    const result = await writeEarningsCsv(db, file, range);
    expect(readCsv(fs.readFileSync(file, 'utf8'), EARNINGS_HEADER)).toEqual(EARNINGS_ROWS);
    expect(result.rows).toBe(11);
  });

  it('monthly summary: per local month, currency and stream, reversed rows only counted', () => {
    const summary = monthlySummary(db, range);
    expect(readCsv([...summary.csv()].join(''), MONTHLY_HEADER)).toEqual(MONTHLY_ROWS);
    expect(summary.lines).toBe(10);
    expect(summary.totals()).toEqual(MONTHLY_TOTALS);
  });

  it('an empty range gives a header-only file', async () => {
    const file = path.join(tempDir(), 'empty.csv');
    const result = await writeLedgerCsv(db, file, exportRange('2020-01-01', '2020-12-31', ZONE));
    expect(fs.readFileSync(file, 'utf8')).toBe(`\uFEFF${LEDGER_HEADER}\r\n`);
    expect(result).toMatchObject({ rows: 0, totals: [] });
  });
});
