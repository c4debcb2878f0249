// The Audience dashboard, the insights and the weekly/monthly review.
import { saveThresholds, thresholdsView } from '../../../db/queries/insights/thresholds';
import { saveNote } from '../../../db/queries/review/notes';
import type { HandlersOf } from '../handler-types';
import { readAt } from '../read-at';

type AudienceMethod = 'audience' | 'insights' | 'review' | 'saveReviewNote' | 'getInsightThresholds' | 'saveInsightThresholds';

export const audienceHandlers: HandlersOf<AudienceMethod> = {
  audience: (ctx, input) => ctx.core.read('audience', input, readAt(ctx)),
  insights: (ctx, input) => ctx.core.read('insights', input, readAt(ctx)),
  review: (ctx, input) => ctx.core.read('review', input, readAt(ctx)),
  saveReviewNote: (ctx, input) => saveNote(ctx.db, input, ctx.now()),
  getInsightThresholds: (ctx) => thresholdsView(ctx.db),
  saveInsightThresholds: (ctx, input) => saveThresholds(ctx.db, input.thresholds),
};
