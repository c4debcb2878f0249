import { memo, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ColumnsMenu } from './ColumnsMenu';
import { ShowMore, useShown } from './ShowMore';
import { useColumnChoice, type ChoosableColumn } from './table-columns';
import { sortRows, type SortableColumn, type SortState } from './table-sort';
import { useSideScroll } from './useSideScroll';

export { sortRows, type SortState, type SortValue } from './table-sort';

export interface Column<R> extends SortableColumn<R>, ChoosableColumn {
  header: string;
  render: (row: R) => ReactNode;
  align?: 'left' | 'right';
  title?: string;
}

/**
 * A sortable table, navigable with the arrow keys. A long table shows its first `pageSize` rows and
 * more on demand: it grows in the page's own scroller rather than scrolling in a box inside it. A wide
 * one leaves some columns out (a Columns menu brings them back, remembered under `columnsKey`), and
 * when the chosen columns are still wider than the page it scrolls sideways with its first column
 * kept in place, a fade at the clipped edge and a "Scroll for more columns" button.
 */
export function DataTable<R>({
  rows,
  columns: allColumns,
  rowKey,
  initialSort = null,
  onRowActivate,
  onSortChange,
  caption,
  pageSize = 10,
  empty = 'Nothing to show for this period.',
  renderExpanded,
  expandLabel,
  columnsKey,
  toolbar,
  actions,
}: {
  rows: R[];
  columns: Column<R>[];
  rowKey: (r: R) => string;
  initialSort?: SortState | null;
  onRowActivate?: (r: R) => void;
  onSortChange?: (s: SortState | null) => void;
  caption: string;
  /** Rows shown before "Show more". */
  pageSize?: number;
  empty?: ReactNode;
  /** A row's detail, opened by a disclosure button at the start of the row. */
  renderExpanded?: (r: R) => ReactNode;
  /** The disclosure button's name for a row ("Show the sources of payout of 3 Nov"). */
  expandLabel?: (r: R) => string;
  /** Offers the Columns menu, and remembers the choice under this name. */
  columnsKey?: string;
  /** Controls above the table, on the left (a picker) and on the right (Export CSV). */
  toolbar?: ReactNode;
  actions?: ReactNode;
}) {
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const [expanded, setExpanded] = useState<string | null>(null);
  const id = useId();
  const choice = useColumnChoice(columnsKey, allColumns);
  const columns = useMemo(() => allColumns.filter((c) => choice.shown(c.key)), [allColumns, choice]);
  const boxRef = useRef<HTMLDivElement>(null);
  const side = useSideScroll(boxRef);
  const sorted = useMemo(() => sortRows(rows, allColumns, sort), [rows, allColumns, sort]);
  const [shown, setShown] = useShown(sorted.length, pageSize);
  const bodyRef = useRef<HTMLTableSectionElement>(null);

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
      const target = Math.max(0, Math.min(shown - 1, to));
      const stop = renderExpanded ? ' .disclosure' : '';
      bodyRef.current?.querySelector<HTMLElement>(`:scope > tr[data-index="${target}"]${stop}`)?.focus();
    };
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(shown - 1);
    else if (!renderExpanded && (e.key === 'Enter' || e.key === ' ') && e.target === e.currentTarget) {
      e.preventDefault();
      onRowActivate?.(row);
    }
  };

  // The rows read the latest handlers through a ref, so a row re-renders only when its own props change:
  // showing more rows renders the new rows, not every row again.
  const handlers = useRef<RowHandlers<R>>(null!);
  handlers.current = {
    click: (row, key, open) => (renderExpanded ? setExpanded(open ? null : key) : onRowActivate?.(row)),
    key: onKey,
  };
  const detailOf = (key: string) => `${id}-${key.replace(/[^\w-]/g, '_')}`;
  const span = columns.length + (renderExpanded ? 1 : 0);

  const scrollOn = () => boxRef.current?.scrollBy({ left: boxRef.current.clientWidth * 0.7, behavior: 'smooth' });
  return (
    <div className="data-table-block">
      {(toolbar || actions || columnsKey || side.more) && (
        <div className="table-toolbar">
          {toolbar}
          <span className="spacer" />
          {side.more && (
            <button type="button" className="link-button scroll-cue" aria-controls={`${id}-box`} onClick={scrollOn}>
              Scroll for more columns <span aria-hidden>→</span>
            </button>
          )}
          {columnsKey && <ColumnsMenu columns={allColumns} choice={choice} table={caption} />}
          {actions}
        </div>
      )}
      <div className="table-frame" data-more={side.more || undefined}>
      <div
        className="table-scroll"
        id={`${id}-box`}
        ref={boxRef}
        data-overflow={side.overflowing || undefined}
        data-scrolled={side.scrolled || undefined}
        // Scrolled sideways by keyboard too, when it scrolls at all.
        tabIndex={side.overflowing ? 0 : undefined}
        role={side.overflowing ? 'group' : undefined}
        aria-label={side.overflowing ? `${caption}, scrolls sideways` : undefined}
      >
        <table className="data-table" id={`${id}-table`}>
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
          <tbody ref={bodyRef}>
            {sorted.length === 0 && (
              <tr>
                <td colSpan={span} className="empty-row">
                  {empty}
                </td>
              </tr>
            )}
            {sorted.slice(0, shown).map((row, index) => {
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
                    <td colSpan={span} id={detailOf(key)}>
                      {renderExpanded(row)}
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
      </div>
      <ShowMore total={sorted.length} shown={shown} pageSize={pageSize} onShow={setShown} controls={`${id}-table`} />
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
      // A row that opens a page is a tab stop (Enter opens it); a row that only shows figures is not.
      tabIndex={clickable && !disclosure ? 0 : undefined}
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
