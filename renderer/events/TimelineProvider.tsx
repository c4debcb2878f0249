// The timeline of a dashboard's page: its scope (the account on Earnings and Audience, the item on an
// item's page; none on lists and comparisons, whose charts then show no events), and the one panel
// open at a time under the chart that asked for it.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { DashboardId } from '../../db/dashboards';
import type { TimelineScope } from '../../electron/api/types';
import { BeforeAfterPanel } from './BeforeAfterPanel';
import { PanelContext, TimelineContext, type Timeline, type TimelinePanel } from './context';
import { NotePanel } from './NotePanel';

const ITEM_KIND = { characters: 'character', plugins: 'plugin', stories: 'story' } as const;

/** Whose events a page shows, from its route: #/earnings, #/audience, #/characters/<id>, … */
export function scopeOf(dashboard: DashboardId, rest: string[]): TimelineScope | null {
  if (dashboard === 'earnings' || dashboard === 'audience') return { kind: 'account' };
  if (rest.length === 1 && rest[0] !== 'compare') return { kind: ITEM_KIND[dashboard], id: rest[0] };
  return null;
}

interface Open {
  origin: string;
  panel: TimelinePanel;
  returnFocus: HTMLElement | null;
}

export function TimelineProvider({ dashboard, rest, children }: { dashboard: DashboardId; rest: string[]; children: ReactNode }) {
  const key = rest.join('/');
  // By value: a new array of the same route is the same scope.
  const scope = useMemo(() => scopeOf(dashboard, key ? key.split('/') : []), [dashboard, key]);
  const [open, setOpen] = useState<Open | null>(null);
  const close = useCallback(() => {
    const back = open?.returnFocus;
    setOpen(null);
    // The button that opened the panel, where it still is.
    if (back?.isConnected) back.focus();
  }, [open]);
  const value = useMemo<Timeline | null>(
    () =>
      scope && {
        scope,
        page: { dashboard, ...(scope.kind === 'account' ? {} : { id: scope.id }) },
        open: (origin, panel, returnFocus) => setOpen({ origin, panel, returnFocus: returnFocus ?? (document.activeElement as HTMLElement | null) }),
      },
    [scope, dashboard],
  );
  const panelFor = useCallback(
    (origin: string) => {
      if (!scope || !open || open.origin !== origin) return null;
      return open.panel.kind === 'note' ? (
        <NotePanel key={JSON.stringify(open.panel)} panel={open.panel} scope={scope} onClose={close} />
      ) : (
        <BeforeAfterPanel key={open.panel.eventId} eventId={open.panel.eventId} onClose={close} />
      );
    },
    [scope, open, close],
  );
  if (!value) return <>{children}</>;
  return (
    <TimelineContext.Provider value={value}>
      <PanelContext.Provider value={panelFor}>{children}</PanelContext.Provider>
    </TimelineContext.Provider>
  );
}
