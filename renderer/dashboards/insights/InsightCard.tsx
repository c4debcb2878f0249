import type { ReactNode } from 'react';
import type { Insight, InsightRule } from '../../../electron/api/types';

export const RULE_LABEL: Record<InsightRule, string> = {
  greeting: 'Greeting underperforming',
  sticking: 'Not sticking',
  'embed-minimum': 'Priced at the minimum',
  'embed-rise': 'Embed use fell after a price rise',
  'story-dropoff': 'Story drop-off',
  'plugin-churn': 'Plugin churn',
  country: 'Country surprise',
  hashtag: 'Hashtag surprise',
  movers: 'Mover',
};

/** One "what to do next" card: the finding with its numbers, why it matters, the move, and where the evidence is. */
export function InsightCard({ insight, children }: { insight: Insight; children?: ReactNode }) {
  return (
    <article className={`insight-card insight-${insight.rule}`} aria-labelledby={`insight-${insight.id}`} data-testid="insight-card">
      <header className="insight-head">
        <span className="insight-rule">{RULE_LABEL[insight.rule]}</span>
        <h3 id={`insight-${insight.id}`}>{insight.title}</h3>
      </header>
      <p className="insight-finding">{insight.finding}</p>
      <dl className="insight-figures">
        {insight.figures.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <p className="insight-why">
        <strong>Why it matters.</strong> {insight.why}
      </p>
      <p className="insight-move">
        <strong>Suggested move.</strong> {insight.move}
      </p>
      <footer className="insight-foot">
        <a href={insight.evidence.href} className="insight-evidence">
          {insight.evidence.label} →
        </a>
        {children}
      </footer>
    </article>
  );
}
