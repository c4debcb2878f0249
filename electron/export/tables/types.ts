export type Cell = string | number | null;

/** A table as exported: the CSV columns, and per row a key matching what the UI keys the same row by. */
export interface CsvTable {
  columns: string[];
  /** The column the page's own filter (a tab such as By character / By plugin) applies to. */
  filterColumn?: string;
  rows: { key: string; cells: Cell[] }[];
}

export function table(columns: string[], rows: { key: string; cells: Cell[] }[], filterColumn?: string): CsvTable {
  return { columns, rows, filterColumn };
}

/** Keeps the rows of one currency (when the table has a currency column) and puts them in the order shown on screen. */
export function shape(t: CsvTable, opts: { currency?: string; filter?: string; rowOrder?: string[] }): CsvTable {
  let rows = t.rows;
  const fi = t.filterColumn ? t.columns.indexOf(t.filterColumn) : -1;
  if (opts.filter !== undefined && fi >= 0) rows = rows.filter((r) => r.cells[fi] === opts.filter);
  const ci = t.columns.indexOf('currency');
  if (opts.currency && ci >= 0) rows = rows.filter((r) => r.cells[ci] === opts.currency);
  if (opts.rowOrder) {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    rows = opts.rowOrder.map((k) => byKey.get(k)).filter((r): r is CsvTable['rows'][number] => r !== undefined);
  }
  return { ...t, rows };
}

/** The table of that name, if the page has one: a name like "constructor" is not a table of any page. */
export function ownTable(tables: Record<string, CsvTable>, name: string): CsvTable | undefined {
  return Object.hasOwn(tables, name) ? tables[name] : undefined;
}
