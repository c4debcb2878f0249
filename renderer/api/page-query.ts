import { useQuery, useQueryClient, type DefaultError, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { usePageActivity } from '../shell/page-activity';

/**
 * useQuery for a page that may be kept hidden (shell/PageStack). A hidden page does not fetch: after a
 * sync invalidates everything, the page shown reads first and the warm-up reloads the rest one at a time,
 * instead of every kept page reading at once. Shown again, the page reads what went stale meanwhile, as a
 * freshly mounted page would.
 */
export function usePageQuery<TQueryFnData, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: UseQueryOptions<TQueryFnData, DefaultError, TData, TQueryKey>,
): UseQueryResult<TData> {
  const client = useQueryClient();
  const activity = usePageActivity();
  const own = options.enabled;
  const enabled = own !== false;
  const result = useQuery({
    ...options,
    enabled: enabled ? (query) => activity.active() && (typeof own === 'function' ? own(query) : true) : false,
  });
  const { refetch } = result;
  const { queryKey, staleTime: ownStaleTime } = options;
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    if (!enabled) return;
    return activity.subscribe(() => {
      if (!activity.active()) return;
      const query = client.getQueryCache().find({ queryKey, exact: true });
      const staleTime = ownStaleTime ?? client.getDefaultOptions().queries?.staleTime;
      if (!query || query.isStaleByTime(typeof staleTime === 'number' ? staleTime : 0)) void refetch();
    });
    // By value (key): pages build the key anew on every render.
  }, [activity, client, enabled, key, ownStaleTime, refetch]);
  return result;
}
