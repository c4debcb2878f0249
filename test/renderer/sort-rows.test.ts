import { describe, expect, it } from 'vitest';
import { sortRows, type SortableColumn } from '../../renderer/components/table-sort';
import { toMicros } from '../../db/words/money';

type Row = { name: string; total: string | null };

describe('sorting a table', () => {
  const rows: Row[] = [
    { name: 'beta', total: '10.50' },
    { name: 'Alpha', total: null },
    { name: 'émile', total: '9.999999' },
    { name: 'delta', total: '10.5' },
    { name: 'Fox', total: '-2.00' },
  ];
  let reads = 0;
  const columns: SortableColumn<Row>[] = [
    { key: 'name', sortValue: (r) => r.name },
    { key: 'total', sortValue: (r) => (reads++, r.total === null ? null : toMicros(r.total)) },
  ];

  it('orders money exactly, keeps equal values in their order, puts blanks last either way, and reads each value once', () => {
    reads = 0;
    expect(sortRows(rows, columns, { key: 'total', dir: 'desc' }).map((r) => r.name)).toEqual(['beta', 'delta', 'émile', 'Fox', 'Alpha']);
    expect(reads).toBe(rows.length);
    expect(sortRows(rows, columns, { key: 'total', dir: 'asc' }).map((r) => r.name)).toEqual(['Fox', 'émile', 'beta', 'delta', 'Alpha']);
  });

  it('orders names as people read them, accents and capitals beside their letters', () => {
    expect(sortRows(rows, columns, { key: 'name', dir: 'asc' }).map((r) => r.name)).toEqual(['Alpha', 'beta', 'delta', 'émile', 'Fox']);
  });

  it('leaves the rows as they are without a sort, and never reorders the array it was given', () => {
    expect(sortRows(rows, columns, null)).toBe(rows);
    sortRows(rows, columns, { key: 'name', dir: 'desc' });
    expect(rows.map((r) => r.name)).toEqual(['beta', 'Alpha', 'émile', 'delta', 'Fox']);
  });
});
