import { useQuery } from '@tanstack/react-query';
import type { Insight, ReviewCadence, ReviewPayload } from '../../../electron/api/types';
import { call } from '../../api/client';
import { reviewQuery } from '../../api/dashboard-queries';
import { ExportButton } from '../../components/ExportButton';
import { rangeLabel } from '../../../db/words/dates';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { href, navigate } from '../../shell/route';
import { InsightList } from '../insights/InsightList';
import { NoDataYet } from '../Placeholder';
import { ChecklistItem } from './ChecklistItem';
import { MoveEffects, TimelineNotes } from './MovesAndNotes';
import { useReviewNote } from './useReviewNote';
import { instantLabel, timeAgo } from '../../../db/words/dates';

const KEY = /^\d{4}-(W\d{2}|\d{2})$/;

/** #/review (this week), #/review/month (this month), or #/review/<key> ('2026-W47', '2026-11'). */
function parseRest(rest: string[]): { key?: string; cadence: ReviewCadence } {
  const arg = rest[0];
  if (arg && KEY.test(arg)) return { key: arg, cadence: arg.includes('W') ? 'week' : 'month' };
  return { cadence: arg === 'month' ? 'month' : 'week' };
}

function PeriodNav({ r }: { r: ReviewPayload }) {
  const unit = r.cadence === 'week' ? 'week' : 'month';
  const reviewed = r.history.filter((h) => h.key !== r.key);
  return (
    <nav className="review-nav no-print" aria-label={`Review ${unit}s`}>
      <a className="button" href={href('review', r.previousKey)}>
        <span aria-hidden>◀</span> Previous {unit} <span className="muted">({r.previousKey})</span>
      </a>
      {r.nextKey ? (
        <a className="button" href={href('review', r.nextKey)}>
          Next {unit} <span className="muted">({r.nextKey})</span> <span aria-hidden>▶</span>
        </a>
      ) : (
        <span className="button disabled" aria-disabled="true">
          Next {unit} <span aria-hidden>▶</span>
        </span>
      )}
      {r.key !== r.currentKey && (
        <a className="button" href={href('review', r.currentKey)}>
          This {unit}
        </a>
      )}
      <label>
        <span className="sr-only">Reopen a past review</span>
        <select value="" onChange={(e) => e.target.value && navigate('review', e.target.value)} disabled={reviewed.length === 0}>
          <option value="">{reviewed.length ? `Reopen a past review (${reviewed.length})` : 'No past reviews yet'}</option>
          {reviewed.map((h) => (
            <option key={h.key} value={h.key}>
              {h.key} · {h.checked} ticked{h.notes ? `, ${h.notes} note${h.notes === 1 ? '' : 's'}` : ''}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}

export function ReviewPage({ rest }: { rest: string[] }) {
  const { key, cadence } = parseRest(rest);
  const queryKey = ['review', key ?? cadence] as const;
  // The current week's review is the one the warm-up loads (api/warm-dashboards.ts).
  const query = useQuery<ReviewPayload, Error, ReviewPayload, string[]>(key ? { queryKey: ['review', key], queryFn: () => call('review', { key }) } : reviewQuery(cadence));
  const r = query.data;
  const save = useReviewNote(queryKey, r?.key ?? '');
  const notes = new Map((r?.notes ?? []).map((n) => [n.item, n]));
  const previousNotes = new Map((r?.previousNotes ?? []).map((n) => [n.item, n]));
  const unit = cadence === 'week' ? 'week' : 'month';
  const done = r ? r.items.filter((i) => notes.get(i.id)?.checked).length : 0;
  const insightTick = (i: Insight) => {
    const n = notes.get(`insight:${i.id}`);
    return (
      <label className="insight-done">
        <input type="checkbox" checked={n?.checked ?? false} onChange={(e) => save.mutate({ item: `insight:${i.id}`, checked: e.target.checked, note: n?.note ?? '' })} />
        Acted on
      </label>
    );
  };
  // Before the first sync there is nothing to review (but reviews already written stay reachable).
  if (r && !r.period.dataAsOf && r.history.length === 0) return <NoDataYet title="Review" />;
  return (
    <div className="page review-page">
      <header className="page-header">
        <h1>Review</h1>
        <div className="tabs no-print" role="tablist" aria-label="Review cadence">
          {(['week', 'month'] as const).map((c) => (
            <a key={c} role="tab" aria-selected={cadence === c} className={cadence === c ? 'active' : undefined} href={href('review', c)}>
              {c === 'week' ? 'Weekly' : 'Monthly'}
            </a>
          ))}
        </div>
        {r && (
          <div className="row no-print">
            <ExportButton
              request={{ dashboard: 'review', table: 'review', period: { preset: 'custom', from: r.period.current.from, to: r.period.current.to }, id: r.key }}
            />
            <button type="button" onClick={() => window.print()}>
              Print…
            </button>
          </div>
        )}
      </header>
      <QueryState isLoading={query.isLoading} error={query.error}>
        {r && (
          <>
            <div className="review-summary">
              <h2 className="review-title">
                {r.label}
                {r.key === r.currentKey && <span className="pill">so far</span>}
              </h2>
              <p className="muted">
                {r.period.previous ? `Compared with ${rangeLabel(r.period.previous)}${r.period.current.partial ? ' up to the same point' : ''}. ` : ''}
                {r.statsDays.current ? `Stats: ${rangeLabel(r.statsDays.current)} (UTC days)${r.statsDays.previous ? ` against ${rangeLabel(r.statsDays.previous)}` : ''}. ` : 'No stats published for this period yet. '}
                Money by day in {r.period.zone}.{' '}
                <span title={r.period.dataAsOf ? instantLabel(r.period.dataAsOf, r.period.zone) : undefined}>
                  {r.period.dataAsOf ? `Data as of ${timeAgo(r.period.dataAsOf)}.` : 'Not synced yet.'}
                </span>
              </p>
              <p className="review-progress" aria-live="polite">
                <progress max={r.items.length} value={done} /> {done} of {r.items.length} done
                {save.error && <span className="error"> · Not saved: {save.error.message}</span>}
              </p>
              <PeriodNav r={r} />
            </div>
            {r.items.map((item) => (
              <ChecklistItem
                key={`${r.key}-${item.id}`}
                item={item}
                note={notes.get(item.id)}
                previous={previousNotes.get(item.id)}
                previousLabel={`Last ${unit} (${r.previousKey})`}
                compared={r.period.previous !== null}
                onSave={(checked, note) => save.mutate({ item: item.id, checked, note })}
              />
            ))}
            <Section title="What to do next" id="insights">
              <InsightList result={r.insights} action={insightTick} />
            </Section>
            <MoveEffects r={r} />
            <TimelineNotes r={r} />
          </>
        )}
      </QueryState>
    </div>
  );
}
