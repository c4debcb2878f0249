// What a file given as a database is, judged before anything is written to it: Creator Studio's own,
// empty, or another program's. The schema is only ever written into a file that is ours, or that
// the caller made or may adopt; everything else is refused with the file left byte for byte as it was.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export type FileKind = 'ours' | 'empty' | 'foreign';

export class EmptyDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`${file} is empty: it holds no Creator Studio data, so it was left untouched.`);
    this.name = 'EmptyDatabaseError';
  }
}

export class ForeignDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a Creator Studio database (it has none of Creator Studio's tables), so it was left untouched. Choose your Creator Studio database file.`);
    this.name = 'ForeignDatabaseError';
  }
}

export class ReadOnlyDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`Creator Studio cannot write to ${file}: the file or its folder is read-only. It was left untouched; copy it to a folder you can write to, or check its permissions.`);
    this.name = 'ReadOnlyDatabaseError';
  }
}

/** A database of ours made by an earlier version, opened read-only: it cannot be brought up to date. */
export class OutdatedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `${file} was made by an earlier version of Creator Studio (schema ${fileVersion}; this version reads ${appVersion}) and must be updated before it can be read, ` +
        'but it was opened read-only, so it was left untouched. Open it once in the app, or copy it to a folder you can write to, then try again.',
    );
    this.name = 'OutdatedDatabaseError';
  }
}

/**
 * Ours: it has the migrations table every Creator Studio database gets in its first migration (by its
 * columns: other tools name a table schema_migrations too). Empty: no tables and no version at all,
 * which is also what SQLite makes of a zero-byte file. Anything else belongs to another program.
 */
export function fileKind(db: Database.Database): FileKind {
  const objects = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
  if (objects === 0) return db.pragma('user_version', { simple: true }) === 0 ? 'empty' : 'foreign';
  const columns = db
    .prepare(`SELECT count(*) FROM pragma_table_info('schema_migrations') WHERE name IN ('idx', 'tag', 'applied_at')`)
    .pluck()
    .get() as number;
  return columns === 3 ? 'ours' : 'foreign';
}

/** A database path must name a file: SQLite would block on a named pipe and fail vaguely on a folder. */
export function assertDatabasePath(file: string): void {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.isFile()) return;
  const what = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'not a regular file';
  throw new Error(`${file} is ${what}, not a database file; it was left untouched.`);
}

/** Whether this process may write the file and create its -wal/-shm beside it (root may write a 0444 file; nobody writes to a read-only mount). */
export function writable(file: string): boolean {
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
