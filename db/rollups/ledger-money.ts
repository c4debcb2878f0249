// The ledger's money by currency, stream and status: all time (ledger_totals) and per local day, week
// and month, every status and stream. Its three triggers add a written row (+1 and its amounts) and
// take away a removed or replaced one (-1 and minus its amounts); a group left at zero keeps its row.
// The rebuild fills the days from the ledger and the weeks, months and totals from the days.
import { localDate, UNIT, type Unit } from './units';

export interface MoneyTable {
  table: string;
  /** The local period it groups by (its first key column, named like the unit), or none: all time. */
  unit: Unit | null;
}

export const MONEY = {
  base: 'ledger',
  keys: ['currency', 'stream', 'status'],
  sums: ['gross', 'fee', 'net'],
  tables: [
    { table: 'ledger_totals', unit: null },
    { table: 'ledger_daily', unit: 'day' },
    { table: 'ledger_weekly', unit: 'week' },
    { table: 'ledger_monthly', unit: 'month' },
  ] as readonly MoneyTable[],
  triggers: { insert: 'ledger_rollup_insert', delete: 'ledger_rollup_delete', update: 'ledger_rollup_update' },
} as const;

const keyColumns = (t: MoneyTable): string[] => (t.unit ? [t.unit, ...MONEY.keys] : [...MONEY.keys]);

/** Adds (`sign` 1, row NEW) or takes away (-1, row OLD) one ledger row in one table. */
function upsert(t: MoneyTable, row: 'NEW' | 'OLD', sign: 1 | -1): string {
  const keys = keyColumns(t);
  const counted = ['rows', ...MONEY.sums];
  const minus = sign < 0 ? '-' : '';
  const values = [
    ...(t.unit ? [UNIT[t.unit](localDate(`${row}.`))] : []),
    ...MONEY.keys.map((k) => `${row}.${k}`),
    `${minus}1`,
    ...MONEY.sums.map((s) => `${minus}${row}.${s}`),
  ];
  return `INSERT INTO ${t.table} (${[...keys, ...counted].join(', ')})
    VALUES (${values.join(', ')})
    ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${counted.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')};`;
}

function trigger(name: string, event: 'INSERT' | 'DELETE' | 'UPDATE', body: string[]): string {
  return `CREATE TRIGGER ${name} AFTER ${event} ON ${MONEY.base} BEGIN\n  ${body.join('\n  ')}\nEND;`;
}

export function moneyTriggers(): string[] {
  const add = MONEY.tables.map((t) => upsert(t, 'NEW', 1));
  const remove = MONEY.tables.map((t) => upsert(t, 'OLD', -1));
  return [
    trigger(MONEY.triggers.insert, 'INSERT', add),
    trigger(MONEY.triggers.delete, 'DELETE', remove),
    trigger(MONEY.triggers.update, 'UPDATE', [...remove, ...add]),
  ];
}

/** The money of each local day read from the stored ledger, as a query and the day table its rows fill:
 *  the first step of the build, which another connection can run beside this one (build.ts). */
export function moneyDays(): { table: string; columns: string[]; select: string } {
  const days = MONEY.tables.find((t) => t.unit === 'day')!;
  return {
    table: days.table,
    columns: [...keyColumns(days), 'rows', ...MONEY.sums],
    select: `SELECT ${localDate('')}, ${MONEY.keys.join(', ')}, count(*), ${MONEY.sums.map((s) => `sum(${s})`).join(', ')}
  FROM ${MONEY.base} GROUP BY ${keyColumns(days).map((_, i) => i + 1).join(', ')}`,
  };
}

/** The weeks, months and totals from the filled day table. */
export function moneyFromDays(): string[] {
  const counted = ['rows', ...MONEY.sums];
  const days = moneyDays().table;
  return MONEY.tables
    .filter((t) => t.table !== days)
    .map((t) => {
      const keys = keyColumns(t);
      const select = [...(t.unit ? [UNIT[t.unit]('day')] : []), ...MONEY.keys, ...counted.map((c) => `sum(${c})`)];
      return `INSERT INTO ${t.table} (${[...keys, ...counted].join(', ')})
  SELECT ${select.join(', ')} FROM ${days} GROUP BY ${keys.map((_, i) => i + 1).join(', ')};`;
    });
}

/** Empty tables filled from the stored ledger: the days first, every coarser table from the days. */
export function moneyBuild(): string[] {
  const days = moneyDays();
  return [`INSERT INTO ${days.table} (${days.columns.join(', ')})\n  ${days.select};`, ...moneyFromDays()];
}
