// The Audience dashboard, the insights and the weekly/monthly review.
import { audienceDashboard } from '../../../db/queries/audience';
import { insightsFor } from '../../../db/queries/insights';
import { saveThresholds, thresholdsView } from '../../../db/queries/insights/thresholds';
import { reviewPayload } from '../../../db/queries/review';
import { saveNote } from '../../../db/queries/review/notes';
import { cadenceOf } from '../../../db/queries/review/period-key';
import { reportingZone } from '../../../db/rollups';
import type { HandlersOf } from '../handler-types';

type AudienceMethod = 'audience' | 'insights' | 'review' | 'saveReviewNote' | 'getInsightThresholds' | 'saveInsightThresholds';

export const audienceHandlers: HandlersOf<AudienceMethod> = {
  audience: (ctx, input) => audienceDashboard(ctx.db, input.period, reportingZone(ctx.db), ctx.now().getTime()),
  insights: (ctx, input) => insightsFor(ctx.db, input.key, reportingZone(ctx.db), ctx.now().getTime()),
  review: (ctx, input) =>
    reviewPayload(ctx.db, input.key, input.key ? cadenceOf(input.key) : (input.cadence ?? 'week'), reportingZone(ctx.db), ctx.now().getTime()),
  saveReviewNote: (ctx, input) => saveNote(ctx.db, input, ctx.now()),
  getInsightThresholds: (ctx) => thresholdsView(ctx.db),
  saveInsightThresholds: (ctx, input) => saveThresholds(ctx.db, input.thresholds),
};
