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

/** Rows in (orderMs, orderId) order, each mapped as soon as it is read; integers come as bigint. */
export function* pagedRows<T, R>(db: Db, q: PagedQuery, map: (row: T) => R, pageRows = CHUNK_ROWS): Generator<R> {
  const stmt = db
    .prepare(
      `SELECT ${q.select}, ${q.orderMs} AS _key_ms, ${q.orderId} AS _key_id FROM ${q.from}
       WHERE (${q.where}) AND ${q.orderMs} >= ? AND (${q.orderMs} > ? OR ${q.orderId} > ?)
       ORDER BY ${q.orderMs}, ${q.orderId} LIMIT ?`,
    )
    .safeIntegers(true);
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
