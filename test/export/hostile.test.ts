import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { csvChunk, csvChunks } from '../../electron/export/csv';
import { writeLedgerCsv } from '../../electron/export/ledger-file';
import { exportRange } from '../../electron/export/range';
import { writeSupportCsv } from '../../electron/export/support';
import { insertCatalogue, insertLedger, insertSupport } from '../helpers/fixture';
import { tempDbFile, tempDir } from '../helpers/tmp';
import { LEDGER_HEADER, readCsv, SUPPORT_HEADER } from './fixture';

const LONG = `=${'ab'.repeat(2500)}`; // a 5 kB message that also starts like a formula

// [text typed by a fan, what the CSV must read back as]
const HOSTILE: [string, string][] = [
  ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
  ['+cmd', `'+cmd`],
  ['-2+3', `'-2+3`],
  ['@SUM(A1)', `'@SUM(A1)`],
  ['\tTAB first', `'\tTAB first`],
  ['\rCR first', `'\rCR first`],
  ['=1+2\n', `'=1+2\n`],
  ['-', `'-`],
  ['- a list item', `'- a list item`],
  ['-12.50', '-12.50'],
  ['+3', '+3'],
  ['-0.000125', '-0.000125'],
  ['-12.50\n=cmd', `'-12.50\n=cmd`],
  ['say "hi", ok', 'say "hi", ok'],
  ['line one\nline two\r\nline three\rend', 'line one\nline two\r\nline three\rend'],
  ['🎉 thanks 👩‍💻', '🎉 thanks 👩‍💻'],
  ['مرحبا بالعالم', 'مرحبا بالعالم'],
  ['שלום עולם', 'שלום עולם'],
  ['  padded  ', '  padded  '],
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['', ''],
  [LONG, `'${LONG}`],
];

describe('hostile text in CSV cells', () => {
  it('support: formula-like names and messages are neutralised, everything else reads back exactly, amounts never prefixed', async () => {
    const { db } = await openDatabase(tempDbFile());
    insertSupport(
      db,
      HOSTILE.map(([text], i) => ({
        id: `s${String(i).padStart(2, '0')}`,
        at: `2026-11-01T${String(i).padStart(2, '0')}:00:00Z`,
        name: text,
        message: `${text}`,
        amount: i % 2 ? '-1.000001' : '0.000125',
        currency: 'USD',
      })),
    );
    const file = path.join(tempDir(), 'support.csv');
    const result = await writeSupportCsv(db, file, exportRange('2026-11-01', '2026-11-01', 'UTC'));
    db.close();
    const text = fs.readFileSync(file, 'utf8');
    const rows = readCsv(text, SUPPORT_HEADER);
    expect(result.rows).toBe(HOSTILE.length);
    expect(rows).toHaveLength(HOSTILE.length);
    rows.forEach((row, i) => {
      const [, expected] = HOSTILE[i];
      expect(row[3]).toBe(expected);
      expect(row[4]).toBe(expected);
      expect(row[6]).toBe(i % 2 ? '-1.000001' : '0.000125');
      // removing the apostrophe gives the fan's text back exactly
      expect(row[4].replace(/^'(?=[=+\-@\t\r])/, '')).toBe(HOSTILE[i][0]);
    });
    // the amounts are written bare, as numbers a spreadsheet can sum
    expect(text).toContain(',USD,-1.000001,,\r\n');
    expect(text).not.toContain(`'-1.000001`);
    // 11 × -1.000001 + 11 × 0.000125 = -11.000011 + 0.001375
    expect(HOSTILE.length).toBe(22);
    expect(result.totals).toEqual([{ currency: 'USD', rows: 22, amount: '-10.998636' }]);
  });

  it('ledger: hostile source names and descriptions are neutralised, the negative adjustment stays a plain number', async () => {
    const { db } = await openDatabase(tempDbFile());
    insertCatalogue(db, [['c1', '@SUM(A1)']], [['p1', '=cmd|"/c calc"!A1']]);
    insertLedger(db, [
      { id: 'L1', at: '2026-11-01T10:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '1', status: 'available' },
      { id: 'L2', at: '2026-11-01T11:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'CREDITS', gross: '2', status: 'available' },
      { id: 'L3', at: '2026-11-01T12:00:00Z', stream: 'adjustment', currency: 'CREDITS', gross: '-1.000001', status: 'available', description: '+fix "rounding"\nsee ticket' },
    ]);
    const file = path.join(tempDir(), 'ledger.csv');
    await writeLedgerCsv(db, file, exportRange('2026-11-01', '2026-11-01', 'UTC'));
    db.close();
    const rows = readCsv(fs.readFileSync(file, 'utf8'), LEDGER_HEADER);
    expect(rows.map((r) => r[6])).toEqual([`'@SUM(A1)`, `'=cmd|"/c calc"!A1`, '']);
    expect(rows[2].slice(8, 11)).toEqual(['-1.000001', '0.00', '-1.000001']);
    expect(rows[2][13]).toBe(`'+fix "rounding"\nsee ticket`);
  });

  it('chunks join into one valid file: BOM and header once, CRLF after every record', () => {
    const header = ['a', 'b'];
    const text = [...csvChunks(header, [['1', 'x\ny'], ['=2', null], ['-3', 4n]], 2)].join('');
    expect(text).toBe('\uFEFFa,b\r\n1,"x\ny"\r\n"\'=2",\r\n-3,4\r\n');
    expect(csvChunk([])).toBe('');
    expect(csvChunk([], { header })).toBe('\uFEFFa,b\r\n');
  });

  it('any text reads back as itself, or with one apostrophe in front when it could start a formula', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ',', '\n').chain((c) => fc.string().map((s) => c + s)));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = csvChunk(rows, { header: ['x', 'y'] });
        const parsed = Papa.parse<string[]>(text.slice(1, -2), { newline: '\r\n' });
        expect(parsed.data.slice(1)).toEqual(rows.map((r) => r.map(expectedCell)));
      }),
      { numRuns: 300 },
    );
  });
});

function expectedCell(text: string): string {
  const plainNumber = /^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(text);
  return !plainNumber && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
