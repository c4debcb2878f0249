import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorruptDatabaseError, listBackups, openDatabase } from '../../db/open';
import { backupIfStale, recoverDamagedDatabase } from '../../db/recovery';
import { insertLedger } from '../helpers/fixture';
import { tempDbFile } from '../helpers/tmp';

async function databaseWithBackup() {
  const file = tempDbFile();
  const { db } = await openDatabase(file);
  insertLedger(db, [{ id: 'L1', at: '2026-11-01T00:00:00Z', stream: 'character', currency: 'USDT', gross: '12.345678', status: 'available' }]);
  expect(await backupIfStale(db, file)).not.toBeNull();
  expect(await backupIfStale(db, file)).toBeNull(); // fresh enough: no second copy
  insertLedger(db, [{ id: 'L2', at: '2026-11-02T00:00:00Z', stream: 'character', currency: 'USDT', gross: '1', status: 'available' }]);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return file;
}

describe('a damaged database', () => {
  it('is detected at open, set aside untouched, and replaced by the newest good backup', async () => {
    const file = await databaseWithBackup();
    // Scribble over the middle of the file, past the header: pages no longer make sense.
    const fd = fs.openSync(file, 'r+');
    const size = fs.fstatSync(fd).size;
    fs.writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toBeInstanceOf(CorruptDatabaseError);

    const recovery = recoverDamagedDatabase(file);
    expect(recovery.restoredFrom).toBe(listBackups(file)[0]);
    expect(fs.readFileSync(recovery.keptAs).equals(damaged)).toBe(true);
    const { db } = await openDatabase(file);
    expect(db.prepare('SELECT id, net FROM ledger').all()).toEqual([{ id: 'L1', net: 12_345_678 }]);
    db.close();
  });

  it('with no usable backup, is still kept aside and the app starts on an empty file', async () => {
    const file = tempDbFile();
    fs.writeFileSync(file, 'this is not a database, and it never was; '.repeat(200));
    await expect(openDatabase(file)).rejects.toThrow(/damaged/);
    const recovery = recoverDamagedDatabase(file);
    expect(recovery.restoredFrom).toBeNull();
    expect(fs.existsSync(recovery.keptAs)).toBe(true);
    const { db } = await openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(0);
    db.close();
  });
});
