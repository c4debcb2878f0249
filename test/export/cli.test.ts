import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../electron/cli/args';
import { ExportError } from '../../electron/export/atomic-write';
import { exportCommand } from '../../electron/export/cli';
import { tempDbFile, tempDir } from '../helpers/tmp';
import { EARNINGS_HEADER, EARNINGS_ROWS, exportFixture, LEDGER_HEADER, LEDGER_ROWS, readCsv } from './fixture';

let dbFile: string;
let out: string;
let stdout: string[];
const NOW = () => Date.parse('2026-12-01T12:00:00Z');

beforeEach(async () => {
  dbFile = tempDbFile();
  (await exportFixture(dbFile)).close();
  out = path.join(tempDir(), 'out.csv');
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const run = (...argv: string[]) => exportCommand(argv, NOW);
async function rejection(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(Error);
  return e as Error;
}

describe('export command', () => {
  it('exports the ledger of a range in the creator profile’s timezone and says how many rows', async () => {
    await run('ledger', '--db', dbFile, '--out', out, '--from', '2026-10-01', '--to', '2026-11-30');
    expect(readCsv(fs.readFileSync(out, 'utf8'), LEDGER_HEADER)).toEqual(LEDGER_ROWS);
    expect(stdout).toEqual([`exported 15 rows to ${out}\n`]);
  });

  it('defaults: from the first day of data to today, in the profile’s zone', async () => {
    await run('ledger', '--db', dbFile, '--out', out);
    // LX1 (30 September, local) to LX2 (1 December, local): every ledger row
    const ids = readCsv(fs.readFileSync(out, 'utf8'), LEDGER_HEADER).map((r) => r[0]);
    expect(ids).toEqual(['LX1', ...LEDGER_ROWS.map((r) => r[0]), 'LX2']);
    expect(stdout).toEqual([`exported 17 rows to ${out}\n`]);
  });

  it('--tz overrides the profile: daily earnings by UTC day', async () => {
    await run('earnings', '--db', dbFile, '--out', out, '--from', '2026-10-01', '--to', '2026-11-30', '--tz', 'UTC');
    const rows = readCsv(fs.readFileSync(out, 'utf8'), EARNINGS_HEADER);
    // L0 is 30 September in UTC (out); L2's embed money lands on 31 October; LX2 at 23:00 UTC on 30 November is in
    expect(rows).toEqual([
      ['2026-10-20', 'USDT', 'plugin', '4.00'],
      ['2026-10-25', 'CREDITS', 'character', '1.50'],
      ['2026-10-31', 'CREDITS', 'character', '7.25'],
      ['2026-10-31', 'USDT', 'embed', '3.123456'],
      ...EARNINGS_ROWS.slice(4, 5),
      ...EARNINGS_ROWS.slice(6, 10),
      ['2026-11-30', 'CREDITS', 'character', '200.10'],
    ]);
  });

  it('payouts and support are exported the same way', async () => {
    await run('payouts', '--db', dbFile, '--out', out, '--from', '2026-10-01', '--to', '2026-11-30');
    await run('support', '--db', dbFile, '--out', `${out}.support.csv`, '--from', '2026-10-01', '--to', '2026-11-30');
    expect(stdout).toEqual([`exported 3 rows to ${out}\n`, `exported 2 rows to ${out}.support.csv\n`]);
  });

  it('without a creator profile the zone is UTC, and an empty database exports from the start of this year', async () => {
    const bare = tempDbFile();
    (await exportFixture(bare, { creator: false })).close();
    await run('ledger', '--db', bare, '--out', out, '--from', '2026-10-01', '--to', '2026-11-30');
    expect(readCsv(fs.readFileSync(out, 'utf8'), LEDGER_HEADER).map((r) => r[0])).not.toContain('L0');
    const empty = tempDbFile();
    const { openDatabase } = await import('../../db/open');
    (await openDatabase(empty)).db.close();
    await run('support', '--db', empty, '--out', out);
    expect(stdout.at(-1)).toBe(`exported 0 rows to ${out}\n`);
  });

  it('refuses bad arguments with a usage error, before touching any file', async () => {
    const cases: [string[], RegExp][] = [
      [['bogus', '--db', dbFile, '--out', out], /unknown export kind "bogus"/],
      [[], /export needs a kind/],
      [['ledger', '--out', out], /--db is required/],
      [['ledger', '--db', dbFile], /--out is required/],
      [['ledger', '--db', dbFile, '--out', out, '--tz', 'Mars/Olympus'], /--tz must be an IANA timezone/],
      [['ledger', '--db', dbFile, '--out', out, '--from', '2026-02-30'], /--from must be a date YYYY-MM-DD/],
      [['ledger', '--db', dbFile, '--out', out, '--to', '1.12.2026'], /--to must be a date YYYY-MM-DD/],
      [['ledger', '--db', dbFile, '--out', out, '--from', '2026-11-02', '--to', '2026-11-01'], /--from 2026-11-02 is after --to 2026-11-01/],
      [['ledger', '--db', dbFile, '--out', out, '--from', '2030-01-01'], /--from 2030-01-01 is after --to 2026-12-01/],
      [['ledger', '--db', dbFile, '--out', out, '--verbose'], /Unknown option '--verbose'/],
      [['ledger', 'extra', '--db', dbFile, '--out', out], /unexpected argument "extra"/],
    ];
    for (const [argv, message] of cases) {
      const error = await rejection(run(...argv));
      expect(error, argv.join(' ')).toBeInstanceOf(UsageError);
      expect(error.message).toMatch(message);
    }
    expect(fs.existsSync(out)).toBe(false);
    expect(stdout).toEqual([]);
  });

  it('every kind the command line names can be exported', async () => {
    for (const kind of ['characters', 'plugins', 'stories', 'audience']) {
      await run(kind, '--db', dbFile, '--out', `${out}.${kind}.csv`);
      expect(fs.existsSync(`${out}.${kind}.csv`), kind).toBe(true);
    }
  });

  it('a missing database is an error, not a new empty file; a missing output folder is named', async () => {
    const missing = path.join(tempDir(), 'nope.db');
    expect((await rejection(run('ledger', '--db', missing, '--out', out))).message).toBe(`the database ${missing} does not exist`);
    expect(fs.existsSync(missing)).toBe(false);
    const badOut = path.join(tempDir(), 'no-such-folder', 'out.csv');
    const error = await rejection(run('ledger', '--db', dbFile, '--out', badOut));
    expect(error).toBeInstanceOf(ExportError);
    expect(error.message).toBe(`The folder ${path.dirname(badOut)} does not exist. Choose another folder.`);
  });
});
