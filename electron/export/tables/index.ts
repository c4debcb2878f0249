import type { ParsedInput } from '../../api/contract';
import type { ApiContext } from '../../api/context';
import { reportingTimezone } from '../../api/handlers';
import { earningsDashboard } from '../../../db/queries/earnings';
import { supportInPeriod } from '../../../db/queries/earnings/support';
import { earningsTables } from './earnings';
import { contentTable } from './content-lookup';
import { audienceTable } from './audience-lookup';
import { ownTable, type CsvTable } from './types';

/** A table of a dashboard, computed by the same query the page draws from. */
export async function dashboardTable(ctx: ApiContext, input: ParsedInput<'exportTable'>): Promise<{ table: CsvTable; range: { from: string; to: string } } | null> {
  const zone = reportingTimezone(ctx);
  const now = ctx.now().getTime();
  switch (input.dashboard) {
    case 'earnings': {
      const d = await earningsDashboard(ctx.db, input.period, zone, now, ctx.reader);
      // The page lists the newest support; its export has every one in the period.
      if (input.table === 'support') d.support = supportInPeriod(ctx.db, d.period.current, -1);
      const table = ownTable(earningsTables(d), input.table);
      return table ? { table, range: d.period.current } : null;
    }
    case 'characters':
    case 'plugins':
    case 'stories':
      return contentTable(ctx.db, { ...input, dashboard: input.dashboard }, zone, now, ctx.reader);
    case 'audience':
    case 'review':
      return audienceTable(ctx.db, { ...input, dashboard: input.dashboard }, zone, now);
    default:
      return null;
  }
}
