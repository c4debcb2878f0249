// Dashboards run the same few dozen statements on every payload, and preparing each again cost 20–30 µs
// (72 of them, 1.6–1.9 ms, per Earnings payload on the large file). Statements are kept per connection
// and handed out with their reading modes reset, as a fresh one would come; callers set what they need.
// Only for reads run to their end (.all, .get, .run): a statement stepped by .iterate() is busy until done.
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

const kept = new WeakMap<Db, Map<string, Statement>>();

/** SQL built from a filter's values varies without end; a full cache starts again rather than grow. */
const MAX_KEPT = 500;

export function prepared(db: Db, sql: string): Statement {
  let bySql = kept.get(db);
  if (!bySql) kept.set(db, (bySql = new Map()));
  const known = bySql.get(sql);
  if (known) return known.reader ? known.raw(false).pluck(false).expand(false).safeIntegers(false) : known;
  if (bySql.size >= MAX_KEPT) bySql.clear();
  const statement = db.prepare(sql);
  bySql.set(sql, statement);
  return statement;
}
