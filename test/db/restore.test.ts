// `restore --db <file> [--force]` through the real CLI: a healthy file is never swapped for an older
// backup unless the creator insists, and nothing is lost either way (the replaced file is kept aside).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, openDatabase } from '../../db/open';
import { insertSupport } from '../helpers/fixture';
import { runCli, sha256 } from '../helpers/cli';
import { tempDbFile } from '../helpers/tmp';

const SUPPORT_ROWS = 785;

/** A database whose backup was taken before its 785 support rows were synced (the reviewer's case). */
async function databaseNewerThanItsBackup(): Promise<{ file: string; backup: string }> {
  const file = tempDbFile();
  const { db } = await openDatabase(file);
  const backup = await backupDatabase(db, file);
  insertSupport(
    db,
    Array.from({ length: SUPPORT_ROWS }, (_, i) => ({ id: `s${i}`, at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(), name: `fan ${i}`, message: 'thanks', amount: '1.50', currency: 'USD' })),
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { file, backup };
}

/** The backup's time as the creator reads it: its file's time, to the minute, in UTC. */
const backupDate = (backup: string) => `${fs.statSync(backup).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function supportRows(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM support').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** The database's folder, without the -wal/-shm a reader leaves and without the backups folder. */
const beside = (file: string) =>
  fs
    .readdirSync(path.dirname(file))
    .filter((f) => !/-(wal|shm)$/.test(f) && !f.endsWith('.backups'))
    .sort();

describe('restore --db', () => {
  it('refuses a healthy file, saying which backup --force would put in its place, and changes nothing', async () => {
    const { file, backup } = await databaseNewerThanItsBackup();
    const before = sha256(file);
    const run = runCli(['restore', '--db', file]);
    expect(run.stderr).toBe(
      `creator-studio: ${file} is healthy (its integrity check passed), so nothing was restored. ` +
        `With --force it would be kept aside as studio.db.replaced-<time> and replaced by the backup ${backup} of ${backupDate(backup)}, ` +
        `without what was synced since then: npm run cli -- restore --db "${file}" --force\n`,
    );
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(sha256(file)).toBe(before);
    expect(supportRows(file)).toBe(SUPPORT_ROWS);
    expect(beside(file)).toEqual(['studio.db']);
  });

  it('with --force, puts the backup in place and keeps the healthy file aside, byte for byte', async () => {
    const { file, backup } = await databaseNewerThanItsBackup();
    const before = sha256(file);
    const run = runCli(['restore', '--db', file, '--force']);
    expect(run.code).toBe(0);
    const kept = /the previous file is kept as (.+)\n$/.exec(run.stdout)?.[1];
    expect(run.stdout).toBe(`restored ${file} from ${backup}; the previous file is kept as ${kept}\n`);
    expect(kept).toMatch(/\/studio\.db\.replaced-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(supportRows(file)).toBe(0);
    expect([sha256(kept!), supportRows(kept!)]).toEqual([before, SUPPORT_ROWS]);
  });

  it('with --force but no backup, a healthy file is left in place', async () => {
    const file = tempDbFile();
    (await openDatabase(file)).db.close();
    const before = sha256(file);
    const run = runCli(['restore', '--db', file, '--force']);
    expect([run.code, run.stderr]).toEqual([1, `creator-studio: ${file} is healthy and has no usable backup to replace it with; nothing was changed.\n`]);
    expect([sha256(file), beside(file)]).toEqual([before, ['studio.db']]);
  });

  it('a damaged file is restored without --force, and kept aside as damaged', async () => {
    const { file, backup } = await databaseNewerThanItsBackup();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(fs.fstatSync(fd).size - 4096, 0xa5), 0, undefined, 4096);
    fs.closeSync(fd);
    const run = runCli(['restore', '--db', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^restored ${file} from ${backup}; the previous file is kept as ${file}\\.damaged-[\\d-]+T[\\d-]+Z\\n$`));
    expect(supportRows(file)).toBe(0);
  });

  it('a missing file: "does not exist" (with the backup --force would put back), never a raw ENOENT', async () => {
    const { file, backup } = await databaseNewerThanItsBackup();
    fs.rmSync(file);
    const run = runCli(['restore', '--db', file]);
    expect(run.stderr).toBe(
      `creator-studio: The database ${file} does not exist. To put back the backup ${backup} of ${backupDate(backup)}, run: npm run cli -- restore --db "${file}" --force\n`,
    );
    expect(run.code).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
    const forced = runCli(['restore', '--db', file, '--force']);
    expect([forced.code, forced.stdout]).toEqual([0, `restored ${file} from ${backup}\n`]);
    expect(supportRows(file)).toBe(0);

    const nothing = path.join(path.dirname(tempDbFile()), 'nothing.db');
    const none = runCli(['restore', '--db', nothing]);
    expect([none.code, none.stderr]).toEqual([1, `creator-studio: The database ${nothing} does not exist, and it has no backup to restore.\n`]);
  });
});
