import { useQueryClient, type FetchQueryOptions, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Settings } from '../../electron/api/types';
import { DASHBOARD_IDS } from '../../db/dashboards';
import { insightsQuery, rememberedDashboardQuery, reviewQuery } from './dashboard-queries';
import { useSettings } from './hooks';
import { needsLoading } from './warm-state';

/** Set in sessionStorage, turns the warm-up off: the renderer bench measures a switch that waits for the database. */
export const NO_WARM_KEY = 'creator-studio.no-warm';

function wanted(periods: Settings['periods']): FetchQueryOptions[] {
  return [...DASHBOARD_IDS.map((d) => rememberedDashboardQuery(d, periods)), insightsQuery, reviewQuery('week')] as FetchQueryOptions[];
}

function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 200);
  return () => window.clearTimeout(handle);
}

/**
 * Runs `step` when the window is idle and no read is in flight, after each change to the query cache (a
 * read in flight, the page's own or a step's, ends with one that comes back here). Returns the stop.
 */
export function whenIdleBetweenReads(client: QueryClient, step: () => void): () => void {
  let cancel: (() => void) | null = null;
  let stopped = false;
  const run = () => {
    cancel = null;
    if (!stopped && client.isFetching() === 0) step();
  };
  const schedule = () => {
    if (!stopped && !cancel) cancel = whenIdle(run);
  };
  const unsubscribe = client.getQueryCache().subscribe(schedule);
  schedule();
  return () => {
    stopped = true;
    unsubscribe();
    cancel?.();
  };
}

/**
 * Loads every dashboard's payload for its remembered period, the insight cards and this week's review
 * while the window is idle, so that opening one draws from memory: on the largest account a switch that
 * waited for the database took 250–350 ms, of which 80–150 were the wait. One read at a time, and none
 * while the page's own reads run, so a click waits behind one background read at most; after a sync
 * invalidates them, they are loaded again the same way.
 */
export function useWarmDashboards(): void {
  const client = useQueryClient();
  const { data: settings } = useSettings();
  const periods = settings?.periods;
  useEffect(() => {
    if (!periods || sessionStorage.getItem(NO_WARM_KEY)) return;
    return whenIdleBetweenReads(client, () => {
      const next = wanted(periods).find((q) => needsLoading(client.getQueryState(q.queryKey)));
      if (next) void client.prefetchQuery(next);
    });
  }, [client, periods]);
}
