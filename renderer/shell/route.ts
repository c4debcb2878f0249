import { useSyncExternalStore } from 'react';

export const DASHBOARDS = [
  { id: 'earnings', label: 'Earnings' },
  { id: 'characters', label: 'Characters' },
  { id: 'plugins', label: 'Plugins' },
  { id: 'stories', label: 'Stories' },
  { id: 'audience', label: 'Audience' },
] as const;

export const PAGES = [...DASHBOARDS, { id: 'review', label: 'Review' }, { id: 'settings', label: 'Settings' }] as const;
export type PageId = (typeof PAGES)[number]['id'];

export interface Route {
  page: PageId;
  /** Path segments after the page, e.g. a character id. */
  rest: string[];
}

function parse(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const known = PAGES.find((p) => p.id === page);
  return { page: known ? known.id : 'earnings', rest: known ? rest.filter(Boolean) : [] };
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

export function href(page: PageId, ...rest: string[]): string {
  return `#/${[page, ...rest].map(encodeURIComponent).join('/')}`;
}

export function navigate(page: PageId, ...rest: string[]): void {
  window.location.hash = href(page, ...rest);
}
