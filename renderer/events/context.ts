// The timeline of the page being drawn: whose events its time charts show (the account's on Earnings
// and Audience, an item's on its own page), and the panels a chart opens under itself (a note's form,
// a before/after comparison). Charts read it from the page around them, so a dashboard's own charts
// need no wiring: a TimeChart with a timeline axis under a provider draws the events of its days.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { DashboardId } from '../../db/dashboards';
import type { TimelineScope } from '../../electron/api/types';
import { call } from '../api/client';
import { usePageQuery } from '../api/page-query';

/** What a chart asks its page to open under it: a note (new on a day, or one to edit), or a comparison. */
export type TimelinePanel = { kind: 'note'; day: string; noteId?: number; text?: string; item?: { kind: 'character' | 'plugin' | 'story'; id: string } | null } | { kind: 'before-after'; eventId: string };

export interface Timeline {
  scope: TimelineScope;
  /** The page whose export holds the events table, and the item's id on an item's page. */
  page: { dashboard: DashboardId; id?: string };
  /** Opens a panel under the chart `origin` (its id), closing any other. */
  open(origin: string, panel: TimelinePanel, returnFocus?: HTMLElement | null): void;
}

export const TimelineContext = createContext<Timeline | null>(null);

/** The panel open under the chart `origin`, drawn by the page (null when none is). Apart from the
 *  timeline itself, so that opening a panel re-renders the lists under the charts, not the charts. */
export const PanelContext = createContext<(origin: string) => ReactNode>(() => null);

export function useTimeline(): Timeline | null {
  return useContext(TimelineContext);
}

export const eventsKey = (scope: TimelineScope, from: string, to: string) => ['events', scope, from, to] as const;

let idledOnce = false;

/** False until the window has first been idle: the markers of the dashboard the app opens on are asked
 *  for once it has painted, so they never delay the first paint (after that, at once). */
function useFirstIdle(): boolean {
  const [idle, setIdle] = useState(idledOnce);
  useEffect(() => {
    if (idle) return;
    const done = () => {
      idledOnce = true;
      setIdle(true);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(done, { timeout: 1_000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(done, 100);
    return () => window.clearTimeout(handle);
  }, [idle]);
  return idle;
}

/** The events of the page's timeline on the days `from` to `to`; nothing outside a timeline. */
export function useEvents(timeline: Timeline | null, range: { from: string; to: string } | null) {
  const scope = timeline?.scope ?? { kind: 'account' as const };
  const idle = useFirstIdle();
  return usePageQuery({
    queryKey: eventsKey(scope, range?.from ?? '', range?.to ?? ''),
    queryFn: () => call('events', { scope, from: range!.from, to: range!.to }),
    enabled: idle && timeline !== null && range !== null && range.from <= range.to,
    placeholderData: (prev) => prev,
  });
}
