import { useState } from 'react';
import type { ReviewList } from '../../../electron/api/types';
import { formatMetric, MetricDelta } from './MetricView';

const SHOWN = 5;

/** The detail rows of a checklist item (by stream, by character…), first few shown, the rest on demand. */
export function ReviewLists({ lists }: { lists: ReviewList[] }) {
  return (
    <div className="review-lists">
      {lists.filter((l) => l.rows.length > 0).map((l) => (
        <ListTable key={l.id} list={l} />
      ))}
    </div>
  );
}

function ListTable({ list }: { list: ReviewList }) {
  const [all, setAll] = useState(false);
  const headers = list.rows[0]?.metrics.map((m) => m.label) ?? [];
  return (
    <div className="review-list">
      <h3>{list.title}</h3>
      <table className="review-table">
        <thead>
          <tr>
            <th scope="col">{list.title.startsWith('Last 12') ? 'Month' : 'Name'}</th>
            {headers.map((h) => (
              <th scope="col" className="num" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.rows.map((r, i) => (
            // Rows past the first few are hidden on screen until asked for, and always printed.
            <tr key={r.key} className={!all && i >= SHOWN ? 'extra-row' : undefined}>
              <td>{r.href ? <a href={r.href}>{r.label}</a> : r.label}</td>
              {r.metrics.map((m) => (
                <td className="num" key={m.id}>
                  {formatMetric(m, m.value)} <MetricDelta m={m} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {list.rows.length > SHOWN && (
        <button type="button" className="link-button no-print" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${list.rows.length}`}
        </button>
      )}
    </div>
  );
}
