import type { StreamShare } from '../../../electron/api/types';
import { DeltaBadge } from '../../components/DeltaBadge';
import { streamName } from '../../../db/words/vocabulary';
import { streamColor } from '../../charts/palette';
import { formatMoney } from '../../../db/words/money';
import { percentText } from '../../../db/words/numbers';

/** Where the money comes from: each stream's share of the period, exact amounts, and the change. */
export function Distribution({ shares, currency }: { shares: StreamShare[]; currency: string }) {
  const rows = shares.filter((s) => s.currency === currency);
  if (!rows.length) return <p className="muted">No earnings in {currency} in this period.</p>;
  return (
    <ul className="share-list">
      {rows.map((r) => {
        const pct = r.sharePct;
        return (
          <li key={r.stream}>
            <span className="share-name">
              <span className="swatch" style={{ background: streamColor(r.stream) }} aria-hidden />
              {streamName(r.stream)}
            </span>
            <span className="share-bar" aria-hidden>
              <span style={{ width: `${pct}%`, background: streamColor(r.stream) }} />
            </span>
            <span className="num">{percentText(pct)}</span>
            <span className="num">{formatMoney(r.amount.value, currency)}</span>
            <DeltaBadge value={r.amount.value} previous={r.amount.previous} currency={currency} />
          </li>
        );
      })}
    </ul>
  );
}
