// Finds an Audience or review table by page and name. The review is named by its period key in
// `id` ('2026-W47', '2026-11'); its period is that week or month whatever `period` says.
import type { NamedReads, ReadAt } from '../../../db/data-core';
import { currentKey, isReviewKey } from '../../../db/queries/review/period-key';
import type { PeriodSpec } from '../../../db/queries/types/period';
import { audienceTables } from './audience';
import { reviewTables } from './review';
import { ownTable, type CsvTable } from './types';

export interface AudienceTableRequest {
  dashboard: 'audience' | 'review';
  table: string;
  period: PeriodSpec;
  id?: string;
}

type Found = { table: CsvTable; range: { from: string; to: string } } | null;

export async function audienceTable(reads: NamedReads, req: AudienceTableRequest, at: ReadAt): Promise<Found> {
  if (req.dashboard === 'audience') {
    const d = await reads.read('audience', { period: req.period }, at);
    const t = ownTable(audienceTables(d), req.table);
    return t ? { table: t, range: d.period.current } : null;
  }
  const key = req.id && isReviewKey(req.id) ? req.id : currentKey('week', at.zone, at.nowMs);
  const r = await reads.read('review', { key }, at);
  const t = ownTable(reviewTables(r), req.table);
  return t ? { table: t, range: r.period.current } : null;
}
