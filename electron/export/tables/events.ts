// The events listed under a page's time charts as one CSV table, in the order of the list: the
// account's for Earnings and Audience, an item's on its own page. The page asks for the days its chart
// covers (a custom period), so the file holds exactly the list's rows.
import { EVENTS_TABLE, type DataPageId } from '../../../db/dashboards';
import type { NamedReads, ReadAt } from '../../../db/data-core';
import { resolvePeriod } from '../../../db/queries/period';
import type { TimelineEvent, TimelineScope } from '../../../db/queries/types/events';
import type { PeriodSpec } from '../../../db/queries/types/period';
import { table, type CsvTable } from './types';

export const EVENT_COLUMNS = ['day', 'kind', 'title', 'detail', 'item_kind', 'item_id', 'item_name', 'event_id'];

export function eventsTable(events: TimelineEvent[]): CsvTable {
  return table(
    EVENT_COLUMNS,
    events.map((e) => ({ key: e.id, cells: [e.day, e.kind, e.title, e.detail, e.item?.kind ?? null, e.item?.id ?? null, e.item?.name ?? null, e.id] })),
  );
}

const ITEM_KIND = { characters: 'character', plugins: 'plugin', stories: 'story' } as const;

/** Whose events a page's chart shows: the account's on Earnings and Audience, an item's on its page. */
export function pageScope(dashboard: DataPageId, id: string | undefined): TimelineScope | null {
  if (dashboard === 'earnings' || dashboard === 'audience') return id === undefined ? { kind: 'account' } : null;
  if (dashboard === 'characters' || dashboard === 'plugins' || dashboard === 'stories') return id === undefined ? null : { kind: ITEM_KIND[dashboard], id };
  return null;
}

export async function eventsExport(
  reads: NamedReads,
  req: { dashboard: DataPageId; table: string; period: PeriodSpec; id?: string },
  at: ReadAt,
): Promise<{ table: CsvTable; range: { from: string; to: string } } | null> {
  if (req.table !== EVENTS_TABLE) return null;
  const scope = pageScope(req.dashboard, req.id);
  if (!scope) return null;
  const { current } = resolvePeriod(req.period, at.zone, at.nowMs);
  const range = { from: current.from, to: current.to };
  const { events } = await reads.read('events', { scope, ...range }, at);
  return { table: eventsTable(events), range };
}
