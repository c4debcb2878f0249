import { useId, useState, type ReactNode } from 'react';
import { DataTable, type Column } from '../components/DataTable';

export interface ChartTable<R> {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (r: R) => string;
}

/**
 * Every chart's frame: the canvas is one image to assistive technology, named by what it shows and a
 * short summary (the period, totals, extremes), and a "Show as table" button lays the same numbers out
 * as a table under it. The table is built only when asked for: a page draws up to a dozen charts.
 */
export function ChartFrame<R>({
  label,
  summary,
  height,
  table,
  children,
  decimated,
  footer,
}: {
  label: string;
  summary: string;
  height: number;
  table: () => ChartTable<R>;
  children: ReactNode;
  decimated?: boolean;
  /** Beside the table's toggle (a chart's events, TimeChart). */
  footer?: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const data = open ? table() : null;
  return (
    <div className="chart-frame">
      <div className="chart" style={{ height }} role="img" aria-label={`${label}. ${summary}`} data-decimated={decimated || undefined}>
        {children}
      </div>
      <div className="chart-footer">
        <button type="button" className="link-button chart-table-toggle" aria-expanded={open} aria-controls={`${id}-table`} onClick={() => setOpen(!open)}>
          {open ? 'Hide the table' : 'Show as table'}
          <span className="sr-only">: {label}</span>
        </button>
        {footer}
      </div>
      <div id={`${id}-table`} className="chart-table" hidden={!open}>
        {data && <DataTable caption={data.caption} columns={data.columns} rows={data.rows} rowKey={data.rowKey} empty="No data in this period." />}
      </div>
    </div>
  );
}
