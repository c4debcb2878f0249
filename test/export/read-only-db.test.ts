// `export` opens the database read-only: a backup, a snapshot or a copy the creator may not write is
// exported without a byte of it changing, and a file that is empty or another program's is refused
// untouched (never given Creator Studio's schema). Real files, the real CLI in a child process.
//
// Root may write a chmod 0444 file, so "cannot be written" is made real two ways: the CLI run as the
// unprivileged user nobody (setpriv), and a read-only bind mount, where not even root may write.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../db/migrate';
import { backupDatabase, openDatabase } from '../../db/open';
import { insertLedger, type LedgerInput } from '../helpers/fixture';
import { canRunAsNobody, listing, NOBODY, runCli, runCliAsNobody, sha256 } from '../helpers/cli';
import { readOnlyView } from '../helpers/read-only-mount';
import { tempDbFile, tempDir } from '../helpers/tmp';
import { exportFixture, FROM, TO } from './fixture';

const ledgerArgs = (db: string, out: string) => ['export', 'ledger', '--db', db, '--out', out, '--from', FROM, '--to', TO];

let live: string;
let reference: string;
beforeEach(async () => {
  live = tempDbFile();
  (await exportFixture(live)).close();
  reference = path.join(tempDir(), 'reference.csv');
  expect(runCli(ledgerArgs(live, reference)).code).toBe(0);
});

/** A folder the user nobody may write into, for its exports. */
function nobodysFolder(): string {
  const dir = tempDir('studio-nobody-');
  fs.chownSync(dir, NOBODY, NOBODY);
  return dir;
}

describe('export of a file that is not a Creator Studio database', () => {
  it('a zero-byte file: exit 1, a message naming it, the file and its folder unchanged', () => {
    const dir = tempDir();
    const empty = path.join(dir, 'studio.db');
    fs.writeFileSync(empty, '');
    const run = runCli(ledgerArgs(empty, path.join(dir, 'out.csv')));
    expect(run.stderr).toBe(`creator-studio: ${empty} is empty: it holds no Creator Studio data, so it was left untouched.\n`);
    expect(run.code).toBe(1);
    expect(fs.statSync(empty).size).toBe(0);
    expect(listing(dir)).toEqual(['studio.db:file']);
  });

  it('another program’s SQLite database: exit 1, byte for byte unchanged, no Creator Studio table written into it', () => {
    const dir = tempDir();
    const other = path.join(dir, 'notes.db');
    const raw = new Database(other);
    raw.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('buy milk')`);
    raw.close();
    const before = sha256(other);
    const run = runCli(ledgerArgs(other, path.join(dir, 'out.csv')));
    expect(run.stderr).toBe(
      `creator-studio: ${other} is not a Creator Studio database (it has none of Creator Studio's tables), so it was left untouched. Choose your Creator Studio database file.\n`,
    );
    expect(run.code).toBe(1);
    expect(sha256(other)).toBe(before);
    expect(listing(dir)).toEqual(['notes.db:file']);
  });
});

