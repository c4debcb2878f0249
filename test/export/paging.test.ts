import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { CHUNK_ROWS } from '../../electron/export/csv';
import { ledgerCsv, LedgerTotals } from '../../electron/export/ledger';
import { exportRange } from '../../electron/export/range';
import { tempDbFile } from '../helpers/tmp';

describe('large exports stream in pages', () => {
  it('10,000 rows (two full pages) come out once each, in order, and the connection stays free for writes between chunks', async () => {
    const { db } = await openDatabase(tempDbFile());
    const insert = db.prepare(
      `INSERT INTO ledger (id, occurred_at, occurred_ms, updated_at, stream, source_type, source_id, currency, gross, fee, net, status)
       VALUES (?, ?, ?, 'x', 'character', 'character', 'c1', 'USDT', 1, 0, 1, 'available')`,
    );
    const start = Date.parse('2026-03-01T00:00:00Z');
    db.transaction(() => {
      // many rows share an instant, so pages must break ties by id
      for (let i = 0; i < 2 * CHUNK_ROWS; i++) insert.run(`R${i}`, 'x', start + Math.floor(i / 7) * 1000);
    })();
    const totals = new LedgerTotals();
    const chunks: string[] = [];
    for (const chunk of ledgerCsv(db, exportRange('2026-03-01', '2026-03-31', 'UTC'), totals)) {
      chunks.push(chunk);
      // The sync or a serve request may write while an export awaits the disk: no "connection is busy".
      db.prepare(`INSERT INTO settings (key, value) VALUES (?, '1')`).run(`k${chunks.length}`);
    }
    expect(chunks).toHaveLength(3); // header, then one chunk per page
    const ids = chunks.join('').split('\r\n').slice(1, -1).map((line) => line.split(',')[0]);
    expect(ids).toHaveLength(2 * CHUNK_ROWS);
    expect(new Set(ids).size).toBe(2 * CHUNK_ROWS);
    const expected = Array.from({ length: 2 * CHUNK_ROWS }, (_, i) => ({ ms: Math.floor(i / 7), id: `R${i}` })).sort(
      (a, b) => a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    expect(ids).toEqual(expected.map((e) => e.id));
    expect(totals.list()).toEqual([
      {
        currency: 'USDT',
        rows: 10_000,
        income: { rows: 10_000, gross: '0.01', fee: '0.00', net: '0.01' },
        payouts: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' },
        reversed: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' },
      },
    ]);
    db.close();
  });
});
