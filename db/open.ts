import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './connection';
import { assertDatabasePath, EmptyDatabaseError, fileKind, ForeignDatabaseError, OutdatedDatabaseError, ReadOnlyDatabaseError, writable } from './file-kind';
import { applyMigrations, loadMigrations, pendingMigrations, schemaVersion, type Migration } from './migrate';
import { createPrivateFile, PRIVATE_FOLDER, privateFolder } from './private-files';
import { openReadOnly } from './read-only';
import { registerLocalDate } from './rollup-zone';
import { claimTemp, releaseTemp, removeStaleTemps } from './temp-files';

export { EmptyDatabaseError, ForeignDatabaseError, OutdatedDatabaseError, ReadOnlyDatabaseError } from './file-kind';

export type { Db } from './connection';

export class CorruptDatabaseError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(
      `The database ${file} is damaged (${detail}). It was not changed. ` +
        `To set it aside and continue from the newest backup, run: npm run cli -- restore --db "${file}"`,
    );
    this.name = 'CorruptDatabaseError';
  }
}

export interface OpenOptions {
  /** Path of a better-sqlite3 binary built for another ABI (Electron's main process). */
  nativeBinding?: string;
  /** Nothing is written: no pragma, no migration (a file of an earlier version is refused), and an
   *  empty or missing file is an error. A WAL file in a read-only folder is read from memory. */
  readonly?: boolean;
  /** An existing file without tables (zero bytes, or a bare SQLite file): 'adopt' (default) makes it a
   *  new database, as the app does with its own file after a crash on its first start; 'refuse' leaves
   *  it untouched, for a path the user named (serve). A file that does not exist yet is always created. */
  emptyFile?: 'adopt' | 'refuse';
  /** 'quick' (default): PRAGMA quick_check reads every page before opening (seconds on a GB-sized file).
   *  'header': only the header and schema are read; for the app's start (which checks every page on a
   *  worker afterwards) and batch commands, where SQLite still reports any damaged page they touch. A
   *  file with migrations pending is read in full before they rewrite it either way. */
  integrity?: 'quick' | 'header';
  /** SQLite's page cache for this connection, in MiB (better-sqlite3 builds SQLite with 16). */
  cacheMb?: number;
  /** Test hook: runs before each migration is applied. */
  beforeMigration?: (m: Migration) => void;
  migrations?: Migration[];
}

export interface OpenResult {
  db: Db;
  /** Path of the backup taken before migrating, when migrations ran on an existing file. */
  backup?: string;
  migrated: number;
}

const BACKUPS_KEPT = 5;

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenResult> {
  const memory = file === ':memory:';
  let created = false;
  if (!memory) {
    if (options.readonly && !fs.existsSync(file)) throw new Error(`the database ${file} does not exist`);
    assertDatabasePath(file);
    if (!options.readonly) created = createDatabaseFile(file);
  }
  let db: Db | undefined;
  try {
    const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
    db = options.readonly && !memory ? openReadOnly(file, options.nativeBinding) : new Database(file, { fileMustExist: !memory, ...binding });
    // Judged before the first write (the WAL pragma is one): another program's file, or an empty one
    // nobody asked to adopt, is closed as it was found.
    const kind = memory || created ? null : fileKind(db);
    if (kind === 'foreign') throw new ForeignDatabaseError(file);
    if (kind === 'empty' && (options.readonly || options.emptyFile === 'refuse')) throw new EmptyDatabaseError(file);
    configure(db, options.readonly);
    if (options.cacheMb) db.pragma(`cache_size = -${Math.round(options.cacheMb * 1024)}`);
    if (options.integrity !== 'header') checkIntegrity(db, file);
    registerLocalDate(db);
  } catch (error) {
    db?.close();
    throw asOpenError(error, file);
  }
  try {
    const pending = pendingMigrations(db, options.migrations ?? loadMigrations());
    if (pending.length > 0 && options.readonly) throw new OutdatedDatabaseError(file, schemaVersion(db), schemaVersion(db) + pending.length);
    let backup: string | undefined;
    const upgrading = pending.length > 0 && schemaVersion(db) > 0;
    // Rebuilding a rollup over years of ledger rows takes tens of seconds on the largest accounts: say why the wait.
    if (upgrading && process.stderr.isTTY)
      process.stderr.write(`Creator Studio: updating ${path.basename(file)} to this version (a backup is kept first); on a long history this takes a minute…\n`);
    // A file opened on its header alone is read in full before a migration rewrites it.
    if (upgrading && options.integrity === 'header') checkIntegrity(db, file);
    if (upgrading && !memory) backup = await backupDatabase(db, file);
    applyMigrations(db, pending, options.beforeMigration);
    return { db, backup, migrated: pending.length };
  } catch (error) {
    db.close();
    throw asOpenError(error, file);
  }
}

