import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { registerLocalDate } from './rollups';
import { applyMigrations, loadMigrations, pendingMigrations, schemaVersion, type Migration } from './migrate';

export type Db = Database.Database;

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
  readonly?: boolean;
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
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    configure(db, options.readonly);
    if (options.cacheMb) db.pragma(`cache_size = -${Math.round(options.cacheMb * 1024)}`);
    if (options.integrity === 'header') db.prepare('SELECT count(*) FROM sqlite_master').get();
    else checkIntegrity(db, file);
    registerLocalDate(db);
  } catch (error) {
    throw asOpenError(error, file);
  }
  try {
    const pending = pendingMigrations(db, options.migrations ?? loadMigrations());
    let backup: string | undefined;
    const upgrading = pending.length > 0 && schemaVersion(db) > 0;
    // Rebuilding a rollup over years of ledger rows takes tens of seconds on the largest accounts: say why the wait.
    if (upgrading && process.stderr.isTTY)
      process.stderr.write(`Creator Studio: updating ${path.basename(file)} to this version (a backup is kept first); on a long history this takes a minute…\n`);
    // A file opened on its header alone is read in full before a migration rewrites it.
    if (upgrading && options.integrity === 'header') checkIntegrity(db, file);
    if (upgrading && file !== ':memory:') backup = await backupDatabase(db, file);
    applyMigrations(db, pending, options.beforeMigration);
    return { db, backup, migrated: pending.length };
  } catch (error) {
    db.close();
    throw asOpenError(error, file);
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

/** SQLite's damage codes as a CorruptDatabaseError, which the recovery flow answers; other errors as they are. */
export function asOpenError(error: unknown, file: string): Error {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new CorruptDatabaseError(file, (error as Error).message);
  return error as Error;
}

export function backupDir(file: string): string {
  return `${path.resolve(file)}.backups`;
}

/** A consistent copy through SQLite's online backup API, keeping the newest few. */
export async function backupDatabase(db: Db, file: string): Promise<string> {
  const dir = backupDir(file);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file)}.v${schemaVersion(db)}.${stamp}.db`);
  await db.backup(target);
  const old = listBackups(file).slice(BACKUPS_KEPT);
  for (const stale of old) fs.rmSync(stale, { force: true });
  return target;
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
