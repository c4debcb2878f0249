import type { SourceEarnings } from '../../../db/queries/types/earnings';
import { DeltaBadge } from '../../components/DeltaBadge';
import { formatMoney } from '../../lib/decimal';
import { href } from '../../shell/route';
import { topMovers } from './movers';

/** The sources whose earnings moved most against the comparison period: where the next 10 hours pay off. */
export function Movers({ sources, currency }: { sources: SourceEarnings[]; currency: string }) {
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
          <span className="muted small"> {s.sourceType}</span>
          <span className="spacer" />
          <span className="num">{formatMoney(s.total.value, currency)}</span>
          <DeltaBadge value={s.total.value} previous={s.total.previous} currency={currency} />
        </li>
      ))}
    </ol>
  );
}
