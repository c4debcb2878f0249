import { useSyncExternalStore } from 'react';
import { DASHBOARDS, REVIEW_PAGE, type DashboardId } from '../../db/dashboards';

export type PageId = DashboardId | typeof REVIEW_PAGE.id | 'settings';

/** The pages in the navigation's order: the dashboards, the review, then the settings. */
export const PAGES: readonly { id: PageId; label: string }[] = [
  ...DASHBOARDS.map((d) => ({ id: d.id, label: d.title })),
  { id: REVIEW_PAGE.id, label: REVIEW_PAGE.title },
  { id: 'settings', label: 'Settings' },
];

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
