import type { SourceEarnings } from '../../../electron/api/types';
import { DeltaBadge } from '../../components/DeltaBadge';
import { href } from '../../shell/route';
import { topMovers } from './movers';
import { sourceTypeName } from '../../../db/words/vocabulary';
import { formatMoney } from '../../../db/words/money';

/** The sources whose earnings moved most against the comparison period: where the next 10 hours pay off. */
export function Movers({ sources, currency, compared }: { sources: SourceEarnings[]; currency: string; compared: boolean }) {
  if (!compared) return <p className="muted">Choose a comparison period above to see which characters and plugins moved.</p>;
  const moved = topMovers(sources, currency);
  if (!moved.length) return <p className="muted">Nothing moved against the comparison period.</p>;
  return (
    <ol className="movers">
      {moved.map(({ s, d }) => (
        <li key={`${s.sourceType}|${s.id}`}>
          <span className={`mover-dir ${d > 0n ? 'up' : 'down'}`} aria-hidden>
            {d > 0n ? '▲' : '▼'}
          </span>
          {s.live ? <a href={href(s.sourceType === 'character' ? 'characters' : 'plugins', s.id)}>{s.name}</a> : s.name}
          <span className="muted small"> {sourceTypeName(s.sourceType).toLowerCase()}</span>
          <span className="spacer" />
          <span className="num">{formatMoney(s.total.value, currency)}</span>
          <DeltaBadge value={s.total.value} previous={s.total.previous} currency={currency} />
        </li>
      ))}
    </ol>
  );
}
