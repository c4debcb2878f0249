// A creator's data files are readable by their owner alone, whatever the umask: the database, its
// -wal and -shm (SQLite gives them the database file's mode), the backups and their folder. An export
// the creator asked for keeps the usual mode: they chose where it goes. Modes are read from real files
// after an open, a write, a backup and a restore, under umask 000 (where the default would be 0644).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, backupDir, listBackups, openDatabase } from '../../db/open';
import { recoverDamagedDatabase } from '../../db/recovery';
import { writeFileAtomic } from '../../electron/export/atomic-write';
import { insertLedger } from '../helpers/fixture';
import { tempDir } from '../helpers/tmp';

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const L1 = { id: 'L1', at: '2026-11-01T00:00:00Z', stream: 'character', currency: 'USDT', gross: '12.345678', status: 'available' } as const;

let umask: number;
beforeEach(() => {
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
});

describe('file modes under umask 000', () => {
  it('a new database, its folder, its -wal and -shm after a write: owner only', async () => {
    const folder = path.join(tempDir(), 'creator-studio');
    const file = path.join(folder, 'studio.db');
    const { db } = await openDatabase(file);
    insertLedger(db, [L1]);
    expect(fs.existsSync(`${file}-wal`) && fs.existsSync(`${file}-shm`)).toBe(true);
    expect([mode(folder), mode(file), mode(`${file}-wal`), mode(`${file}-shm`)]).toEqual([0o700, 0o600, 0o600, 0o600]);
    db.close();
    expect(mode(file)).toBe(0o600);
  });

  it('backups: the folder 0700 (narrowed if an earlier version made it wider), each file 0600', async () => {
    const file = path.join(tempDir(), 'studio.db');
    const { db } = await openDatabase(file);
    insertLedger(db, [L1]);
    fs.mkdirSync(backupDir(file), { mode: 0o755 });
    const backup = await backupDatabase(db, file);
    db.close();
    expect([mode(backupDir(file)), mode(backup)]).toEqual([0o700, 0o600]);
    expect(listBackups(file)).toEqual([backup]);
  });

  it('a backup opens read-only anywhere: a rollback-journal file, intact, nothing made beside it when read', async () => {
    const file = path.join(tempDir(), 'studio.db');
    const { db } = await openDatabase(file);
    insertLedger(db, [L1]);
    const backup = await backupDatabase(db, file);
    db.close();
    expect([...fs.readFileSync(backup).subarray(18, 20)]).toEqual([1, 1]);
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT id, net FROM ledger').all()).toEqual([{ id: 'L1', net: 12_345_678 }]);
    copy.close();
    expect(fs.readdirSync(backupDir(file))).toEqual([path.basename(backup)]);
  });

  it('a restored database is owner-only even when its backup was made by an earlier version (0644)', async () => {
    const file = path.join(tempDir(), 'studio.db');
    const { db } = await openDatabase(file);
    insertLedger(db, [L1]);
    const backup = await backupDatabase(db, file);
    db.close();
    fs.chmodSync(backup, 0o644);
    fs.writeFileSync(file, 'damaged beyond reading; '.repeat(400));
    const { restoredFrom } = recoverDamagedDatabase(file);
    expect([restoredFrom, mode(file)]).toEqual([backup, 0o600]);
  });

  it('an export keeps the usual mode: the creator chose where it goes', async () => {
    const out = path.join(tempDir(), 'ledger.csv');
    await writeFileAtomic(out, ['id\r\n']);
    expect(mode(out)).toBe(0o644);
  });

  it('a backup cut short leaves only a temp file, which the next backup removes and restore never uses', async () => {
    const file = path.join(tempDir(), 'studio.db');
    const { db } = await openDatabase(file);
    insertLedger(db, [L1]);
    fs.mkdirSync(backupDir(file));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const cut = path.join(backupDir(file), `.studio.db.v13.2026-12-01T00-00-00-000Z.db.${dead}.0123456789ab.tmp`);
    fs.writeFileSync(cut, '');
    expect(listBackups(file)).toEqual([]);
    const backup = await backupDatabase(db, file);
    db.close();
    expect(fs.readdirSync(backupDir(file))).toEqual([path.basename(backup)]);
  });
});
