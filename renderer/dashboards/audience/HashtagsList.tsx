import type { HashtagRow } from '../../../electron/api/types';
import { CountDelta } from '../../components/DeltaBadge';
import { formatCount, percentText } from '../../../db/words/numbers';

/** Your "brand", whether you intended it or not: hashtags by impressions, and which of them are your own tags. */
export function HashtagsList({ rows, compared }: { rows: HashtagRow[]; compared: boolean }) {
  if (!rows.length) return <p className="muted">No hashtag impressions in this period.</p>;
  const top = rows[0].impressions.value || 1;
  return (
    <ol className="hashtag-list">
      {rows.map((h) => (
        <li key={h.hashtag}>
          <span className="hashtag-rank num">{h.rank}</span>
          <span className="hashtag-name">
            <span className="hashtag-tag">#{h.hashtag}</span>
            {h.own ? <span className="tag-own">your tag</span> : <span className="tag-not-own">not your tag</span>}
          </span>
          <span className="share-bar" aria-hidden>
            <span style={{ width: `${(h.impressions.value / top) * 100}%` }} />
          </span>
          <span className="num">{formatCount(h.impressions.value)}</span>
          <span className="num muted small">{percentText(h.sharePct)}</span>
          {compared && (
            <span className="hashtag-change">
              <CountDelta value={h.impressions.value} previous={h.impressions.previous} />
              {h.previousRank !== h.rank && <span className="muted small"> {h.previousRank ? `was #${h.previousRank}` : 'new'}</span>}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
