// query-core: the client @tanstack/react-query re-exports, without React's types in the Node project.
import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { needsLoading } from '../../renderer/api/warm-state';

describe('what the warm-up loads', () => {
  it('a query never read, and one read and invalidated since; not a fresh, a running or a failed one', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const state = (key: string) => client.getQueryState([key]);
    expect(needsLoading(state('never'))).toBe(true);

    await client.fetchQuery({ queryKey: ['read'], queryFn: async () => 1 });
    expect(needsLoading(state('read'))).toBe(false);
    await client.invalidateQueries({ queryKey: ['read'], refetchType: 'none' });
    expect(needsLoading(state('read'))).toBe(true);

    let finish: (v: number) => void = () => {};
    const running = client.fetchQuery({ queryKey: ['running'], queryFn: () => new Promise<number>((r) => (finish = r)) });
    expect(needsLoading(state('running'))).toBe(false);
    finish(2);
    await running;

    await client.fetchQuery({ queryKey: ['failed'], queryFn: async () => Promise.reject(new Error('disk I/O error')) }).catch(() => {});
    // TanStack marks a failed query invalidated too: loading it at every idle moment would never end.
    expect(state('failed')?.isInvalidated).toBe(true);
    expect(needsLoading(state('failed'))).toBe(false);
    await client.invalidateQueries({ queryKey: ['failed'], refetchType: 'none' });
    expect(needsLoading(state('failed'))).toBe(false);
  });
});
