import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMicros } from '../../db/money';
import type { Db } from '../../db/open';
import { startOfLocalDay } from '../../db/queries/timezone';
import { ExportError } from '../../electron/export/atomic-write';
import { taxPackZip, writeTaxPack, type Manifest } from '../../electron/export/tax-pack';
import { tempDbFile, tempDir } from '../helpers/tmp';
import { readZip } from './read-zip';
import {
  exportFixture,
  FROM,
  INCOME_HEADER,
  INCOME_HOME_ALL,
  INCOME_ROWS,
  INCOME_TOTALS,
  insertFixtureRates,
  PACK_OPTIONS,
  LEDGER_HEADER,
  LEDGER_ROWS,
  LEDGER_TOTALS,
  MONTHLY_HEADER,
  MONTHLY_ROWS,
  MONTHLY_TOTALS,
  PAID_OUT_HEADER,
  PAYOUT_ROWS,
  PAYOUT_TOTALS,
  PAYOUTS_HEADER,
  readCsv,
  TO,
  ZONE,
} from './fixture';

const NOW = Date.parse('2026-12-02T08:00:00Z');
const SUFFIX = '2026-10-01_2026-11-30';
const NAMES = [`ledger-${SUFFIX}.csv`, `income-${SUFFIX}.csv`, `payouts-${SUFFIX}.csv`, `paid-out-${SUFFIX}.csv`, `monthly-summary-${SUFFIX}.csv`, `statement-${SUFFIX}.pdf`];
const PACK = { from: FROM, to: TO, tz: ZONE, nowMs: NOW, ...PACK_OPTIONS };
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
let db: Db;

beforeAll(async () => {
  db = await exportFixture(tempDbFile());
  insertFixtureRates(db);
  const run = db.prepare(`INSERT INTO sync_runs (started_at, finished_at, status, rows_written) VALUES (?, ?, ?, 0)`);
  run.run('2026-12-01T09:00:00Z', '2026-12-01T09:05:00Z', 'ok');
  run.run('2026-12-01T21:00:00Z', '2026-12-01T21:03:00Z', 'partial');
  run.run('2026-12-02T07:00:00Z', '2026-12-02T07:01:00Z', 'failed');
  run.run('2026-12-02T07:30:00Z', null, 'running');
});
afterAll(() => db.close());

/** Totals per currency straight from SQL, independently of the exporter: income, payouts and reversed rows apart. */
function sqlLedgerTotals() {
  const start = startOfLocalDay(FROM, ZONE);
  const end = startOfLocalDay('2026-12-01', ZONE);
  const part = (where: string) =>
    `count(CASE WHEN ${where} THEN 1 END), sum(CASE WHEN ${where} THEN gross ELSE 0 END), sum(CASE WHEN ${where} THEN fee ELSE 0 END), sum(CASE WHEN ${where} THEN net ELSE 0 END)`;
  const rows = db
    .prepare(
      `SELECT currency, count(*), ${part(`status <> 'reversed' AND stream <> 'payout'`)}, ${part(`status <> 'reversed' AND stream = 'payout'`)}, ${part(`status = 'reversed'`)}
       FROM ledger WHERE occurred_ms >= ? AND occurred_ms < ? GROUP BY currency ORDER BY currency`,
    )
    .raw()
    .safeIntegers(true)
    .all(start, end) as [string, ...bigint[]][];
  const part4 = (v: bigint[]) => ({ rows: Number(v[0]), gross: formatMicros(v[1]), fee: formatMicros(v[2]), net: formatMicros(v[3]) });
  return rows.map(([currency, rows, ...v]) => ({ currency, rows: Number(rows), income: part4(v.slice(0, 4)), payouts: part4(v.slice(4, 8)), reversed: part4(v.slice(8, 12)) }));
}

