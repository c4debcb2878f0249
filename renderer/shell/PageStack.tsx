import { useQueryClient } from '@tanstack/react-query';
import { memo, startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { DASHBOARD_IDS, isDashboard, type DashboardId } from '../../db/dashboards';
import { rememberedDashboardQuery } from '../api/dashboard-queries';
import { useSettings } from '../api/hooks';
import { NO_WARM_KEY, whenIdleBetweenReads } from '../api/warm-dashboards';
import { markDashboardsDrawn } from '../lib/perf-marks';
import { createPageActivity, PageActivityContext, PageNameContext } from './page-activity';
import type { Route } from './route';

type PageComponent = ComponentType<{ route: Route }>;
type Kept = ReadonlyMap<DashboardId, Route>;

// Memoised so that a navigation re-renders only the pages it shows or hides.
const KeptPage = memo(function KeptPage({ route, active, Page }: { route: Route; active: boolean; Page: PageComponent }) {
  const [activity] = useState(() => createPageActivity(active));
  useEffect(() => activity.set(active), [activity, active]);
  // The same element when only `active` changes: the page does not re-render (its charts would redraw).
  const page = useMemo(() => <Page route={route} />, [Page, route]);
  return (
    <div className="kept-page" data-active={active} inert={!active}>
      <PageActivityContext.Provider value={activity}>
        <PageNameContext.Provider value={route.page}>{page}</PageNameContext.Provider>
      </PageActivityContext.Provider>
    </div>
  );
});

/**
 * Once the warm-up has loaded a dashboard's payload, draws the dashboard hidden while the window is idle,
 * one at a time, so that opening it is a style change rather than a render.
 */
function usePrerender(kept: Kept, keep: (page: DashboardId) => void): void {
  const client = useQueryClient();
  const periods = useSettings().data?.periods;
  useEffect(() => {
    if (!periods || sessionStorage.getItem(NO_WARM_KEY)) return;
    return whenIdleBetweenReads(client, () => {
      const page = DASHBOARD_IDS.find((d) => !kept.has(d) && client.getQueryState(rememberedDashboardQuery(d, periods).queryKey)?.status === 'success');
      if (page) startTransition(() => keep(page));
    });
  }, [client, periods, kept, keep]);
}

/** Each page opens where it was left: the pages share one scroller (`main`), and a kept page's scroll
 *  position would otherwise be whatever the page shown before it had. */
function useScrollMemory(place: string): void {
  const positions = useRef(new Map<string, number>());
  useLayoutEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    main.scrollTop = positions.current.get(place) ?? 0;
    const save = () => positions.current.set(place, main.scrollTop);
    main.addEventListener('scroll', save, { passive: true });
    return () => main.removeEventListener('scroll', save);
  }, [place]);
}

/**
 * The pages of the window. Dashboards stay mounted once drawn, hidden with `content-visibility: hidden`
 * (and inert) while another page is shown: their DOM, layout and charts are kept, so going back to one
 * takes a style change and a paint (22–53 ms on the largest account) instead of a render (85–210 ms).
 */
export function PageStack({ route, Page }: { route: Route; Page: PageComponent }) {
  const [kept, setKept] = useState<Kept>(new Map());
  const keep = useCallback((page: DashboardId) => setKept((k) => (k.has(page) ? k : new Map(k).set(page, { page, rest: [] }))), []);
  usePrerender(kept, keep);
  useEffect(() => markDashboardsDrawn(kept.size), [kept.size]);
  useScrollMemory([route.page, ...route.rest].join('/'));
  let shown = kept;
  const last = isDashboard(route.page) ? kept.get(route.page) : undefined;
  if (isDashboard(route.page) && (!last || last.rest.join('/') !== route.rest.join('/'))) {
    shown = new Map(kept).set(route.page, route);
    setKept(shown);
  }
  return (
    <>
      {[...shown].map(([page, pageRoute]) => (
        <KeptPage key={page} route={pageRoute} active={page === route.page} Page={Page} />
      ))}
      {!isDashboard(route.page) && (
        <PageNameContext.Provider value={route.page}>
          <Page route={route} />
        </PageNameContext.Provider>
      )}
    </>
  );
}
