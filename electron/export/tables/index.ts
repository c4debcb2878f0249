import type { Db } from '../../../db/open';
import { earningsDashboard } from '../../../db/queries/earnings';
import { supportInPeriod } from '../../../db/queries/earnings/support';
import type { PeriodSpec } from '../../../db/queries/types/period';
import type { Reader } from '../../../db/reader';
import { audienceTable } from './audience-lookup';
import { contentTable } from './content-lookup';
import { earningsTables } from './earnings';
import { ownTable, type CsvTable } from './types';

export interface TableRequest {
  dashboard: 'earnings' | 'characters' | 'plugins' | 'stories' | 'audience' | 'review';
  table: string;
  period: PeriodSpec;
  /** An item's page (a character's, a plugin's...), or the review's period key. */
  id?: string;
}

/** A table of a dashboard, computed by the same query the page draws from. */
export async function dashboardTable(db: Db, input: TableRequest, zone: string, now: number, reader?: Reader): Promise<{ table: CsvTable; range: { from: string; to: string } } | null> {
  switch (input.dashboard) {
    case 'earnings': {
      const d = await earningsDashboard(db, input.period, zone, now, reader);
      // The page lists the newest support; its export has every one in the period.
      if (input.table === 'support') d.support = supportInPeriod(db, d.period.current, -1);
      const table = ownTable(earningsTables(d), input.table);
      return table ? { table, range: d.period.current } : null;
    }
    case 'characters':
    case 'plugins':
    case 'stories':
      return contentTable(db, { ...input, dashboard: input.dashboard }, zone, now, reader);
    case 'audience':
    case 'review':
      return audienceTable(db, { ...input, dashboard: input.dashboard }, zone, now);
    default:
      return null;
  }
}