describe('export of a database that cannot be written', () => {
  it('as an ordinary user: a backup (0444, in a 0555 folder) and a copy of the live WAL file export the same bytes, unchanged', async ({ skip }) => {
    if (!canRunAsNobody()) return skip('needs root and setpriv to run the CLI as another user');
    const { db } = await openDatabase(live);
    const backup = await backupDatabase(db, live);
    db.close();
    const folder = tempDir('studio-backups-copy-');
    const copies = { backup: path.join(folder, 'backup.db'), wal: path.join(folder, 'live-copy.db') };
    fs.copyFileSync(backup, copies.backup);
    fs.copyFileSync(live, copies.wal);
    for (const f of Object.values(copies)) fs.chmodSync(f, 0o444);
    fs.chmodSync(folder, 0o555);
    const before = listing(folder).concat(Object.values(copies).map(sha256));
    const out = nobodysFolder();
    for (const [name, file] of Object.entries(copies)) {
      const run = runCliAsNobody(ledgerArgs(file, path.join(out, `${name}.csv`)));
      expect([name, run.code, run.stderr]).toEqual([name, 0, '']);
      expect(run.stdout).toBe(`exported 15 rows to ${path.join(out, `${name}.csv`)}\n`);
      expect(sha256(path.join(out, `${name}.csv`))).toBe(sha256(reference));
    }
    expect(listing(folder).concat(Object.values(copies).map(sha256))).toEqual(before);
  });

  it('as root, a chmod 0444 rollback-journal copy (sqlite3 .backup, VACUUM INTO) is read, not converted to WAL', async () => {
    const dir = tempDir();
    const copy = path.join(dir, 'snapshot.db');
    const src = new Database(live, { readonly: true });
    src.exec(`VACUUM INTO '${copy}'`);
    src.close();
    fs.chmodSync(copy, 0o444);
    const before = sha256(copy);
    const out = path.join(tempDir(), 'out.csv');
    const run = runCli(ledgerArgs(copy, out));
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(sha256(out)).toBe(sha256(reference));
    expect(sha256(copy)).toBe(before);
    expect(listing(dir)).toEqual(['snapshot.db:file']);
  });

  it('on a read-only mount, as root: the live WAL-mode file is exported, nothing appears beside it', ({ skip }) => {
    const src = path.dirname(live);
    const view = readOnlyView(src);
    if ('reason' in view) return skip(view.reason);
    const before = listing(src);
    const hash = sha256(live);
    const out = path.join(tempDir(), 'out.csv');
    const run = runCli(ledgerArgs(path.join(view.dir, path.basename(live)), out));
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(sha256(out)).toBe(sha256(reference));
    expect([listing(src), sha256(live)]).toEqual([before, hash]);
  });

  it('on a read-only mount, a database of an earlier version that would need updating: exit 1, a clear message, untouched', ({ skip }) => {
    const src = tempDir();
    fs.copyFileSync(path.resolve('test/fixtures/schema-v1.db'), path.join(src, 'old.db'));
    const view = readOnlyView(src);
    if ('reason' in view) return skip(view.reason);
    const file = path.join(view.dir, 'old.db');
    const hash = sha256(file);
    const run = runCli(ledgerArgs(file, path.join(tempDir(), 'out.csv')));
    expect(run.stderr).toBe(
      `creator-studio: ${file} was made by an earlier version of Creator Studio (schema 1; this version reads ${loadMigrations().length}) and must be updated before it can be read, ` +
        'but it was opened read-only, so it was left untouched. Open it once in the app, or copy it to a folder you can write to, then try again.\n',
    );
    expect(run.code).toBe(1);
    expect([sha256(file), listing(src)]).toEqual([hash, ['old.db:file']]);
  });

  it('the ledger in two halves: the second thread reads the same read-only file (120,000 rows, as nobody)', async ({ skip }) => {
    if (!canRunAsNobody()) return skip('needs root and setpriv to run the CLI as another user');
    const { db } = await openDatabase(live);
    const rows: LedgerInput[] = [];
    const start = Date.parse('2026-10-01T00:00:00Z');
    for (let i = 0; i < 120_000; i++)
      rows.push({ id: `B${String(i).padStart(6, '0')}`, at: new Date(start + i * 40_000).toISOString(), stream: 'character', currency: 'USDT', gross: `${i % 97}.25`, status: 'available' });
    db.transaction(() => insertLedger(db, rows))();
    const backup = await backupDatabase(db, live);
    db.close();
    const folder = tempDir('studio-backups-copy-');
    const copy = path.join(folder, 'backup.db');
    fs.copyFileSync(backup, copy);
    fs.chmodSync(copy, 0o444);
    fs.chmodSync(folder, 0o555);
    const hash = sha256(copy);
    const whole = path.join(tempDir(), 'whole.csv');
    expect(runCli(ledgerArgs(live, whole)).code).toBe(0);
    const out = nobodysFolder();
    const run = runCliAsNobody(ledgerArgs(copy, path.join(out, 'ledger.csv')));
    // No "[export] …; writing the whole ledger on one thread": the worker's read-only connection worked.
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(`exported 120015 rows to ${path.join(out, 'ledger.csv')}\n`);
    expect(sha256(path.join(out, 'ledger.csv'))).toBe(sha256(whole));
    expect([sha256(copy), listing(folder), listing(out)]).toEqual([hash, ['backup.db:file'], ['ledger.csv:file']]);
  }, 60_000);
});
