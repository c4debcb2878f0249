import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Input } from '../../electron/api/contract';
import { ApiCallError, call } from './client';

export function useStatus() {
  return useQuery({
    queryKey: ['status'],
    queryFn: () => call('getStatus', {}),
    // Poll quickly while a sync runs so its progress moves, and while the background integrity check
    // runs so its outcome shows; otherwise refresh "synced … ago" now and then.
    refetchInterval: (query) => (query.state.data?.syncing ? 500 : query.state.data?.integrity.state === 'checking' ? 2_000 : 30_000),
  });
}

/**
 * Refetches what the pages show when a sync that wrote rows finishes, whoever started it (the button,
 * the schedule, the menu): without it a dashboard kept its figures from before the sync.
 */
export function useRefreshAfterSync(): void {
  const client = useQueryClient();
  const { data } = useStatus();
  const last = data?.lastSync;
  const seen = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (data === undefined) return;
    const finished = last?.finishedAt ?? null;
    if (seen.current !== undefined && finished !== seen.current && last && last.rowsWritten > 0)
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'status' });
    seen.current = finished;
  }, [data, last, client]);
}

export const settingsQuery = queryOptions({ queryKey: ['settings'], queryFn: () => call('getSettings', {}) });

export function useSettings() {
  return useQuery(settingsQuery);
}

export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'saveSettings'>) => call('saveSettings', input),
    onSuccess: (settings) => {
      client.setQueryData(['settings'], settings);
      void client.invalidateQueries();
    },
  });
}

export function useSetToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { token: string; platformUrl: string } | null) => {
      if (input === null) return call('clearToken', {});
      try {
        return await call('setToken', input);
      } catch (error) {
        // Without an OS keyring the main process asks before storing the token less safely.
        if (error instanceof ApiCallError && error.error.code === 'confirm' && window.confirm(error.message))
          return call('setToken', { ...input, allowPlainText: true });
        throw error;
      }
    },
    onSuccess: (settings) => {
      client.setQueryData(['settings'], settings);
      void client.invalidateQueries({ queryKey: ['status'] });
    },
  });
}

export function useSyncActions() {
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: ['status'] });
  return {
    start: useMutation({ mutationFn: () => call('startSync', {}), onSettled: refresh }),
    cancel: useMutation({ mutationFn: () => call('cancelSync', {}), onSettled: refresh }),
  };
}

export function useUpdateStatus() {
  return useQuery({
    queryKey: ['updates'],
    queryFn: () => call('getUpdateStatus', {}),
    // Quick while a check or a download moves, so the line follows it; otherwise news comes from the daily check.
    refetchInterval: (query) => {
      const status = query.state.data;
      if (!status?.supported) return false;
      return status.phase === 'checking' || status.phase === 'downloading' || status.waitingFor ? 1_000 : 60_000;
    },
  });
}

export function useUpdateActions() {
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: ['updates'] });
  return {
    check: useMutation({ mutationFn: () => call('checkForUpdates', {}), onSuccess: (status) => client.setQueryData(['updates'], status), onSettled: refresh }),
    install: useMutation({ mutationFn: () => call('installUpdate', {}), onSettled: refresh }),
  };
}
