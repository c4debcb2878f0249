import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DataPageId } from '../../db/dashboards';
import type { PeriodSpec } from '../../electron/api/types';
import { call } from '../api/client';
import { DEFAULT_PERIOD } from '../api/dashboard-queries';
import { useSettings } from '../api/hooks';

/** The period chosen on a dashboard, remembered in the local database so it survives restarts; the third
 *  value says whether the settings have been read (a query for the default period before then is wasted). */
export function usePeriod(dashboard: DataPageId): [PeriodSpec, (p: PeriodSpec) => void, boolean] {
  const { data: settings } = useSettings();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (period: PeriodSpec) => call('savePeriod', { dashboard, period }),
    onMutate: (period) => {
      client.setQueryData(['settings'], (old: typeof settings) => old && { ...old, periods: { ...old.periods, [dashboard]: period } });
    },
  });
  return [settings?.periods[dashboard] ?? DEFAULT_PERIOD, (p) => save.mutate(p), settings !== undefined];
}
