// The dashboards, in the order the navigation lists them: the one list that the StudioApi's contract
// and methods, the pages' routes, the renderer's queries and the exports derive from. Plain data that
// imports nothing, so the main process, the sandboxed preload and the page can all load it. A new
// dashboard is a line here and its own folders; the typecheck then names every table keyed by
// dashboard (handlers, payload types, export tables, pages, icons) that does not answer it yet.

interface DataPage {
  /** The page's route (#/<id>), the key its period is remembered under, and its name in exports. For a
   *  dashboard, also the StudioApi method that returns its payload for a period ({ period }). */
  id: string;
  title: string;
  /** The tables the page exports (exportTable's `table`): the export module builds exactly these. */
  tables: readonly string[];
  /** The tables of one item's page (#/<id>/<item id>), where the dashboard has them. */
  itemTables?: readonly string[];
  /** The tables of two items side by side (#/<id>/compare/<a>/<b>), where the dashboard has them. */
  compareTables?: readonly string[];
}

/** The events under a page's time charts (markers, notes): listed in `tables` or `itemTables` where the
 *  page draws them, and built by one module for every page rather than by each page's own tables. */
export const EVENTS_TABLE = 'events';

export const DASHBOARDS = [
  {
    id: 'earnings',
    title: 'Earnings',
    tables: ['kpis', 'earnings-over-time', 'outlook', 'distribution', 'growth', 'sources', 'per-user', 'support', 'payouts', 'reconciliation', 'events'],
  },
  {
    id: 'characters',
    title: 'Characters',
    tables: ['characters', 'quadrant'],
    itemTables: ['metrics', 'over-time', 'money', 'outlook', 'money-over-time', 'embed', 'price-history', 'users', 'drop-off', 'chat-lengths', 'topics', 'scenarios', 'models', 'peak-hours', 'events'],
    compareTables: ['compare'],
  },
  { id: 'plugins', title: 'Plugins', tables: ['plugins'], itemTables: ['metrics', 'over-time', 'outlook', 'commission-over-time', 'events'] },
  {
    id: 'stories',
    title: 'Stories',
    tables: ['stories'],
    itemTables: ['metrics', 'over-time', 'outlook', 'chapters', 'milestones', 'identities', 'milestones-over-time', 'identities-over-time', 'events'],
  },
  {
    id: 'audience',
    title: 'Audience',
    tables: ['kpis', 'followers-over-time', 'top-characters', 'countries', 'hashtags', 'announcements', 'announcements-over-time', 'peak-hours', 'events'],
  },
] as const satisfies readonly DataPage[];

/** The weekly or monthly review: not a dashboard (its period is a week or a month, picked by key), but
 *  it remembers a period and exports its tables as the dashboards do. */
export const REVIEW_PAGE = { id: 'review', title: 'Review', tables: ['review', 'insights'] } as const satisfies DataPage;

/** The pages that remember a period and export tables: the dashboards and the review. */
export const DATA_PAGES = [...DASHBOARDS, REVIEW_PAGE] as const;

export type Dashboard = (typeof DASHBOARDS)[number];
export type DashboardId = Dashboard['id'];
export type DataPageId = (typeof DATA_PAGES)[number]['id'];

export const DASHBOARD_IDS: readonly DashboardId[] = DASHBOARDS.map((d) => d.id);
export const DATA_PAGE_IDS: readonly DataPageId[] = DATA_PAGES.map((p) => p.id);

export const isDashboard = (page: string): page is DashboardId => (DASHBOARD_IDS as readonly string[]).includes(page);

type PageOf<P extends DataPageId> = Extract<(typeof DATA_PAGES)[number], { id: P }>;
type Listed<T> = T extends readonly (infer N extends string)[] ? N : never;

/** The names of a page's own tables, of its items' pages and of its comparison (the events table apart). */
export type TableOf<P extends DataPageId> = Exclude<Listed<PageOf<P>['tables']>, typeof EVENTS_TABLE>;
export type ItemTableOf<P extends DataPageId> = PageOf<P> extends { itemTables: infer T } ? Exclude<Listed<T>, typeof EVENTS_TABLE> : never;
export type CompareTableOf<P extends DataPageId> = PageOf<P> extends { compareTables: infer T } ? Listed<T> : never;
