// How the tables order their rows: by one column's sort value, blanks last in both directions.
export type SortValue = string | number | bigint | null;

/** What sorting needs of a table's column. */
export interface SortableColumn<R> {
  key: string;
  sortValue?: (row: R) => SortValue;
}

export interface SortState {
  key: string;
  dir: 'asc' | 'desc';
}

/** localeCompare's order; one collator answers far faster than a lookup of the locale per comparison. */
const collator = new Intl.Collator();

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return a < b ? -1 : 1;
}

export function sortRows<R>(rows: R[], columns: readonly SortableColumn<R>[], sort: SortState | null): R[] {
  const col = sort && columns.find((c) => c.key === sort.key);
  if (!col?.sortValue) return rows;
  const sign = sort!.dir === 'asc' ? 1 : -1;
  // Each row's value once, not once per comparison: money values are parsed from decimal strings.
  const keyed = rows.map((row) => ({ row, value: col.sortValue!(row) }));
  keyed.sort(({ value: a }, { value: b }) => (a === null || b === null ? compare(a, b) : sign * compare(a, b))); // blanks last in both directions
  return keyed.map((k) => k.row);
}
