import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useMemo, useReducer, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { sortRows, type SortableColumn, type SortState } from './table-sort';

export { sortRows, type SortState, type SortValue } from './table-sort';

export interface Column<R> extends SortableColumn<R> {
  header: string;
  render: (row: R) => ReactNode;
  align?: 'left' | 'right';
  title?: string;
}

const ROW_HEIGHT = 40;

/** A sortable table, navigable with the arrow keys; long tables render only the rows in view. */
export function DataTable<R>({
  rows,
  columns,
  rowKey,
  initialSort = null,
  onRowActivate,
  onSortChange,
  caption,
  maxHeight = 520,
  empty = 'Nothing to show for this period.',
  renderExpanded,
  expandLabel,
}: {
  rows: R[];
  columns: Column<R>[];
  rowKey: (r: R) => string;
  initialSort?: SortState | null;
  onRowActivate?: (r: R) => void;
  onSortChange?: (s: SortState | null) => void;
  caption: string;
  maxHeight?: number;
  empty?: ReactNode;
  /** A row's detail, opened by a disclosure button at the start of the row. */
  renderExpanded?: (r: R) => ReactNode;
  /** The disclosure button's name for a row ("Show the sources of payout of 3 Nov"). */
  expandLabel?: (r: R) => string;
}) {
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const [expanded, setExpanded] = useState<string | null>(null);
  const detailId = useId();
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = sorted.length > 60 && !renderExpanded;
  const rendered = useRef({ first: 0, last: -1 });
  const [, renderNow] = useReducer((n: number) => n + 1, 0);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    enabled: virtual,
    // Rows coming into view render in a task of their own after the scroll's frame, so that no task
    // holds a scroll, a render, a layout and a paint at once (tasks over 50 ms on a slow machine).
    // The overscan rows cover a wheel step meanwhile; a longer jump renders within the frame, so no
    // blank rows show.
    useFlushSync: false,
    onChange: (v, scrolling) => {
      const view = v.range;
      if (scrolling && view && (view.startIndex < rendered.current.first || view.endIndex > rendered.current.last)) flushSync(renderNow);
    },
  });

  const toggleSort = (key: string) => {
    const next: SortState = sort?.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'desc' };
    setSort(next);
    onSortChange?.(next);
  };

  // Arrow keys move between rows: from row to row in a table whose rows open a page, from disclosure
  // button to disclosure button in one whose rows expand (the button is the row's one tab stop there).
  const onKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, row: R) => {
    const move = (to: number) => {
      e.preventDefault();
      const target = Math.max(0, Math.min(sorted.length - 1, to));
      if (virtual) virtualizer.scrollToIndex(target);
      const stop = renderExpanded ? ' .disclosure' : '';
      requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]${stop}`)?.focus());
    };
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(sorted.length - 1);
    else if (!renderExpanded && (e.key === 'Enter' || e.key === ' ') && e.target === e.currentTarget) {
      e.preventDefault();
      onRowActivate?.(row);
    }
  };

  // The rows read the latest handlers through a ref, so a row re-renders only when its own props change:
  // scrolling a virtualised table then renders the rows that come into view, not every row in view.
  const handlers = useRef<RowHandlers<R>>(null!);
  handlers.current = {
    click: (row, key, open) => (renderExpanded ? setExpanded(open ? null : key) : onRowActivate?.(row)),
    key: onKey,
  };
  const detailOf = (key: string) => `${detailId}-${key.replace(/[^\w-]/g, '_')}`;

  const items = virtual ? virtualizer.getVirtualItems() : sorted.map((_, index) => ({ index, start: index * ROW_HEIGHT }));
  rendered.current = { first: items[0]?.index ?? 0, last: items.at(-1)?.index ?? -1 };
  const padTop = virtual && items.length ? items[0].start : 0;
  const padBottom = virtual && items.length ? virtualizer.getTotalSize() - (items[items.length - 1].start + ROW_HEIGHT) : 0;

  return (
    <div className="table-scroll" ref={scrollRef} style={{ maxHeight }}>
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {renderExpanded && (
              <th scope="col" className="disclosure-cell">
                <span className="sr-only">Details</span>
              </th>
            )}
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.align === 'right' ? 'num' : undefined}
                aria-sort={sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                title={c.title}
              >
                {c.sortValue ? (
                  <button type="button" className="sort-button" onClick={() => toggleSort(c.key)}>
                    {c.header}
                    <span aria-hidden className="sort-mark">
                      {sort?.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={columns.length + (renderExpanded ? 1 : 0)} className="empty-row">
                {empty}
              </td>
            </tr>
          )}
          {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
          {items.map(({ index }) => {
            const row = sorted[index];
            const key = rowKey(row);
            const open = expanded === key;
            return [
              <Row
                key={key}
                row={row}
                rowId={key}
                index={index}
                columns={columns}
                clickable={!!(onRowActivate || renderExpanded)}
                disclosure={renderExpanded ? { label: expandLabel?.(row) ?? 'Show details', controls: detailOf(key) } : undefined}
                open={open}
                handlers={handlers}
              />,
              open && renderExpanded ? (
                <tr key={`${key}-detail`} className="detail-row">
                  <td colSpan={columns.length + 1} id={detailOf(key)}>
                    {renderExpanded(row)}
                  </td>
                </tr>
              ) : null,
            ];
          })}
          {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}

interface RowHandlers<R> {
  click: (row: R, key: string, open: boolean) => void;
  key: (e: KeyboardEvent<HTMLTableRowElement>, index: number, row: R) => void;
}

function RowImpl<R>({
  row,
  rowId,
  index,
  columns,
  clickable,
  disclosure,
  open,
  handlers,
}: {
  row: R;
  rowId: string;
  index: number;
  columns: Column<R>[];
  clickable: boolean;
  /** The row expands: a button at its start says so and is its tab stop (the row itself is not one). */
  disclosure?: { label: string; controls: string };
  open: boolean;
  handlers: { current: RowHandlers<R> };
}) {
  return (
    <tr
      data-index={index}
      tabIndex={disclosure ? undefined : 0}
      className={clickable ? 'clickable' : undefined}
      // A click anywhere on the row toggles it too; the button's own click is not counted twice.
      onClick={(e) => !(disclosure && (e.target as HTMLElement).closest('button')) && handlers.current.click(row, rowId, open)}
      onKeyDown={(e) => handlers.current.key(e, index, row)}
    >
      {disclosure && (
        <td className="disclosure-cell">
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls={disclosure.controls}
            aria-label={disclosure.label}
            onClick={() => handlers.current.click(row, rowId, open)}
          >
            <span aria-hidden>{open ? '▾' : '▸'}</span>
          </button>
        </td>
      )}
      {columns.map((c) => (
        <td key={c.key} className={c.align === 'right' ? 'num' : undefined}>
          {c.render(row)}
        </td>
      ))}
    </tr>
  );
}

const Row = memo(RowImpl) as typeof RowImpl;
