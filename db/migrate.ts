import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

export interface Migration {
  idx: number;
  tag: string;
  when: number;
  statements: string[];
}

export class NewerDatabaseError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database was written by a newer version of Creator Studio (schema ${fileVersion}; this app knows up to ${appVersion}). ` +
        'Update Creator Studio to open it; the file was left untouched.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** drizzle-kit's output folder. It ships beside the code (db/migrations), so it is found by walking
 *  up from this module, which works from the sources (tsx) and from the built main bundle (out/main). */
export function migrationsDir(): string {
  const override = process.env.CREATOR_STUDIO_MIGRATIONS;
  if (override) return override;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, 'migrations'), path.join(dir, 'db', 'migrations')]) {
      if (fs.existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    }
    dir = path.dirname(dir);
  }
  throw new Error('Creator Studio is missing its database migrations (db/migrations); reinstall the app.');
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string; when: number }[];
  };
  return journal.entries.map((e) => ({
    idx: e.idx,
    tag: e.tag,
    when: e.when,
    statements: fs
      .readFileSync(path.join(dir, `${e.tag}.sql`), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter(Boolean),
  }));
}

/** The schema version stored in the file: the number of migrations applied to it. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function pendingMigrations(db: Database.Database, migrations: Migration[]): Migration[] {
  const version = schemaVersion(db);
  if (version > migrations.length) throw new NewerDatabaseError(version, migrations.length);
  return migrations.slice(version);
}

/** Applies the pending migrations in one transaction: either all of them land, or the file is as it was. */
export function applyMigrations(db: Database.Database, pending: Migration[], beforeEach?: (m: Migration) => void): void {
  if (pending.length === 0) return;
  const run = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const record = db.prepare('INSERT INTO schema_migrations (idx, tag, applied_at) VALUES (?, ?, ?)');
    for (const m of pending) {
      beforeEach?.(m);
      for (const statement of m.statements) db.exec(statement);
      record.run(m.idx, m.tag, new Date().toISOString());
      db.pragma(`user_version = ${m.idx + 1}`);
    }
  });
  run();
}
