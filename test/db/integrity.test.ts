import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { damageMarker } from '../../db/integrity';
import { loadMigrations, type Migration } from '../../db/migrate';
import { backupDatabase, CorruptDatabaseError, listBackups, openDatabase } from '../../db/open';
import { recoverDamagedDatabase } from '../../db/recovery';
import { workerEntry } from '../../db/workers/entry';
import { startWorker } from '../../db/workers/start';
import { dispatch } from '../../electron/api/dispatch';
import type { Status } from '../../electron/api/types';
import { openStudio, type Studio } from '../../electron/core/studio';
import { insertLedger } from '../helpers/fixture';
import { tempDbFile } from '../helpers/tmp';

// The app opens on a header check and reads every page on a worker afterwards. A damaged page deep
// in the ledger (which opening never touches) must still be found, reported, kept from being written
// to, and checked in full at the next start, where the recovery flow takes over.

const ROWS = 3000;

async function ledgerDatabase(): Promise<string> {
  const file = tempDbFile();
  const { db } = await openDatabase(file);
  insertLedger(
    db,
    Array.from({ length: ROWS }, (_, i) => ({ id: `L${i}`, at: '2026-11-01T00:00:00Z', stream: 'character', currency: 'USDT', gross: '1.5', status: 'available', description: 'x'.repeat(200) })),
  );
  await backupDatabase(db, file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return file;
}

/** Overwrites one leaf page of the ledger table (or of one of its indexes) with garbage. */
async function damageLedgerPage(file: string, migrations?: Migration[], of = 'ledger'): Promise<void> {
  const { db } = await openDatabase(file, { migrations });
  const page = db.prepare(`SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 10`).pluck().get(of) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(size, 0x5a), 0, size, (page - 1) * size);
  fs.closeSync(fd);
}

async function status(studio: Studio): Promise<Status> {
  const result = await dispatch(studio, 'getStatus', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Status;
}

async function settled(studio: Studio): Promise<string> {
  for (let i = 0; i < 200 && studio.integrity.state === 'checking'; i++) await new Promise((r) => setTimeout(r, 25));
  return studio.integrity.state;
}

describe('the background integrity check', () => {
  it.runIf(process.platform === 'linux')('runs at the lowest CPU priority on its own thread, leaving the others as they were', async () => {
    // The 19th field of a thread's stat line is its nice value (after the name in parentheses).
    // A thread started as the check's is (startWorker with lowestPriority), reading its own stat line.
    const probe = startWorker(workerEntry<null, never, string>('thread-stat', new URL('../fixtures/workers/thread-stat.ts', import.meta.url)), null, { lowestPriority: true });
    const stat = await new Promise<string>((resolve, reject) => {
      probe.onMessage(resolve);
      void probe.ended.then(({ error }) => reject(error ?? new Error('the probe ended without answering')));
    });
    const nice = (line: string) => Number(line.slice(line.lastIndexOf(')') + 2).split(' ')[16]);
    expect(nice(stat)).toBe(19);
    expect(nice(fs.readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(0);
    expect(os.getPriority()).toBe(0);
  });

  it('reports a healthy file as ok, and the status says when it is still checking', async () => {
    const file = await ledgerDatabase();
    const studio = await openStudio(file, { mode: 'browser', backgroundCheck: true });
    expect(studio.integrity.state).toBe('checking');
    expect(await settled(studio)).toBe('ok');
    expect((await status(studio)).integrity).toEqual({ state: 'ok', detail: null });
    expect(fs.existsSync(damageMarker(file))).toBe(false);
    studio.close();
  });

  it('finds a damaged page the open never touched, refuses to sync into it, and the next start checks in full', async () => {
    const file = await ledgerDatabase();
    await damageLedgerPage(file);
    const studio = await openStudio(file, { mode: 'browser', backgroundCheck: true });
    expect(await settled(studio)).toBe('damaged');
    const { integrity } = await status(studio);
    expect(integrity.state).toBe('damaged');
    expect(integrity.detail).toMatch(/page|corrupt|malformed|btree/i);
    const sync = await dispatch(studio, 'startSync', {});
    expect(sync.ok ? null : sync.error).toEqual({ code: 'io', message: expect.stringMatching(/damaged.*restore the newest good backup/) });
    studio.close();
    expect(fs.existsSync(damageMarker(file))).toBe(true);

    // Next start: the marker makes it a full check before opening, so the recovery flow runs.
    await expect(openStudio(file, { mode: 'browser', backgroundCheck: true })).rejects.toBeInstanceOf(CorruptDatabaseError);
    const recovery = recoverDamagedDatabase(file);
    expect(recovery.restoredFrom).not.toBeNull();
    const restored = await openStudio(file, { mode: 'browser', backgroundCheck: true });
    expect(restored.integrity.state).toBe('ok'); // checked in full before opening
    expect(fs.existsSync(damageMarker(file))).toBe(false);
    expect(restored.db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(ROWS);
    restored.close();
  });

  it('reads a file in full before migrating it, so damage is never carried into a new schema', async () => {
    const file = tempDbFile();
    const older = loadMigrations().slice(0, -1);
    const { db } = await openDatabase(file, { migrations: older });
    insertLedger(db, Array.from({ length: ROWS }, (_, i) => ({ id: `L${i}`, at: '2026-11-01T00:00:00Z', stream: 'character', currency: 'USDT', gross: '1.5', status: 'available', description: 'x'.repeat(200) })));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    await damageLedgerPage(file, older);
    const before = fs.readFileSync(file);
    await expect(openStudio(file, { mode: 'browser', backgroundCheck: true })).rejects.toBeInstanceOf(CorruptDatabaseError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(listBackups(file)).toEqual([]); // no damaged copy among the backups either
  });

  it('reports damage found while the start rebuilds the rollups for a new zone as damage, for the recovery flow', async () => {
    const file = await ledgerDatabase();
    const { db } = await openDatabase(file);
    db.prepare(`UPDATE rollup_state SET zone = 'Europe/Berlin'`).run(); // the reporting zone is UTC: a rebuild is due
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // The rebuild reads the ledger through its time index, which holds every column it sums.
    await damageLedgerPage(file, undefined, 'ledger_occurred_id');
    await expect(openStudio(file, { mode: 'browser', backgroundCheck: true })).rejects.toBeInstanceOf(CorruptDatabaseError);
  });
});
