import type { Db } from '../../db/open';
import type { TableSpec } from './tables';

type Row = Record<string, unknown> & { deleted?: boolean };

/** Prepared upsert and delete for one table: a re-delivered row replaces, a tombstone deletes. */
export function tableWriter(db: Db, spec: TableSpec): (rows: readonly Row[]) => number {
  const names = Object.keys(spec.columns);
  const getters = names.map((name) => {
    const source = spec.columns[name];
    return typeof source === 'string' ? (row: Row) => row[source] ?? null : source;
  });
  const updates = names.filter((n) => !spec.keys.includes(n)).map((n) => `${n} = excluded.${n}`);
  const upsert = db.prepare(
    `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
     ON CONFLICT (${spec.keys.join(', ')}) DO UPDATE SET ${updates.join(', ')}`,
  );
  const remove = db.prepare(`DELETE FROM ${spec.table} WHERE ${spec.keys.map((k) => `${k} = ?`).join(' AND ')}`);
  return (rows) => {
    let written = 0;
    for (const row of rows) {
      if (row.deleted) remove.run(spec.keys.map((k) => row[k]));
      else upsert.run(getters.map((get) => get(row)));
      written++;
    }
    return written;
  };
}
