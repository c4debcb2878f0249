import { queryOptions, type FetchQueryOptions } from '@tanstack/react-query';
import type { PeriodSpec } from '../../db/queries/types/period';
import { call } from './client';

export const DASHBOARDS = ['earnings', 'characters', 'plugins', 'stories', 'audience'] as const;
export type Dashboard = (typeof DASHBOARDS)[number];

export const isDashboard = (page: string): page is Dashboard => (DASHBOARDS as readonly string[]).includes(page);

export const DEFAULT_PERIOD: PeriodSpec = { preset: 'month' };

// The pages and the background warm-up (warm-dashboards.ts) must agree on these keys, or the warm-up
// would load what no page reads.
export const earningsQuery = (period: PeriodSpec) => queryOptions({ queryKey: ['earnings', period], queryFn: () => call('earnings', { period }) });
export const charactersQuery = (period: PeriodSpec) => queryOptions({ queryKey: ['characters', period], queryFn: () => call('characters', { period }) });
export const pluginsQuery = (period: PeriodSpec) => queryOptions({ queryKey: ['plugins', period], queryFn: () => call('plugins', { period }) });
export const storiesQuery = (period: PeriodSpec) => queryOptions({ queryKey: ['stories', period], queryFn: () => call('stories', { period }) });
export const audienceQuery = (period: PeriodSpec) => queryOptions({ queryKey: ['audience', period], queryFn: () => call('audience', { period }) });
/** The insight cards as of today (the Audience page shows them). */
export const insightsQuery = queryOptions({ queryKey: ['insights', 'current'], queryFn: () => call('insights', {}) });
/** The review of the current week or month (a past one is keyed by its key instead, see ReviewPage). */
export const reviewQuery = (cadence: 'week' | 'month') => queryOptions({ queryKey: ['review', cadence], queryFn: () => call('review', { cadence }) });

export const DASHBOARD_QUERIES = { earnings: earningsQuery, characters: charactersQuery, plugins: pluginsQuery, stories: storiesQuery, audience: audienceQuery };

/** A dashboard's query for its remembered period, for code that only loads it (the payloads' types differ). */
export function rememberedDashboardQuery(dashboard: Dashboard, periods: Partial<Record<string, PeriodSpec>>): FetchQueryOptions {
  return DASHBOARD_QUERIES[dashboard](periods[dashboard] ?? DEFAULT_PERIOD) as unknown as FetchQueryOptions;
}
