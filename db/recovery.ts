// What happens to a damaged database: it is never deleted. It is set aside under a new name, and
// the newest backup that passes its own integrity check takes its place.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { fileKind } from './file-kind';
import { backupDatabase, listBackups, type Db } from './open';
import { PRIVATE_FILE } from './private-files';

export interface Recovery {
  /** Where the damaged file now lives. */
  keptAs: string;
  /** The backup that replaced it, or null when there was none usable (the app starts empty and resyncs). */
  restoredFrom: string | null;
}

/** Intact and made by Creator Studio: a backup cut short by an earlier version could be an empty database, which is intact too. */
function usable(backup: string): boolean {
  try {
    const db = new Database(backup, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok' && fileKind(db) === 'ours';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export function newestUsableBackup(file: string): string | null {
  return listBackups(file).find(usable) ?? null;
}

export function recoverDamagedDatabase(file: string, now = new Date()): Recovery {
  const keptAs = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, keptAs);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, keptAs + suffix);
  const backup = newestUsableBackup(file);
  if (backup) {
    fs.copyFileSync(backup, file, fs.constants.COPYFILE_EXCL);
    // Backups of earlier versions were made with the umask's mode; the restored database is private.
    fs.chmodSync(file, PRIVATE_FILE);
  }
  return { keptAs, restoredFrom: backup };
}

/** A backup when the newest one is older than maxAgeMs, so a damaged file can be replaced by a recent copy. */
export async function backupIfStale(db: Db, file: string, maxAgeMs = 24 * 3600_000): Promise<string | null> {
  const newest = listBackups(file)[0];
  if (newest && Date.now() - fs.statSync(newest).mtimeMs < maxAgeMs) return null;
  return backupDatabase(db, file);
}
