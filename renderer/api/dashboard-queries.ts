import { queryOptions, type FetchQueryOptions } from '@tanstack/react-query';
import type { Input } from '../../electron/api/contract';
import type { DashboardId } from '../../db/dashboards';
import type { PeriodSpec } from '../../electron/api/types';
import { call } from './client';

export const DEFAULT_PERIOD: PeriodSpec = { preset: 'month' };

// The pages and the background warm-up (warm-dashboards.ts) must agree on these keys, or the warm-up
// would load what no page reads.

/** A dashboard's payload for a period, from the StudioApi method named by the dashboard's id. */
export const dashboardQuery = <D extends DashboardId>(dashboard: D, period: PeriodSpec) =>
  queryOptions({ queryKey: [dashboard, period], queryFn: () => call(dashboard, { period } as Input<D>) });
/** The insight cards as of today (the Audience page shows them). */
export const insightsQuery = queryOptions({ queryKey: ['insights', 'current'], queryFn: () => call('insights', {}) });
/** The review of the current week or month (a past one is keyed by its key instead, see ReviewPage). */
export const reviewQuery = (cadence: 'week' | 'month') => queryOptions({ queryKey: ['review', cadence], queryFn: () => call('review', { cadence }) });

/** A dashboard's query for its remembered period, for code that only loads it (the payloads' types differ). */
export function rememberedDashboardQuery(dashboard: DashboardId, periods: Partial<Record<string, PeriodSpec>>): FetchQueryOptions {
  return dashboardQuery(dashboard, periods[dashboard] ?? DEFAULT_PERIOD) as unknown as FetchQueryOptions;
}
