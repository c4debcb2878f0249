// A table of any page that exports tables, computed by the same query the page draws from: each
// page's lookup, by the page's id (db/dashboards.ts).
import { EVENTS_TABLE, type DataPageId } from '../../../db/dashboards';
import type { NamedReads, ReadAt } from '../../../db/data-core';
import type { PeriodSpec } from '../../../db/queries/types/period';
import { audienceTable } from './audience-lookup';
import { contentTable } from './content-lookup';
import { earningsTable } from './earnings-lookup';
import { eventsExport } from './events';
import type { CsvTable } from './types';

export interface TableRequest<P extends DataPageId = DataPageId> {
  dashboard: P;
  table: string;
  period: PeriodSpec;
  /** An item's page (a character's, a plugin's...), two compared characters, or the review's period key. */
  id?: string;
}

type Found = { table: CsvTable; range: { from: string; to: string } } | null;
type Lookup<P extends DataPageId> = (reads: NamedReads, req: TableRequest<P>, at: ReadAt) => Found | Promise<Found>;

const LOOKUPS: { [P in DataPageId]: Lookup<P> } = {
  earnings: earningsTable,
  characters: contentTable,
  plugins: contentTable,
  stories: contentTable,
  audience: audienceTable,
  review: audienceTable,
};

/** The table computed by the same named read (db/data-core) as the page draws from, for the same zone and instant. */
export async function dashboardTable(reads: NamedReads, req: TableRequest, at: ReadAt): Promise<Found> {
  if (req.table === EVENTS_TABLE) return eventsExport(reads, req, at);
  // Each lookup takes its own page's requests; TypeScript cannot follow that through the index.
  const lookup = LOOKUPS[req.dashboard] as Lookup<DataPageId>;
  return lookup(reads, req, at);
}
