import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { prepared } from '../../db/statements';
import { tempDbFile } from '../helpers/tmp';

let db: Db;

beforeAll(async () => {
  db = (await openDatabase(tempDbFile())).db;
  db.exec(`CREATE TABLE t (a TEXT, n INTEGER); INSERT INTO t VALUES ('x', 9007199254740993)`);
});
afterAll(() => db.close());

describe('prepared statements kept per connection', () => {
  const sql = 'SELECT a, n FROM t';

  it('hands out the same statement for the same SQL', () => {
    expect(prepared(db, sql)).toBe(prepared(db, sql));
  });

  it('comes back without the modes an earlier caller set', () => {
    expect(prepared(db, sql).pluck().get()).toBe('x');
    expect(prepared(db, sql).raw().get()).toEqual(['x', 9007199254740992]);
    expect(prepared(db, sql).safeIntegers(true).expand().get()).toEqual({ t: { a: 'x', n: 9007199254740993n } });
    // A fresh statement's modes: objects, JS numbers.
    expect(prepared(db, sql).get()).toEqual({ a: 'x', n: 9007199254740992 });
  });

  it('keeps writes usable, and sees the schema change under a kept statement', () => {
    prepared(db, 'INSERT INTO t VALUES (?, ?)').run('y', 2);
    prepared(db, 'INSERT INTO t VALUES (?, ?)').run('z', 3);
    expect(prepared(db, 'SELECT count(*) FROM t').pluck().get()).toBe(3);
    expect(prepared(db, 'SELECT * FROM t WHERE a = ?').get('z')).toEqual({ a: 'z', n: 3 });
    db.exec('ALTER TABLE t ADD COLUMN extra TEXT DEFAULT \'e\'');
    expect(prepared(db, 'SELECT * FROM t WHERE a = ?').get('z')).toEqual({ a: 'z', n: 3, extra: 'e' });
  });

  it('keeps statements apart per connection', async () => {
    const other = (await openDatabase(tempDbFile())).db;
    try {
      other.exec(`CREATE TABLE t (a TEXT, n INTEGER); INSERT INTO t VALUES ('other', 1)`);
      expect(prepared(other, sql)).not.toBe(prepared(db, sql));
      expect(prepared(other, sql).pluck().get()).toBe('other');
    } finally {
      other.close();
    }
  });
});