describe('tax pack', () => {
  it('writes the ledger, income, payouts, paid-out view, monthly summary, statement and a manifest that checks them', async () => {
    const folder = tempDir();
    const summary = await writeTaxPack(db, { folder, ...PACK });
    const counts = [15, 13, 3, 1, 10, 2]; // the statement: its pages
    expect(summary).toEqual({ folder, files: NAMES.map((name, i) => ({ name, rows: counts[i] })), manifest: 'manifest.json' });
    expect(fs.readdirSync(folder).sort()).toEqual([...NAMES, 'manifest.json'].sort());

    const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');
    expect(readCsv(read(NAMES[0]), LEDGER_HEADER)).toEqual(LEDGER_ROWS);
    expect(readCsv(read(NAMES[1]), INCOME_HEADER)).toEqual(INCOME_ROWS);
    expect(readCsv(read(NAMES[2]), PAYOUTS_HEADER)).toEqual(PAYOUT_ROWS);
    expect(readCsv(read(NAMES[3]), PAID_OUT_HEADER)).toEqual([['2026-11-16', 'po1', '2026-11-15T10:00:00Z', 'USDT', '10.00', '0.50', '9.50', 'usdt_wallet', 'TRC-20', '0xabc123']]);
    expect(readCsv(read(NAMES[4]), MONTHLY_HEADER)).toEqual(MONTHLY_ROWS);

    const manifest = JSON.parse(read('manifest.json')) as Manifest;
    expect(manifest).toMatchObject({
      generator: 'Creator Studio',
      generated_at: '2026-12-02T08:00:00.000Z',
      data_as_of: '2026-12-01T21:03:00Z', // the partial run; the failed and the running one do not count
      timezone: ZONE,
      filters: { from: FROM, to: TO },
      period: '1 October 2026 – 30 November 2026',
      home_currency: 'EUR',
      income_in_home_currency: INCOME_HOME_ALL,
      // CREDITS: LX1 (100) before the range; end = start + income 22.850125. USDT: income 7.123456 - payout 10
      balances: [
        { currency: 'CREDITS', start: '100.00', end: '122.850125' },
        { currency: 'USD', start: '0.00', end: '6.00' },
        { currency: 'USDT', start: '0.00', end: '-2.876544' },
      ],
    });
    expect(manifest.rates.method).toMatch(/^Daily rate: each income row is valued in EUR at the rate of its own local date/);
    expect(manifest.rates.rounding).toMatch(/rounded once, half away from zero, to EUR's minor unit \(2 decimal places/);
    expect(manifest.rates.sources).toEqual(['ECB euro reference rate', 'USDT at 1 USD; ECB euro reference rate']);
    expect(manifest.rates.stored).toEqual([{ source: 'ECB', base: 'EUR', quote: 'USD', days: 3, first: '2026-10-20', last: '2026-11-20', origin: 'test' }]);
    // the missing rate is named, with its rows: never a zero
    expect(manifest.rates.missing).toEqual([
      { currency: 'CREDITS', rows: 9, first_day: '2026-10-01', last_day: '2026-11-30', reason: 'not converted: CREDITS are platform credits with no published rate (import one to value them)' },
    ]);
    expect(manifest.files.map((f) => [f.name, f.rows ?? f.pages])).toEqual(NAMES.map((name, i) => [name, counts[i]]));
    for (const f of manifest.files) {
      const bytes = fs.readFileSync(path.join(folder, f.name));
      expect(f.sha256).toBe(sha256(bytes));
      expect(f.bytes).toBe(bytes.length);
    }
    expect(manifest.files[0].totals).toEqual(LEDGER_TOTALS);
    expect(manifest.files[0].totals).toEqual(sqlLedgerTotals());
    expect(manifest.files[1].totals).toEqual(INCOME_TOTALS);
    expect(manifest.files[2].totals).toEqual(PAYOUT_TOTALS);
    expect(manifest.files[3].totals).toEqual([{ currency: 'USDT', rows: 1, amount: '10.00', fee: '0.50', received: '9.50' }]);
    expect(manifest.files[4].totals).toEqual(MONTHLY_TOTALS);
    expect(manifest.files[0].columns!.join(',')).toBe(LEDGER_HEADER);
    expect(manifest.files[1].columns!.join(',')).toBe(INCOME_HEADER);
    // the summary's and the income file's income per currency are the ledger's, and neither holds a payout
    for (const t of MONTHLY_TOTALS) {
      const l = LEDGER_TOTALS.find((x) => x.currency === t.currency)!;
      const i = INCOME_TOTALS.find((x) => x.currency === t.currency)!;
      expect(t.income).toEqual(l.income);
      expect({ rows: i.rows, gross: i.gross, fee: i.fee, net: i.net }).toEqual(l.income);
      expect(t.payouts).toEqual(l.payouts);
      expect(t.reversed_rows).toBe(l.reversed.rows);
    }
    // no figure anywhere in the manifest nets a payout against earnings: the old mixed USDT net (-0.626544) is gone
    expect(read('manifest.json')).not.toContain('-0.626544');
    expect(read('manifest.json')).not.toContain('-2.876543');
  });

  it('the ZIP holds the same files byte for byte, and standard tools read it', async () => {
    const folder = tempDir();
    await writeTaxPack(db, { folder, ...PACK });
    const archive = await taxPackZip(db, PACK);
    const entries = readZip(archive);
    expect(entries.map((e) => e.name)).toEqual([...NAMES, 'manifest.json']);
    for (const e of entries) expect(e.data.equals(fs.readFileSync(path.join(folder, e.name)))).toBe(true);
    // Compressed: the CSVs shrink; every entry is stamped with the pack's time in its zone (09:00 in Berlin).
    expect(archive.length).toBeLessThan(entries.reduce((n, e) => n + e.data.length, 0) / 2);
    expect(new Set(entries.map((e) => e.modified))).toEqual(new Set(['2026-12-02 09:00:00']));
    // The same pack twice is the same archive, byte for byte.
    expect((await taxPackZip(db, PACK)).equals(archive)).toBe(true);

    const zipFile = path.join(tempDir(), 'pack.zip');
    fs.writeFileSync(zipFile, archive);
    const python = spawnSync('python3', ['-c', PY_CHECK, zipFile], { encoding: 'utf8' });
    if (python.error || python.status === null) {
      console.log(`python3 not available (${python.error?.message}); checked with our own reader only`);
    } else {
      expect(python.stderr).toBe('');
      expect(JSON.parse(python.stdout)).toEqual({ bad: null, files: entries.map((e) => [e.name, sha256(e.data)]), times: ['2026-12-02 09:00:00'] });
    }
    const unzip = spawnSync('unzip', ['-tq', zipFile], { encoding: 'utf8' });
    if (!unzip.error) {
      expect(unzip.stdout).toMatch(/No errors detected/);
      // listed by a standard tool as an accountant would
      expect(spawnSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' }).stdout.trim().split('\n')).toEqual([...NAMES, 'manifest.json']);
      for (const name of [NAMES[0], NAMES[5]]) expect(spawnSync('unzip', ['-p', zipFile, name]).stdout.equals(fs.readFileSync(path.join(folder, name)))).toBe(true);
    }
  });

  it('a failure part way writes nothing: the previous pack stays as it was, no temp files', async () => {
    const folder = tempDir();
    await writeTaxPack(db, { folder, ...PACK });
    const before = Object.fromEntries(fs.readdirSync(folder).map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]));
    // the payouts table disappears: the ledger is already written (to its temp file) when the pack fails
    const broken = await exportFixture(tempDbFile());
    broken.exec('DROP TABLE payouts');
    broken.prepare(`INSERT INTO ledger (id, occurred_at, occurred_ms, updated_at, stream, source_type, source_id, currency, gross, fee, net, status)
      VALUES ('NEW', '2026-11-02T10:00:00Z', ?, 'x', 'character', 'character', 'c1', 'CREDITS', 1, 0, 1, 'available')`).run(Date.parse('2026-11-02T10:00:00Z'));
    const error = await writeTaxPack(broken, { folder, ...PACK, nowMs: NOW + 1000 }).catch((e: unknown) => e);
    broken.close();
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toMatch(/payouts-2026-10-01_2026-11-30\.csv was not written \(no such table: payouts\)/);
    const after = Object.fromEntries(fs.readdirSync(folder).map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]));
    expect(after).toEqual(before);
  });

  it('a folder that does not exist: a clear error, nothing created', async () => {
    const folder = path.join(tempDir(), 'missing');
    const error = await writeTaxPack(db, { folder, ...PACK }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toBe(`The folder ${folder} does not exist. Choose another folder.`);
    expect(fs.existsSync(folder)).toBe(false);
  });
});

const PY_CHECK = `
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps({"bad": z.testzip(), "files": [[i.filename, hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()], "times": sorted({"%04d-%02d-%02d %02d:%02d:%02d" % i.date_time for i in z.infolist()})}))
`;
