import type { ReactNode } from 'react';
import type { Insight, InsightRule, InsightsResult } from '../../../electron/api/types';
import { rangeLabel } from '../../../db/words/dates';
import { href } from '../../shell/route';
import { InsightCard } from './InsightCard';

/**
 * The insight cards, and below them how they were found: every rule with its thresholds written in,
 * how many cards it gave and, when none, why. Thresholds are changed in Settings.
 */
export function InsightList({
  result,
  rules,
  action,
  empty = 'Nothing stands out: no rule found a move worth suggesting.',
}: {
  result: InsightsResult;
  /** Show only these rules' cards (the Audience page shows the audience ones). */
  rules?: InsightRule[];
  /** Extra controls on each card (the review's "done" tick). */
  action?: (i: Insight) => ReactNode;
  empty?: string;
}) {
  const shown = rules ? result.insights.filter((i) => rules.includes(i.rule)) : result.insights;
  const checks = rules ? result.rules.filter((r) => rules.includes(r.rule)) : result.rules;
  return (
    <div className="insights">
      {shown.length === 0 ? <p className="muted">{empty}</p> : null}
      <div className="insight-grid">
        {shown.map((i) => (
          <InsightCard key={i.id} insight={i}>
            {action?.(i)}
          </InsightCard>
        ))}
      </div>
      <details className="insight-rules">
        <summary>How these were found{result.window ? ` (stats of ${rangeLabel(result.window)})` : ''}</summary>
        <ul>
          {checks.map((r) => (
            <li key={r.rule}>
              <strong>{r.label}</strong> ({r.fired === 0 ? 'nothing found' : `${r.fired} found`}): {r.definition}
              {r.note && <span className="muted"> {r.note}</span>}
            </li>
          ))}
        </ul>
        <p className="no-print">
          <a href={href('settings', 'insights')}>Adjust the thresholds</a> in Settings.
        </p>
        <p className="muted small">
          Computed from the local database only: the same data and thresholds always give the same cards.
          {result.moversPeriod &&
            ` Movers compare ${rangeLabel(result.moversPeriod)} with the same days of the ${result.moversPeriod.periods} ${result.moversPeriod.unit}s before it.`}
        </p>
      </details>
    </div>
  );
}
