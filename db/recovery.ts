// What happens to a damaged database: it is never deleted. It is set aside under a new name, and
// the newest backup that passes its own integrity check takes its place. A healthy file is only ever
// replaced when the creator insists (restore --force), and is then kept aside the same way.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { fileKind } from './file-kind';
import { backupDatabase, listBackups, type Db } from './open';
import { PRIVATE_FILE } from './private-files';

export interface Recovery {
  /** Where the replaced file now lives. */
  keptAs: string;
  /** The backup that replaced it, or null when there was none usable (the app starts empty and resyncs). */
  restoredFrom: string | null;
}

/** SQLite's quick_check of every page; false for a file SQLite cannot read as a database at all. */
export function passesIntegrityCheck(file: string): boolean {
  return readsAs(file, (db) => db.pragma('quick_check', { simple: true }) === 'ok');
}

function readsAs(file: string, test: (db: Database.Database) => boolean): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return test(db);
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Intact and made by Creator Studio: a backup cut short by an earlier version could be an empty database, which is intact too. */
function usable(backup: string): boolean {
  return readsAs(backup, (db) => db.pragma('quick_check', { simple: true }) === 'ok' && fileKind(db) === 'ours');
}

export function newestUsableBackup(file: string): string | null {
  return listBackups(file).find(usable) ?? null;
}

/** When a backup was made (its file's time), for the creator to recognise it. */
export function backupDate(backup: string): string {
  return `${fs.statSync(backup).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Sets the file aside (with its -wal and -shm) as `<file>.<why>-<time>` and puts the newest usable backup in its place. */
export function recoverDamagedDatabase(file: string, now = new Date(), why: 'damaged' | 'replaced' = 'damaged'): Recovery {
  const keptAs = `${file}.${why}-${now.toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, keptAs);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, keptAs + suffix);
  const backup = newestUsableBackup(file);
  if (backup) putInPlace(backup, file);
  return { keptAs, restoredFrom: backup };
}

/** A database file that is gone, put back from its newest usable backup; null when there is none. */
export function restoreMissingDatabase(file: string, now = new Date()): string | null {
  const backup = newestUsableBackup(file);
  if (!backup) return null;
  // A -wal left without its database would be replayed into the backup: it is kept aside, not reused.
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, `${file}.orphaned-${stamp}${suffix}`);
  putInPlace(backup, file);
  return backup;
}

function putInPlace(backup: string, file: string): void {
  fs.copyFileSync(backup, file, fs.constants.COPYFILE_EXCL);
  // Backups of earlier versions were made with the umask's mode; the restored database is private.
  fs.chmodSync(file, PRIVATE_FILE);
}

/** A backup when the newest one is older than maxAgeMs, so a damaged file can be replaced by a recent copy. */
export async function backupIfStale(db: Db, file: string, maxAgeMs = 24 * 3600_000): Promise<string | null> {
  const newest = listBackups(file)[0];
  if (newest && Date.now() - fs.statSync(newest).mtimeMs < maxAgeMs) return null;
  return backupDatabase(db, file);
}
