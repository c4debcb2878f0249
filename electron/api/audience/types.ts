// What the Audience, insights and review methods answer: the payloads their queries build (db/queries/types).
import type { AudienceDashboard } from '../../../db/queries/types/audience';
import type { InsightsResult, ThresholdsView } from '../../../db/queries/types/insights';
import type { ReviewNote, ReviewPayload } from '../../../db/queries/types/review';

export interface AudienceOutputs {
  audience: AudienceDashboard;
  insights: InsightsResult;
  review: ReviewPayload;
  saveReviewNote: ReviewNote;
  getInsightThresholds: ThresholdsView;
  saveInsightThresholds: ThresholdsView;
}
