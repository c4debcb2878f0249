import { useCallback, useMemo, useState } from 'react';

const PREFIX = 'creator-studio.columns.';

export interface ChoosableColumn {
  key: string;
  header: string;
  /** Left out until chosen in the Columns menu, to keep the table within the page. */
  defaultHidden?: boolean;
}

export interface ColumnChoice {
  shown: (key: string) => boolean;
  set: (key: string, shown: boolean) => void;
  reset: () => void;
  /** Columns left out, by their headers. */
  hidden: string[];
}

function read(storageKey: string): Record<string, boolean> {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFIX + storageKey) ?? '{}') as unknown;
    return saved && typeof saved === 'object' ? (saved as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

/**
 * Which of a table's columns are shown: its defaults, overridden by the creator's choices, which are
 * remembered per table in this browser (only the columns changed from their default are stored, so a
 * column added later takes its default). The first column names the row and is always shown.
 */
export function useColumnChoice(storageKey: string | undefined, columns: readonly ChoosableColumn[]): ColumnChoice {
  const [chosen, setChosen] = useState<Record<string, boolean>>(() => (storageKey ? read(storageKey) : {}));
  const save = useCallback(
    (next: Record<string, boolean>) => {
      setChosen(next);
      if (!storageKey) return;
      if (Object.keys(next).length) localStorage.setItem(PREFIX + storageKey, JSON.stringify(next));
      else localStorage.removeItem(PREFIX + storageKey);
    },
    [storageKey],
  );
  // One object per choice and set of columns: the table's rows re-render only when the columns change.
  return useMemo(() => {
    const byKey = new Map(columns.map((c, i) => [c.key, { ...c, first: i === 0 }]));
    const shown = (key: string) => {
      const c = byKey.get(key);
      if (!c || c.first) return true;
      return chosen[key] ?? !c.defaultHidden;
    };
    return {
      shown,
      set: (key: string, on: boolean) => {
        const next = { ...chosen };
        if (on === !byKey.get(key)?.defaultHidden) delete next[key];
        else next[key] = on;
        save(next);
      },
      reset: () => save({}),
      hidden: columns.filter((c) => !shown(c.key)).map((c) => c.header),
    };
  }, [chosen, columns, save]);
}
