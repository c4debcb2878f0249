import { useId } from 'react';
import type { SupportItem } from '../../../electron/api/types';
import { ShowMore, useShown } from '../../components/ShowMore';
import { instantLabel } from '../../../db/words/dates';
import { formatMoney } from '../../../db/words/money';
import { formatCount } from '../../../db/words/numbers';

/** Messages shown before "Show more": about the height of the Reconciliation card beside the list. */
const PAGE = 4;

/** Fan support, newest first. Names and messages are fans' own text: rendered as text, never as markup. */
export function SupportList({ items, total, zone }: { items: SupportItem[]; total: number; zone: string }) {
  const id = useId();
  const [shown, setShown] = useShown(items.length, PAGE);
  if (!items.length) return <p className="muted">No fan support in this period.</p>;
  return (
    <>
      <ul className="support-list" data-testid="support-list" id={id}>
        {items.slice(0, shown).map((s) => (
          <li key={s.id}>
            <div className="support-head">
              <strong className="supporter" dir="auto">
                {s.supporterName}
              </strong>
              <span className="num">{formatMoney(s.amount, s.currency)}</span>
            </div>
            {s.message && (
              <p className="support-message" dir="auto">
                {s.message.length > 600 ? `${s.message.slice(0, 600)}…` : s.message}
              </p>
            )}
            <div className="muted small">
              {instantLabel(s.occurredAt, zone)}
              {s.sourceName && <> · for {s.sourceName}</>}
            </div>
          </li>
        ))}
      </ul>
      <ShowMore total={items.length} shown={shown} pageSize={PAGE} onShow={setShown} controls={id} noun="messages" />
      {total > items.length && (
        <p className="muted small">
          The {items.length} most recent of {formatCount(total)} are listed here; the export has all of them.
        </p>
      )}
    </>
  );
}
