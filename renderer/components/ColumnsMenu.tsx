import { useEffect, useId, useRef, useState } from 'react';
import type { ChoosableColumn, ColumnChoice } from './table-columns';

/**
 * "Columns · 5 hidden": a small menu of checkboxes that shows or hides a table's columns. The count on
 * the button is the sign that a column (a money column, say) is left out and where to find it.
 */
export function ColumnsMenu({ columns, choice, table }: { columns: readonly ChoosableColumn[]; choice: ColumnChoice; table: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const hidden = choice.hidden.length;
  return (
    <div
      className="columns-menu"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button type="button" ref={button} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Columns{hidden > 0 && <span className="columns-hidden"> · {hidden} hidden</span>}
      </button>
      <div id={id} className="columns-popover" role="group" aria-label={`Columns of the ${table} table`} hidden={!open}>
        {columns.slice(1).map((c) => (
          <label key={c.key} className="check">
            <input type="checkbox" checked={choice.shown(c.key)} onChange={(e) => choice.set(c.key, e.target.checked)} />
            {c.header}
          </label>
        ))}
        <button type="button" className="link-button" onClick={choice.reset}>
          Back to the default columns
        </button>
      </div>
    </div>
  );
}
