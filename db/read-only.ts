// Opening a database only to read it (exports, the read thread, the ledger's second half). Nothing is
// written to the file, which may be a backup, a snapshot, a copy this user may not write, or a file
// on a read-only disk.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { writable } from './file-kind';

/** How SQLite says it cannot make the -shm a WAL file needs: a read-only mount (any user), a folder this user may not write. */
const CANNOT_OPEN_WAL = new Set(['SQLITE_CANTOPEN', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_READONLY_CANTINIT']);

export function openReadOnly(file: string, nativeBinding?: string): Database.Database {
  const binding = nativeBinding ? { nativeBinding } : {};
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...binding });
    // A WAL-mode file opens its -wal and -shm on the first read: that is where a read-only folder shows.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db?.close();
    if (!CANNOT_OPEN_WAL.has((error as { code?: string }).code ?? '') || !walHeader(file) || writable(file)) throw error;
    return inMemoryCopy(file, binding);
  }
}

function walHeader(file: string): boolean {
  const header = Buffer.alloc(20);
  try {
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, header, 0, 20, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  return header.toString('latin1', 0, 15) === 'SQLite format 3' && header[18] === 2;
}

/**
 * A WAL-mode database in a folder nobody may write (a read-only disk, a snapshot) cannot be opened
 * by SQLite at all: it needs to create the -shm beside it (and this build of better-sqlite3 takes
 * no `immutable` URI). Without a -wal file, every committed row is in the main file, so a copy of
 * it in memory, marked as a rollback-journal database (header bytes 18-19), reads the same rows.
 */
function inMemoryCopy(file: string, binding: { nativeBinding?: string }): Database.Database {
  if (fs.existsSync(`${file}-wal`))
    throw new Error(
      `${file} has changes in ${path.basename(file)}-wal that cannot be read in its read-only folder; it was left untouched. Copy the folder to one you can write to and try again.`,
    );
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_FS_FILE_TOO_LARGE') throw error;
    throw new Error(`${file} is in a read-only folder and too large to read from there; it was left untouched. Copy it to a folder you can write to and try again.`);
  }
  bytes[18] = 1;
  bytes[19] = 1;
  return new Database(bytes, { readonly: true, ...binding });
}
