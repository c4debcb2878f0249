import { useEffect, useState, type RefObject } from 'react';

export interface SideScroll {
  /** The table is wider than its box: the box scrolls sideways. */
  overflowing: boolean;
  /** Scrolled away from the left edge (the sticky first column then casts its shadow). */
  scrolled: boolean;
  /** Columns are still out of sight to the right. */
  more: boolean;
}

const NONE: SideScroll = { overflowing: false, scrolled: false, more: false };

/** Whether a table's box hides columns to either side, kept current as the box resizes, the table
 *  changes (a column shown or hidden) and the box scrolls. */
export function useSideScroll(box: RefObject<HTMLElement | null>): SideScroll {
  const [state, setState] = useState<SideScroll>(NONE);
  useEffect(() => {
    const el = box.current;
    const table = el?.firstElementChild;
    if (!el || !table) return;
    const measure = () => {
      const overflowing = table.getBoundingClientRect().width > el.clientWidth + 1;
      const next = { overflowing, scrolled: overflowing && el.scrollLeft > 1, more: overflowing && el.scrollLeft + el.clientWidth < el.scrollWidth - 1 };
      setState((s) => (s.overflowing === next.overflowing && s.scrolled === next.scrolled && s.more === next.more ? s : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(table);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [box]);
  return state;
}
