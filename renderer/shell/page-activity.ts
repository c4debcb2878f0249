import { createContext, useContext } from 'react';

/** Whether a kept page is shown (see PageStack), as a store: a page that only needs to act on a change
 *  subscribes to it instead of re-rendering, which for a dashboard would redraw its charts. */
export interface PageActivity {
  active(): boolean;
  subscribe(listener: () => void): () => void;
}

export function createPageActivity(initial: boolean): PageActivity & { set(active: boolean): void } {
  let active = initial;
  const listeners = new Set<() => void>();
  return {
    active: () => active,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === active) return;
      active = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

const ALWAYS: PageActivity = { active: () => true, subscribe: () => () => {} };

export const PageActivityContext = createContext<PageActivity>(ALWAYS);

export function usePageActivity(): PageActivity {
  return useContext(PageActivityContext);
}

/** The page a component is drawn in: kept pages share the document, so their sections' ids start with it. */
export const PageNameContext = createContext('');
