import type { ReactNode } from 'react';

/** A headline figure. `figure` names the export column it is in; `detail` is what it is made of. */
export function KpiCard({
  label,
  value,
  delta,
  hint,
  detail,
  testId,
  exact,
  figure,
}: {
  label: string;
  value: ReactNode;
  delta?: ReactNode;
  hint?: ReactNode;
  detail?: ReactNode;
  testId?: string;
  exact?: string;
  figure?: string;
}) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value" title={exact} data-exact={exact} data-figure={figure}>
        {value}
      </div>
      {delta && <div className="kpi-delta">{delta}</div>}
      {detail}
      {hint && <div className="kpi-hint">{hint}</div>}
    </div>
  );
}
