// Reads a large ordered result in keyset pages. Each page is read to its end with `.iterate()` before
// any of it is handed on, so the connection is never left busy while an export awaits disk writes
// (better-sqlite3 refuses every write on a connection with an open iterator, and the app's sync
// and serve handlers share it). Memory holds one page, whatever the size of the table.
import type { Db } from '../../db/open';
import { CHUNK_ROWS } from './csv';

export interface PagedQuery {
  /** The select list (may use `?` parameters). */
  select: string;
  /** FROM clause, joins included. */
  from: string;
  /** Conditions (may use `?` parameters). */
  where: string;
  /** Parameters of select, then of where, in order. */
  params: unknown[];
  /** Lower bound of orderMs (inclusive): where the first page starts. Keep it out of `where`. */
  startMs: number;
  /** The order: an integer instant column, then a unique text column to break ties. */
  orderMs: string;
  orderId: string;
}

interface Keyed {
  _key_ms: bigint;
  _key_id: string;
}

function keysetSql(q: PagedQuery): string {
  return `SELECT ${q.select}, ${q.orderMs} AS _key_ms, ${q.orderId} AS _key_id FROM ${q.from}
       WHERE (${q.where}) AND ${q.orderMs} >= ? AND (${q.orderMs} > ? OR ${q.orderId} > ?)
       ORDER BY ${q.orderMs}, ${q.orderId} LIMIT ?`;
}

/** Rows in (orderMs, orderId) order, each mapped as soon as it is read; integers come as bigint. */
export function* pagedRows<T, R>(db: Db, q: PagedQuery, map: (row: T) => R, pageRows = CHUNK_ROWS): Generator<R> {
  const stmt = db.prepare(keysetSql(q)).safeIntegers(true);
  // (startMs, '') sorts before every row at startMs: ids are never empty.
  let cursorMs = BigInt(q.startMs);
  let cursorId = '';
  for (;;) {
    const page: R[] = [];
    let last: Keyed | undefined;
    for (const row of stmt.iterate(...q.params, cursorMs, cursorMs, cursorId, pageRows) as IterableIterator<T & Keyed>) {
      page.push(map(row));
      last = row;
    }
    yield* page;
    if (!last || page.length < pageRows) return;
    cursorMs = last._key_ms;
    cursorId = last._key_id;
  }
}

/**
 * The same pages for exports of millions of rows: each row comes as an array of the select list's
 * values (better-sqlite3 builds no object per row) and integers as plain numbers (no BigInt per
 * value for the garbage collector). On 1M ledger rows this reads in about half the time of
 * pagedRows. Integers beyond 2^53 would lose digits as numbers: select such columns through
 * exactIntegerSql. Each row ends with the two key columns, orderMs then orderId.
 */
export function* pagedArrays<R>(db: Db, q: PagedQuery, map: (row: unknown[]) => R, pageRows = CHUNK_ROWS): Generator<R> {
  const stmt = db.prepare(keysetSql(q)).raw(true).safeIntegers(false);
  let cursorMs = q.startMs;
  let cursorId = '';
  for (;;) {
    // One call per page: .all() costs about 12 % less than stepping .iterate() row by row.
    const rows = stmt.all(...q.params, cursorMs, cursorMs, cursorId, pageRows) as unknown[][];
    const page = new Array<R>(rows.length);
    for (let i = 0; i < rows.length; i++) page[i] = map(rows[i]);
    yield* page;
    if (rows.length < pageRows) return;
    // The two key columns come last; instants in ms are far inside 2^53.
    const last = rows[rows.length - 1];
    cursorMs = last[last.length - 2] as number;
    cursorId = last[last.length - 1] as string;
  }
}

/**
 * An integer column, exact without safeIntegers: as a number when it is a safe integer (every
 * amount this app stores, at most 1e15 micro-units), otherwise as its decimal text; readExactInteger
 * turns the text into a bigint.
 */
export function exactIntegerSql(column: string): string {
  return `CASE WHEN ${column} BETWEEN ${-Number.MAX_SAFE_INTEGER} AND ${Number.MAX_SAFE_INTEGER} THEN ${column} ELSE CAST(${column} AS TEXT) END`;
}

export function readExactInteger(value: unknown): number | bigint {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' || typeof value === 'bigint') return BigInt(value);
  throw new TypeError(`not an integer: ${String(value)}`);
}
