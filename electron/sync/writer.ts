import type { Db } from '../../db/open';
import type { TableSpec } from './tables';

type Row = Record<string, unknown> & { deleted?: boolean };

/**
 * Rows of a page as their table stores them: each live row's cells in the table's column order, each
 * tombstone's key values. Plain values only (text, whole numbers, null), so a page crosses between
 * threads as JSON text, which is cheaper to read than a structured copy of the rows.
 */
export interface StoredRows {
  cells: unknown[][];
  /** Indexes into `cells` of the tombstones, whose cells are the key values. */
  deleted: number[];
}

/** The cells of `rows` for `spec`'s table. */
export function storedRows(spec: TableSpec, rows: readonly Row[]): StoredRows {
  const names = Object.keys(spec.columns);
  const getters = names.map((name) => {
    const source = spec.columns[name];
    return typeof source === 'string' ? (row: Row) => row[source] ?? null : source;
  });
  const cells: unknown[][] = [];
  const deleted: number[] = [];
  for (const row of rows) {
    if (row.deleted) {
      deleted.push(cells.length);
      cells.push(spec.keys.map((k) => row[k]));
    } else cells.push(getters.map((get) => get(row)));
  }
  return { cells, deleted };
}

/** Prepared upsert and delete for one table: a re-delivered row replaces, a tombstone deletes. */
export function storedWriter(db: Db, spec: TableSpec): (rows: StoredRows) => number {
  const names = Object.keys(spec.columns);
  const updates = names.filter((n) => !spec.keys.includes(n)).map((n) => `${n} = excluded.${n}`);
  const upsert = db.prepare(
    `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
     ON CONFLICT (${spec.keys.join(', ')}) DO UPDATE SET ${updates.join(', ')}`,
  );
  const remove = db.prepare(`DELETE FROM ${spec.table} WHERE ${spec.keys.map((k) => `${k} = ?`).join(' AND ')}`);
  return ({ cells, deleted }) => {
    let next = 0;
    for (let i = 0; i < cells.length; i++) {
      if (i === deleted[next]) {
        remove.run(cells[i]);
        next++;
      } else upsert.run(cells[i]);
    }
    return cells.length;
  };
}

/** The same writer for parsed rows. */
export function tableWriter(db: Db, spec: TableSpec): (rows: readonly Row[]) => number {
  const write = storedWriter(db, spec);
  return (rows) => write(storedRows(spec, rows));
}
