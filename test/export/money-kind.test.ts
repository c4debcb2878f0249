import { describe, expect, it } from 'vitest';
import { insertLedger } from '../helpers/fixture';
import { openDatabase } from '../../db/open';
import { exportRange } from '../../electron/export/range';
import { LedgerTotals, ledgerRows } from '../../electron/export/ledger';
import { MonthlySummary } from '../../electron/export/monthly-summary';
import { tempDbFile } from '../helpers/tmp';

describe('income apart from transfers', () => {
  it('a stream the platform adds later is income under its own name; a payout is a transfer; a reversed payout counts for nothing', async () => {
    const { db } = await openDatabase(tempDbFile());
    insertLedger(db, [
      { id: 'a', at: '2026-05-01T10:00:00Z', stream: 'tips_v2', currency: 'USDT', gross: '2.5', fee: '0.5', status: 'available' },
      { id: 'b', at: '2026-05-02T10:00:00Z', stream: 'adjustment', currency: 'USDT', gross: '-0.75', status: 'available' },
      { id: 'c', at: '2026-05-03T10:00:00Z', stream: 'payout', currency: 'USDT', gross: '-100', status: 'available' },
      { id: 'd', at: '2026-05-04T10:00:00Z', stream: 'payout', currency: 'USDT', gross: '-40', status: 'reversed' },
    ]);
    const totals = new LedgerTotals();
    const summary = new MonthlySummary();
    for (const row of ledgerRows(db, exportRange('2026-05-01', '2026-05-31', 'UTC'))) {
      totals.add(row);
      summary.add(row);
    }
    expect(totals.list()).toEqual([
      {
        currency: 'USDT',
        rows: 4,
        // 2.5 - 0.75 gross, fee 0.5: income 1.25 net
        income: { rows: 2, gross: '1.75', fee: '0.50', net: '1.25' },
        payouts: { rows: 1, gross: '-100.00', fee: '0.00', net: '-100.00' },
        reversed: { rows: 1, gross: '-40.00', fee: '0.00', net: '-40.00' },
      },
    ]);
    expect(summary.sorted().map((g) => [g.stream, g.kind, g.rows, g.reversedRows])).toEqual([
      ['adjustment', 'income', 1, 0],
      ['payout', 'transfer', 1, 1],
      ['tips_v2', 'income', 1, 0],
    ]);
    db.close();
  });
});
