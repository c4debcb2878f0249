// Finds an Audience or review table by page and name. The review is named by its period key in
// `id` ('2026-W47', '2026-11'); its period is that week or month whatever `period` says.
import type { Db } from '../../../db/open';
import { audienceDashboard } from '../../../db/queries/audience';
import { reviewPayload } from '../../../db/queries/review';
import { cadenceOf, currentKey, isReviewKey } from '../../../db/queries/review/period-key';
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

export function audienceTable(db: Db, req: AudienceTableRequest, zone: string, nowMs: number): Found {
  if (req.dashboard === 'audience') {
    const d = audienceDashboard(db, req.period, zone, nowMs);
    const t = ownTable(audienceTables(d), req.table);
    return t ? { table: t, range: d.period.current } : null;
  }
  const key = req.id && isReviewKey(req.id) ? req.id : currentKey('week', zone, nowMs);
  const r = reviewPayload(db, key, cadenceOf(key), zone, nowMs);
  const t = ownTable(reviewTables(r), req.table);
  return t ? { table: t, range: r.period.current } : null;
}
