// Serve mode writes (settings, syncs, backups), so it refuses, before anything else, a file it must
// not write into: another program's database, an empty file the creator named, a read-only file.
// A path that does not exist yet becomes a new database; the app's own start adopts an empty file
// (its own first start cut short). Real files, the real CLI for the refusals.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../db/migrate';
import { EmptyDatabaseError, ForeignDatabaseError } from '../../db/open';
import { openStudio } from '../../electron/core/studio';
import { listing, runCli, sha256 } from '../helpers/cli';
import { readOnlyView } from '../helpers/read-only-mount';
import { tempDbFile, tempDir } from '../helpers/tmp';

function foreignDatabase(dir: string): string {
  const file = path.join(dir, 'notes.db');
  const raw = new Database(file);
  raw.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('buy milk')`);
  raw.close();
  return file;
}

const schemaVersion = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true });
  } finally {
    db.close();
  }
};

describe('serve --db refuses a file it must not write into (exit 1, the file unchanged)', () => {
  it('another program’s database', () => {
    const dir = tempDir();
    const file = foreignDatabase(dir);
    const before = sha256(file);
    const run = runCli(['serve', '--db', file, '--port', '0']);
    expect(run.stderr).toBe(
      `creator-studio: ${file} is not a Creator Studio database (it has none of Creator Studio's tables), so it was left untouched. Choose your Creator Studio database file.\n`,
    );
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect([sha256(file), listing(dir)]).toEqual([before, ['notes.db:file']]);
  });

  it('an empty file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'studio.db');
    fs.writeFileSync(file, '');
    const run = runCli(['serve', '--db', file, '--port', '0']);
    expect(run.stderr).toBe(`creator-studio: ${file} is empty: it holds no Creator Studio data, so it was left untouched.\n`);
    expect(run.code).toBe(1);
    expect([fs.statSync(file).size, listing(dir)]).toEqual([0, ['studio.db:file']]);
  });

  it('a database on a read-only mount', async ({ skip }) => {
    const file = tempDbFile();
    (await openStudio(file, { mode: 'browser' })).close();
    const view = readOnlyView(path.dirname(file));
    if ('reason' in view) return skip(view.reason);
    const seen = path.join(view.dir, 'studio.db');
    const before = sha256(file);
    const run = runCli(['serve', '--db', seen, '--port', '0']);
    expect(run.stderr).toBe(
      `creator-studio: Creator Studio cannot write to ${seen}: the file or its folder is read-only. It was left untouched; copy it to a folder you can write to, or check its permissions.\n`,
    );
    expect(run.code).toBe(1);
    expect(sha256(file)).toBe(before);
  });
});

describe('the studio serve mode opens', () => {
  it('with emptyFile: refuse, never writes the schema into an empty or foreign file', async () => {
    const dir = tempDir();
    const foreign = foreignDatabase(dir);
    const empty = path.join(dir, 'empty.db');
    fs.writeFileSync(empty, '');
    const before = sha256(foreign);
    await expect(openStudio(foreign, { mode: 'browser', emptyFile: 'refuse' })).rejects.toBeInstanceOf(ForeignDatabaseError);
    await expect(openStudio(empty, { mode: 'browser', emptyFile: 'refuse' })).rejects.toBeInstanceOf(EmptyDatabaseError);
    expect([sha256(foreign), fs.statSync(empty).size, listing(dir)]).toEqual([before, 0, ['empty.db:file', 'notes.db:file']]);
  });

  it('makes a new database under a name that does not exist yet, and the app’s own start still adopts an empty file', async () => {
    const fresh = path.join(tempDir(), 'new.db');
    (await openStudio(fresh, { mode: 'browser', emptyFile: 'refuse' })).close();
    expect(schemaVersion(fresh)).toBe(loadMigrations().length);
    const own = tempDbFile();
    fs.writeFileSync(own, '');
    (await openStudio(own, { mode: 'browser' })).close();
    expect(schemaVersion(own)).toBe(loadMigrations().length);
  });
});