/**
 * For a command that will write into `file` (serve): refuses, before it does anything else, a file it
 * must not write into (read-only, another program's, or empty unless adopted), reading it read-only to
 * tell. A file that does not exist yet is fine: it will be made.
 */
export function assertWritableDatabase(file: string, emptyFile: OpenOptions['emptyFile'] = 'refuse'): void {
  if (!fs.existsSync(file)) return;
  assertDatabasePath(file);
  if (!writable(file)) throw new ReadOnlyDatabaseError(file);
  let db: Db | undefined;
  try {
    db = openReadOnly(file);
    const kind = fileKind(db);
    if (kind === 'foreign') throw new ForeignDatabaseError(file);
    if (kind === 'empty' && emptyFile === 'refuse') throw new EmptyDatabaseError(file);
  } catch (error) {
    throw asOpenError(error, file);
  } finally {
    db?.close();
  }
}

/** A new database file, readable by its owner alone before SQLite writes its first page; false when the file exists. */
function createDatabaseFile(file: string): boolean {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: PRIVATE_FOLDER });
    return createPrivateFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new Error(`Creator Studio cannot create ${file}: its folder is read-only (${code}). Choose a folder you can write to.`, { cause: error });
    throw error;
  }
}

function configure(db: Db, readonly?: boolean): void {
  if (!readonly) db.pragma('journal_mode = WAL');
  // Tax data: a commit is on disk when it returns, even across a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function checkIntegrity(db: Db, file: string): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw new CorruptDatabaseError(file, String(result));
}

/**
 * SQLite's damage codes as a CorruptDatabaseError, which the recovery flow answers; a write refused by
 * a read-only file or folder as a ReadOnlyDatabaseError naming the file; other errors as they are.
 */
export function asOpenError(error: unknown, file: string): Error {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new CorruptDatabaseError(file, (error as Error).message);
  if (code.startsWith('SQLITE_READONLY') || (code === 'SQLITE_CANTOPEN' && file !== ':memory:' && fs.existsSync(file) && !writable(file)))
    return new ReadOnlyDatabaseError(file);
  return error as Error;
}

export function backupDir(file: string): string {
  return `${path.resolve(file)}.backups`;
}

/**
 * A consistent copy through SQLite's online backup API, keeping the newest few. It is written under a
 * temp name and renamed when complete, so a backup cut short (the app killed) is never taken for one.
 */
export async function backupDatabase(db: Db, file: string): Promise<string> {
  const dir = backupDir(file);
  privateFolder(dir);
  await removeStaleTemps(dir);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file)}.v${schemaVersion(db)}.${stamp}.db`);
  const temp = claimTemp(target);
  try {
    // Made private before SQLite writes a page into it (SQLite keeps an existing file's mode).
    createPrivateFile(temp);
    await db.backup(temp);
    asRollbackJournal(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    releaseTemp(temp);
  }
  const old = listBackups(file).slice(BACKUPS_KEPT);
  for (const stale of old) fs.rmSync(stale, { force: true });
  return target;
}

/**
 * The backup API copies page 1 as it is, so a copy of a WAL database says WAL too, and SQLite can then
 * read it only where it may create a -wal and -shm beside it: not on a read-only disk or in a snapshot.
 * The copy has no -wal (every page is in the file), so it is marked a rollback-journal database, as
 * `PRAGMA journal_mode = DELETE` would (header bytes 18-19; sqlite.org/fileformat.html). Done on the
 * bytes because this module has no second connection of the right binary in Electron's main process.
 */
function asRollbackJournal(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Backups of a database file, newest first. */
export function listBackups(file: string): string[] {
  const dir = backupDir(file);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.db'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs || b.localeCompare(a));
}
