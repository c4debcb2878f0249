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
import { crc32 } from '../../electron/export/zip';
import { tempDbFile, tempDir } from '../helpers/tmp';
import {
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
  TO,
  ZONE,
} from './fixture';

const NOW = Date.parse('2026-12-02T08:00:00Z');
const NAMES = ['ledger-2026-10-01_2026-11-30.csv', 'payouts-2026-10-01_2026-11-30.csv', 'monthly-summary-2026-10-01_2026-11-30.csv'];
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
let db: Db;

beforeAll(async () => {
  db = await exportFixture(tempDbFile());
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
  it('writes the ledger, payouts, monthly summary and a manifest that checks them', async () => {
    const folder = tempDir();
    const summary = await writeTaxPack(db, { folder, from: FROM, to: TO, tz: ZONE, nowMs: NOW });
    expect(summary).toEqual({
      folder,
      files: [
        { name: NAMES[0], rows: 15 },
        { name: NAMES[1], rows: 3 },
        { name: NAMES[2], rows: 10 },
      ],
      manifest: 'manifest.json',
    });
    expect(fs.readdirSync(folder).sort()).toEqual([...NAMES, 'manifest.json'].sort());

    const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');
    expect(readCsv(read(NAMES[0]), LEDGER_HEADER)).toEqual(LEDGER_ROWS);
    expect(readCsv(read(NAMES[1]), PAYOUTS_HEADER)).toEqual(PAYOUT_ROWS);
    expect(readCsv(read(NAMES[2]), MONTHLY_HEADER)).toEqual(MONTHLY_ROWS);

    const manifest = JSON.parse(read('manifest.json')) as Manifest;
    expect(manifest).toMatchObject({
      generator: 'Creator Studio',
      generated_at: '2026-12-02T08:00:00.000Z',
      data_as_of: '2026-12-01T21:03:00Z', // the partial run; the failed and the running one do not count
      timezone: ZONE,
      filters: { from: FROM, to: TO },
    });
    expect(manifest.files.map((f) => [f.name, f.rows])).toEqual([
      [NAMES[0], 15],
      [NAMES[1], 3],
      [NAMES[2], 10],
    ]);
    for (const f of manifest.files) {
      const bytes = fs.readFileSync(path.join(folder, f.name));
      expect(f.sha256).toBe(sha256(bytes));
      expect(f.bytes).toBe(bytes.length);
    }
    expect(manifest.files[0].totals).toEqual(LEDGER_TOTALS);
    expect(manifest.files[0].totals).toEqual(sqlLedgerTotals());
    expect(manifest.files[1].totals).toEqual(PAYOUT_TOTALS);
    expect(manifest.files[2].totals).toEqual(MONTHLY_TOTALS);
    expect(manifest.files[0].columns.join(',')).toBe(LEDGER_HEADER);
    // the summary's income and payouts per currency are the ledger's, and neither holds the other
    for (const t of MONTHLY_TOTALS) {
      const l = LEDGER_TOTALS.find((x) => x.currency === t.currency)!;
      expect(t.income).toEqual(l.income);
      expect(t.payouts).toEqual(l.payouts);
      expect(t.reversed_rows).toBe(l.reversed.rows);
    }
  });

  it('the ZIP holds the same files byte for byte, and standard tools read it', async () => {
    const folder = tempDir();
    await writeTaxPack(db, { folder, from: FROM, to: TO, tz: ZONE, nowMs: NOW });
    const archive = await taxPackZip(db, { from: FROM, to: TO, tz: ZONE, nowMs: NOW });
    const entries = readZip(archive);
    expect(entries.map((e) => e.name)).toEqual([...NAMES, 'manifest.json']);
    for (const e of entries) expect(e.data.equals(fs.readFileSync(path.join(folder, e.name)))).toBe(true);

    const zipFile = path.join(tempDir(), 'pack.zip');
    fs.writeFileSync(zipFile, archive);
    const python = spawnSync('python3', ['-c', PY_CHECK, zipFile], { encoding: 'utf8' });
    if (python.error || python.status === null) {
      console.log(`python3 not available (${python.error?.message}); checked with our own reader only`);
    } else {
      expect(python.stderr).toBe('');
      expect(JSON.parse(python.stdout)).toEqual({ bad: null, files: entries.map((e) => [e.name, sha256(e.data)]) });
    }
    const unzip = spawnSync('unzip', ['-tq', zipFile], { encoding: 'utf8' });
    if (!unzip.error) expect(unzip.stdout).toMatch(/No errors detected/);
  });

  it('a failure part way writes nothing: the previous pack stays as it was, no temp files', async () => {
    const folder = tempDir();
    await writeTaxPack(db, { folder, from: FROM, to: TO, tz: ZONE, nowMs: NOW });
    const before = Object.fromEntries(fs.readdirSync(folder).map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]));
    // the payouts table disappears: the ledger is already written (to its temp file) when the pack fails
    const broken = await exportFixture(tempDbFile());
    broken.exec('DROP TABLE payouts');
    broken.prepare(`INSERT INTO ledger (id, occurred_at, occurred_ms, updated_at, stream, source_type, source_id, currency, gross, fee, net, status)
      VALUES ('NEW', '2026-11-02T10:00:00Z', ?, 'x', 'character', 'character', 'c1', 'CREDITS', 1, 0, 1, 'available')`).run(Date.parse('2026-11-02T10:00:00Z'));
    const error = await writeTaxPack(broken, { folder, from: FROM, to: TO, tz: ZONE, nowMs: NOW + 1000 }).catch((e: unknown) => e);
    broken.close();
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toMatch(/payouts-2026-10-01_2026-11-30\.csv was not written \(no such table: payouts\)/);
    const after = Object.fromEntries(fs.readdirSync(folder).map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]));
    expect(after).toEqual(before);
  });

  it('a folder that does not exist: a clear error, nothing created', async () => {
    const folder = path.join(tempDir(), 'missing');
    const error = await writeTaxPack(db, { folder, from: FROM, to: TO, tz: ZONE, nowMs: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toBe(`The folder ${folder} does not exist. Choose another folder.`);
    expect(fs.existsSync(folder)).toBe(false);
  });
});

const PY_CHECK = `
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps({"bad": z.testzip(), "files": [[i.filename, hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()]}))
`;

/** Reads a stored ZIP through its central directory, checking each local header and CRC. */
function readZip(buf: Buffer): { name: string; data: Buffer }[] {
  const eocd = buf.length - 22;
  expect(buf.readUInt32LE(eocd)).toBe(0x06054b50);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  expect(at + buf.readUInt32LE(eocd + 12)).toBe(eocd);
  const out: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    expect(buf.readUInt16LE(at + 10)).toBe(0); // stored
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    expect(buf.toString('utf8', local + 30, local + 30 + buf.readUInt16LE(local + 26))).toBe(name);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    expect(crc32(data)).toBe(crc);
    out.push({ name, data });
    at += 46 + nameLength;
  }
  return out;
}
