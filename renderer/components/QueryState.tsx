import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';

/** Loading and error states shared by every dashboard. */
export function QueryState({ isLoading, error, children }: { isLoading: boolean; error: Error | null; children: ReactNode }) {
  if (error)
    return (
      <EmptyState title="This view could not be loaded">
        <p className="error">{error.message}</p>
      </EmptyState>
    );
  if (isLoading)
    return (
      <div className="loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden /> Loading…
      </div>
    );
  return <>{children}</>;
}

export function CurrencyTabs({ currencies, value, onChange }: { currencies: string[]; value: string; onChange: (c: string) => void }) {
  if (currencies.length < 2) return null;
  return (
    <div className="tabs" role="tablist" aria-label="Currency">
      {currencies.map((c) => (
        <button key={c} type="button" role="tab" aria-selected={c === value} className={c === value ? 'active' : undefined} onClick={() => onChange(c)}>
          {c === 'CREDITS' ? 'Credits' : c}
        </button>
      ))}
    </div>
  );
}
