import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, NewerDatabaseError, type Migration } from '../../db/migrate';
import { CorruptDatabaseError, listBackups, openDatabase } from '../../db/open';
import { tempDbFile } from '../helpers/tmp';

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

const extra: Migration = { idx: loadMigrations().length, tag: '9999_test', when: Date.now(), statements: ['CREATE TABLE extra (id INTEGER PRIMARY KEY)'] };

describe('opening and migrating a database', () => {
  it('creates every table of the contract on a new file, with the pragmas tax data needs', async () => {
    const file = tempDbFile();
    const { db, migrated, backup } = await openDatabase(file);
    expect(migrated).toBe(loadMigrations().length);
    expect(backup).toBeUndefined();
    expect(tables(db)).toEqual(
      expect.arrayContaining(['ledger', 'payouts', 'support', 'characters', 'stats_characters', 'stats_hashtags', 'sync_state', 'settings', 'review_notes', 'balance_snapshots']),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations().length);
    db.close();
  });

  it('applies migrations once: reopening a migrated file runs none and keeps its rows', async () => {
    const file = tempDbFile();
    const first = await openDatabase(file);
    first.db.prepare(`INSERT INTO settings (key, value) VALUES ('k', '"v"')`).run();
    first.db.close();
    const second = await openDatabase(file);
    expect(second.migrated).toBe(0);
    expect(second.db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: loadMigrations().length });
    expect(second.db.prepare(`SELECT value FROM settings WHERE key = 'k'`).get()).toEqual({ value: '"v"' });
    second.db.close();
  });

  it('takes a backup of an existing file before migrating it, and the backup holds the old schema', async () => {
    const file = tempDbFile();
    const base = loadMigrations();
    const v1 = await openDatabase(file, { migrations: base });
    v1.db.prepare(`INSERT INTO settings (key, value) VALUES ('before', '1')`).run();
    v1.db.close();
    const v2 = await openDatabase(file, { migrations: [...base, extra] });
    expect(v2.migrated).toBe(1);
    expect(v2.backup).toBeDefined();
    expect(listBackups(file)).toEqual([v2.backup]);
    const copy = new Database(v2.backup!, { readonly: true });
    expect(tables(copy)).not.toContain('extra');
    expect(copy.prepare(`SELECT value FROM settings WHERE key = 'before'`).get()).toEqual({ value: '1' });
    copy.close();
    expect(tables(v2.db)).toContain('extra');
    v2.db.close();
  });

  it('leaves the file as it was when a migration fails part-way', async () => {
    const file = tempDbFile();
    const base = loadMigrations();
    (await openDatabase(file, { migrations: base })).db.close();
    const broken: Migration = { ...extra, statements: ['CREATE TABLE half (id INTEGER)', 'THIS IS NOT SQL'] };
    await expect(openDatabase(file, { migrations: [...base, broken] })).rejects.toThrow();
    const db = new Database(file);
    expect(tables(db)).not.toContain('half');
    expect(db.pragma('user_version', { simple: true })).toBe(base.length);
    db.close();
  });

  it('refuses a database written by a newer version of the app, without touching it', async () => {
    const file = tempDbFile();
    (await openDatabase(file)).db.close();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(openDatabase(file)).rejects.toThrow(/newer version of Creator Studio \(schema 99/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('names a damaged file instead of opening it', async () => {
    const file = tempDbFile();
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    await expect(openDatabase(file)).rejects.toBeInstanceOf(CorruptDatabaseError);
  });

  it('gives each migration a timestamp later than the one before', () => {
    const whens = loadMigrations().map((m) => m.when);
    for (let i = 1; i < whens.length; i++) expect(whens[i]).toBeGreaterThan(whens[i - 1]);
  });
});
