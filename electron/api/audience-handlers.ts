// Handlers of the Audience dashboard, the insights and the weekly/monthly review, kept apart from
// the shared handler table so they can grow without touching it.
import { audienceDashboard } from '../../db/queries/audience';
import { insightsFor } from '../../db/queries/insights';
import { saveThresholds, thresholdsView } from '../../db/queries/insights/thresholds';
import { reviewPayload } from '../../db/queries/review';
import { saveNote } from '../../db/queries/review/notes';
import { cadenceOf } from '../../db/queries/review/period-key';
import type { ApiContext } from './context';
import type { Handlers } from './handlers';

type AudienceMethod = 'audience' | 'insights' | 'review' | 'saveReviewNote' | 'getInsightThresholds' | 'saveInsightThresholds';

/** The zone comes from the shared handler table (a parameter, so this module does not import it back). */
export function audienceHandlers(zoneOf: (ctx: ApiContext) => string): Pick<Handlers, AudienceMethod> {
  return {
    audience: (ctx, input) => audienceDashboard(ctx.db, input.period, zoneOf(ctx), ctx.now().getTime()),
    insights: (ctx, input) => insightsFor(ctx.db, input.key, zoneOf(ctx), ctx.now().getTime()),
    review: (ctx, input) =>
      reviewPayload(ctx.db, input.key, input.key ? cadenceOf(input.key) : (input.cadence ?? 'week'), zoneOf(ctx), ctx.now().getTime()),
    saveReviewNote: (ctx, input) => saveNote(ctx.db, input, ctx.now()),
    getInsightThresholds: (ctx) => thresholdsView(ctx.db),
    saveInsightThresholds: (ctx, input) => saveThresholds(ctx.db, input.thresholds),
  };
}
