import { useSyncExternalStore } from 'react';
import { DASHBOARDS, REVIEW_PAGE, type DashboardId } from '../../db/dashboards';

export type NavPageId = DashboardId | typeof REVIEW_PAGE.id | 'settings';

/** The pages in the navigation's order: the dashboards, the review, then the settings. */
export const PAGES: readonly { id: NavPageId; label: string }[] = [
  ...DASHBOARDS.map((d) => ({ id: d.id, label: d.title })),
  { id: REVIEW_PAGE.id, label: REVIEW_PAGE.title },
  { id: 'settings', label: 'Settings' },
];

/** Pages reached from another page, not from the navigation: the printable annual statement (from the tax pack). */
export const INNER_PAGES = [{ id: 'statement', label: 'Annual statement', under: 'earnings' }] as const;

export type PageId = NavPageId | (typeof INNER_PAGES)[number]['id'];

export function pageLabel(page: PageId): string {
  return [...PAGES, ...INNER_PAGES].find((p) => p.id === page)?.label ?? '';
}

/** The navigation entry a page belongs to. */
export function navPageOf(page: PageId): NavPageId {
  return INNER_PAGES.find((p) => p.id === page)?.under ?? (page as NavPageId);
}

export interface Route {
  page: PageId;
  /** Path segments after the page, e.g. a character id. */
  rest: string[];
}

function parse(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const known = [...PAGES, ...INNER_PAGES].find((p) => p.id === page);
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
