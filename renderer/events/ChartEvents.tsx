// The events under a chart (or under a group of charts on the same days): how many there are, the list
// with a before/after comparison for each and edit/remove for notes, "Add a note", and the CSV of the
// list. Readable and usable without a mouse; the chart's text alternative names the same events.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import type { TimelineEvent } from '../../electron/api/types';
import { dateLabel, rangeLabel } from '../../db/words/dates';
import { formatCount } from '../../db/words/numbers';
import { call } from '../api/client';
import { ExportButton } from '../components/ExportButton';
import { ShowMore, useShown } from '../components/ShowMore';
import { isOwn } from '../charts/markers';
import { PanelContext, useEvents, useTimeline } from './context';

/** Charts drawn inside a group open their panels at the group's list, which is drawn once under them. */
export const EventGroupContext = createContext<{ origin: string } | null>(null);

/** Said before the title where the title does not say what kind of event it is. */
const KIND_WORD: Partial<Record<TimelineEvent['kind'], string>> = { note: 'Note:', 'acted-on': 'Acted on:' };

const PAGE_SIZE = 6;

export function invalidateEvents(client: ReturnType<typeof useQueryClient>): void {
  void client.invalidateQueries({ queryKey: ['events'] });
  void client.invalidateQueries({ queryKey: ['beforeAfter'] });
  void client.invalidateQueries({ queryKey: ['review'] });
}

function EventRow({ e, origin, withItem }: { e: TimelineEvent; origin: string; withItem: boolean }) {
  const timeline = useTimeline()!;
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({ mutationFn: () => call('deleteTimelineNote', { id: e.noteId! }), onSuccess: () => invalidateEvents(client) });
  const title = e.title;
  const about = withItem && e.item && !e.title.includes(e.item.name) ? e.item.name : null;
  return (
    <li className="event-item" data-kind={e.kind} data-testid="event-item">
      <span className={`event-flag${isOwn(e) ? ' own' : ''}`} aria-hidden="true" />
      <span className="event-day">{dateLabel(e.day)}</span>
      <span className="event-text">
        {KIND_WORD[e.kind] && <span className="event-kind">{KIND_WORD[e.kind]} </span>}
        {title}
        {about && <span className="muted"> · {about}</span>}
        {e.detail && <span className="event-detail muted small"> {e.detail}</span>}
      </span>
      <span className="event-actions">
        <button type="button" className="link-button" onClick={(ev) => timeline.open(origin, { kind: 'before-after', eventId: e.id }, ev.currentTarget)}>
          Before / after<span className="sr-only">: {title}, {dateLabel(e.day)}</span>
        </button>
        {e.noteId !== null && !confirming && (
          <>
            <button
              type="button"
              className="link-button"
              onClick={(ev) => timeline.open(origin, { kind: 'note', day: e.day, noteId: e.noteId!, text: e.title, item: e.item && { kind: e.item.kind, id: e.item.id } }, ev.currentTarget)}
            >
              Edit<span className="sr-only"> the note “{e.title}”</span>
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(true)}>
              Remove<span className="sr-only"> the note “{e.title}”</span>
            </button>
          </>
        )}
        {confirming && (
          <span role="group" aria-label="Remove this note?" className="event-confirm">
            <span className="small">Remove this note?</span>
            <button type="button" className="link-button danger" onClick={() => remove.mutate()} disabled={remove.isPending} autoFocus>
              Remove it
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        )}
        {remove.error && (
          <span className="error small" role="alert">
            {remove.error.message}
          </span>
        )}
      </span>
    </li>
  );
}

/** The line and list of events under a chart, or under a group of charts on the same days. */
export function ChartEvents({ origin, range, events }: { origin: string; range: { from: string; to: string }; events: TimelineEvent[] | null }) {
  const timeline = useTimeline();
  const panelFor = useContext(PanelContext);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const inRange = (events ?? []).filter((e) => e.day >= range.from && e.day <= range.to);
  const [shown, setShown] = useShown(inRange.length, PAGE_SIZE);
  if (!timeline) return null;
  const { page } = timeline;
  const count = inRange.length;
  const withItem = timeline.scope.kind === 'account';
  const lastDay = range.to;
  return (
    <div className="chart-events" data-testid="chart-events">
      <div className="chart-events-bar">
        {count > 0 ? (
          <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? '▾' : '▸'} {count === 1 ? '1 event' : `${formatCount(count)} events`} on these days
            <span className="sr-only"> ({rangeLabel(range)})</span>
          </button>
        ) : (
          <span className="muted small">{events === null ? 'Reading the events of these days…' : 'No events on these days.'}</span>
        )}
        <button type="button" className="link-button" onClick={(ev) => timeline.open(origin, { kind: 'note', day: lastDay }, ev.currentTarget)}>
          Add a note…
        </button>
        <span className="muted small chart-events-hint">or click the chart on a day</span>
      </div>
      <div id={listId} hidden={!open || count === 0}>
        {open && count > 0 && (
          <>
            <ul className="event-list" aria-label={`Events, ${rangeLabel(range)}`}>
              {inRange.slice(0, shown).map((e) => (
                <EventRow key={e.id} e={e} origin={origin} withItem={withItem} />
              ))}
            </ul>
            <ShowMore total={count} shown={shown} pageSize={PAGE_SIZE} onShow={setShown} controls={listId} noun="events" />
            <ExportButton request={{ dashboard: page.dashboard, table: 'events', period: { preset: 'custom', from: range.from, to: range.to, compare: 'none' }, ...(page.id ? { id: page.id } : {}) }} />
          </>
        )}
      </div>
      {panelFor(origin)}
    </div>
  );
}

/** Charts on the same days drawn as one group: their events listed once, under all of them. */
export function EventGroup({ range, children }: { range: { from: string; to: string } | null; children: ReactNode }) {
  const origin = useId();
  const timeline = useTimeline();
  if (!timeline || !range) return <>{children}</>;
  return (
    <EventGroupContext.Provider value={{ origin }}>
      {children}
      <GroupEvents origin={origin} range={range} />
    </EventGroupContext.Provider>
  );
}

function GroupEvents({ origin, range }: { origin: string; range: { from: string; to: string } }) {
  const events = useEvents(useTimeline(), range).data?.events ?? null;
  return <ChartEvents origin={origin} range={range} events={events} />;
}
