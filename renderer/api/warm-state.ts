// TanStack's query state, as far as the warm-up reads it (no React types: the Node tests import this).
interface LoadState {
  fetchStatus: string;
  status: string;
  isInvalidated: boolean;
  data: unknown;
}

/**
 * Whether the warm-up (warm-dashboards.ts) should load a query: never read, or read and invalidated by
 * a sync since. Never one whose last read failed: a failed read also counts as invalidated, and
 * loading it again at every idle moment would hammer a broken database; its page shows the error.
 */
export function needsLoading(state: LoadState | undefined): boolean {
  if (!state) return true;
  return state.fetchStatus === 'idle' && state.status !== 'error' && (state.isInvalidated || state.data === undefined);
}
