// Finds an Earnings table by name, computed by the same query the page draws from.
import type { NamedReads, ReadAt } from '../../../db/data-core';
import { supportInPeriod } from '../../../db/queries/earnings/support';
import type { PeriodSpec } from '../../../db/queries/types/period';
import { earningsTables } from './earnings';
import { monthOf } from './outlook';
import { ownTable, type CsvTable } from './types';

export interface EarningsTableRequest {
  dashboard: 'earnings';
  table: string;
  period: PeriodSpec;
}

export async function earningsTable(reads: NamedReads, req: EarningsTableRequest, at: ReadAt): Promise<{ table: CsvTable; range: { from: string; to: string } } | null> {
  const d = await reads.read('earnings', { period: req.period }, at);
  // The page lists the newest support; its export has every one in the period.
  if (req.table === 'support') d.support = supportInPeriod(reads.db, d.period.current, -1);
  const table = ownTable(earningsTables(d), req.table);
  return table ? { table, range: req.table === 'outlook' ? monthOf(d.outlook.month) : d.period.current } : null;
}
