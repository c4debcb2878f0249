import { useEffect, useRef, useState } from 'react';
import { folds } from './folds';
import { formatCount } from '../../db/words/numbers';

/**
 * How many items of a long list are shown: the first `pageSize`, then more on demand. Long lists fold
 * this way instead of scrolling in a box of their own inside the page's scroller.
 */
export function useShown(total: number, pageSize: number): [number, (n: number) => void] {
  const [shown, setShown] = useState(pageSize);
  return [folds(total, pageSize) ? Math.min(total, Math.max(pageSize, shown)) : total, setShown];
}

/** "Showing 10 of 37 · Show 10 more · Show all 37 · Show fewer", under a folded list. */
export function ShowMore({
  total,
  shown,
  pageSize,
  onShow,
  controls,
  noun = 'rows',
}: {
  total: number;
  shown: number;
  pageSize: number;
  onShow: (n: number) => void;
  /** The id of the list the buttons lengthen. */
  controls?: string;
  noun?: string;
}) {
  const fewer = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // A button that goes once everything is shown would take the focus with it: it moves to "Show fewer".
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (refocus && (document.activeElement === document.body || !box.current?.contains(document.activeElement))) fewer.current?.focus();
    setRefocus(false);
  }, [refocus]);
  if (!folds(total, pageSize)) return null;
  const more = Math.min(pageSize, total - shown);
  const show = (n: number) => {
    onShow(n);
    setRefocus(true);
  };
  return (
    <div className="show-more" ref={box}>
      <span className="muted small" aria-live="polite">
        Showing {formatCount(shown)} of {formatCount(total)} {noun}
      </span>
      {more > 0 && (
        <button type="button" aria-controls={controls} onClick={() => show(shown + more)}>
          Show {more} more
        </button>
      )}
      {total - shown > pageSize && (
        <button type="button" aria-controls={controls} onClick={() => show(total)}>
          Show all {formatCount(total)}
        </button>
      )}
      {shown > pageSize && (
        <button type="button" ref={fewer} aria-controls={controls} onClick={() => onShow(pageSize)}>
          Show fewer
        </button>
      )}
    </div>
  );
}
