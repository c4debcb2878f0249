// Finds an Earnings table by name, computed by the same query the page draws from.
import type { Db } from '../../../db/open';
import { earningsDashboard } from '../../../db/queries/earnings';
import { supportInPeriod } from '../../../db/queries/earnings/support';
import type { PeriodSpec } from '../../../db/queries/types/period';
import type { Reader } from '../../../db/reader';
import { earningsTables } from './earnings';
import { ownTable, type CsvTable } from './types';

export interface EarningsTableRequest {
  dashboard: 'earnings';
  table: string;
  period: PeriodSpec;
}

export async function earningsTable(db: Db, req: EarningsTableRequest, zone: string, nowMs: number, reader?: Reader): Promise<{ table: CsvTable; range: { from: string; to: string } } | null> {
  const d = await earningsDashboard(db, req.period, zone, nowMs, reader);
  // The page lists the newest support; its export has every one in the period.
  if (req.table === 'support') d.support = supportInPeriod(db, d.period.current, -1);
  const table = ownTable(earningsTables(d), req.table);
  return table ? { table, range: d.period.current } : null;
}
