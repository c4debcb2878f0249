// Earned money per character or plugin (its source key: source, currency, stream) by local day, month
// and quarter. Earned rows only: not reversed, not a payout, from a character or a plugin. Each source
// key gets a small integer once (ledger_source_keys, never deleted) and the tables are stored in key
// order. Its triggers count a written row in, and a removed or replaced one out, deleting a group
// left without rows; the rebuild fills the days from the ledger and the months and quarters from them.
import { localDate, UNIT, type Unit } from './units';

export const SOURCES = {
  base: 'ledger',
  keysTable: 'ledger_source_keys',
  key: ['source_type', 'source_id', 'currency', 'stream'],
  sums: ['net'],
  tables: [
    { table: 'ledger_source_daily', unit: 'day' },
    { table: 'ledger_source_monthly', unit: 'month' },
    { table: 'ledger_source_quarterly', unit: 'quarter' },
  ] as readonly { table: string; unit: Unit }[],
  triggers: { insert: 'ledger_source_insert', delete: 'ledger_source_delete', updateOld: 'ledger_source_update_old', updateNew: 'ledger_source_update_new' },
} as const;

/** The rows these tables count, as a condition on a row (`row`: 'NEW.', 'OLD.', 'ledger.' or ''). */
export function earned(row: string): string {
  return `${row}status <> 'reversed' AND ${row}stream <> 'payout' AND ${row}source_type IN ('character', 'plugin')`;
}

const keyOf = (row: string) => `(SELECT k FROM ${SOURCES.keysTable} WHERE ${SOURCES.key.map((c) => `${c} = ${row}.${c}`).join(' AND ')})`;

function add(row: 'NEW'): string[] {
  const key = `INSERT INTO ${SOURCES.keysTable} (${SOURCES.key.join(', ')}) VALUES (${SOURCES.key.map((c) => `${row}.${c}`).join(', ')})
    ON CONFLICT DO NOTHING;`;
  const tables = SOURCES.tables.map(
    (t) => `INSERT INTO ${t.table} (k, ${t.unit}, rows, ${SOURCES.sums.join(', ')}) VALUES (${keyOf(row)}, ${UNIT[t.unit](localDate(`${row}.`))}, 1, ${SOURCES.sums.map((s) => `${row}.${s}`).join(', ')})
    ON CONFLICT (k, ${t.unit}) DO UPDATE SET rows = rows + 1, ${SOURCES.sums.map((s) => `${s} = ${s} + excluded.${s}`).join(', ')};`,
  );
  return [key, ...tables];
}

function remove(row: 'OLD'): string[] {
  return SOURCES.tables.flatMap((t) => {
    const match = `k = ${keyOf(row)} AND ${t.unit} = ${UNIT[t.unit](localDate(`${row}.`))}`;
    return [
      `UPDATE ${t.table} SET rows = rows - 1, ${SOURCES.sums.map((s) => `${s} = ${s} - ${row}.${s}`).join(', ')} WHERE ${match};`,
      `DELETE FROM ${t.table} WHERE ${match} AND rows = 0;`,
    ];
  });
}

function trigger(name: string, event: 'INSERT' | 'DELETE' | 'UPDATE', row: 'NEW' | 'OLD', body: string[]): string {
  return `CREATE TRIGGER ${name} AFTER ${event} ON ${SOURCES.base} WHEN ${earned(`${row}.`)} BEGIN\n  ${body.join('\n  ')}\nEND;`;
}

export function sourceTriggers(): string[] {
  const t = SOURCES.triggers;
  return [
    trigger(t.insert, 'INSERT', 'NEW', add('NEW')),
    trigger(t.delete, 'DELETE', 'OLD', remove('OLD')),
    trigger(t.updateOld, 'UPDATE', 'OLD', remove('OLD')),
    trigger(t.updateNew, 'UPDATE', 'NEW', add('NEW')),
  ];
}

/**
 * Empty tables filled from the stored ledger, keys kept. The earned rows are grouped by source key
 * and day once, into a temporary table; the new keys, the days, and from the days the months and
 * quarters are read from it. The rows are read from the time index, which covers every column needed:
 * left to itself SQLite reads them through the source index and looks each row up (2.5 times slower).
 */
export function sourceBuild(): string[] {
  const days = SOURCES.tables.find((t) => t.unit === 'day')!;
  const key = SOURCES.key.join(', ');
  const sums = SOURCES.sums.join(', ');
  const keyMatch = SOURCES.key.map((c) => `keys.${c} = g.${c}`).join(' AND ');
  return [
    'DROP TABLE IF EXISTS temp.ledger_source_build;',
    `CREATE TEMP TABLE ledger_source_build AS
  SELECT ${key}, ${localDate('')} AS day, count(*) AS rows, ${SOURCES.sums.map((s) => `sum(${s}) AS ${s}`).join(', ')}
  FROM ${SOURCES.base} INDEXED BY ledger_occurred_id WHERE ${earned('')} GROUP BY ${SOURCES.key.map((_, i) => i + 1).join(', ')}, ${SOURCES.key.length + 1};`,
    `INSERT INTO ${SOURCES.keysTable} (${key}) SELECT DISTINCT ${key} FROM ledger_source_build WHERE true ORDER BY ${key} ON CONFLICT DO NOTHING;`,
    `INSERT INTO ${days.table} (k, day, rows, ${sums})
  SELECT keys.k, g.day, g.rows, ${SOURCES.sums.map((s) => `g.${s}`).join(', ')} FROM ledger_source_build g JOIN ${SOURCES.keysTable} keys ON ${keyMatch} ORDER BY 1, 2;`,
    'DROP TABLE temp.ledger_source_build;',
    ...SOURCES.tables
      .filter((t) => t !== days)
      .map(
        (t) => `INSERT INTO ${t.table} (k, ${t.unit}, rows, ${sums})
  SELECT k, ${UNIT[t.unit]('day')}, sum(rows), ${SOURCES.sums.map((s) => `sum(${s})`).join(', ')} FROM ${days.table} GROUP BY 1, 2;`,
      ),
  ];
}
