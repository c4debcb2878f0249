// A table of any page that exports tables, computed by the same query the page draws from: each
// page's lookup, by the page's id (db/dashboards.ts).
import { EVENTS_TABLE, type DataPageId } from '../../../db/dashboards';
import type { Db } from '../../../db/open';
import type { PeriodSpec } from '../../../db/queries/types/period';
import type { Reader } from '../../../db/reader';
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
type Lookup<P extends DataPageId> = (db: Db, req: TableRequest<P>, zone: string, nowMs: number, reader?: Reader) => Found | Promise<Found>;

const LOOKUPS: { [P in DataPageId]: Lookup<P> } = {
  earnings: earningsTable,
  characters: contentTable,
  plugins: contentTable,
  stories: contentTable,
  audience: audienceTable,
  review: audienceTable,
};

export async function dashboardTable(db: Db, req: TableRequest, zone: string, nowMs: number, reader?: Reader): Promise<Found> {
  // Each lookup takes its own page's requests; TypeScript cannot follow that through the index.
  if (req.table === EVENTS_TABLE) return eventsExport(db, req, zone, nowMs);
  const lookup = LOOKUPS[req.dashboard] as Lookup<DataPageId>;
  return lookup(db, req, zone, nowMs, reader);
}
