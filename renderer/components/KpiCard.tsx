import type { ReactNode } from 'react';

export function KpiCard({ label, value, delta, hint, testId, exact }: { label: string; value: ReactNode; delta?: ReactNode; hint?: ReactNode; testId?: string; exact?: string }) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value" title={exact} data-exact={exact}>
        {value}
      </div>
      {delta && <div className="kpi-delta">{delta}</div>}
      {hint && <div className="kpi-hint">{hint}</div>}
    </div>
  );
}
