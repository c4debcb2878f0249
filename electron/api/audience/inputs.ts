// Input schemas of the Audience, insights and review methods.
import { z } from 'zod';
import { isReviewKey } from '../../../db/queries/review/period-key';
import { THRESHOLD_META } from '../../../db/queries/insights/threshold-meta';
import type { ThresholdKey } from '../../../db/queries/types/insights';
import { empty } from '../schemas';

/** '2026-W47' (ISO week) or '2026-11' (month). */
export const ReviewKey = z.string().max(8).refine(isReviewKey, 'a review period: an ISO week like 2026-W47 or a month like 2026-11');

/** A checklist item ('earnings-trend') or an insight ('insight:greeting:chr_0002'). */
const ReviewItemKey = z
  .string()
  .min(1)
  .max(300)
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'no control characters');

/** Every threshold is optional (a patch) and must lie in its allowed range. */
const ThresholdPatch = z
  .object(Object.fromEntries(THRESHOLD_META.map((m) => [m.key, z.number().finite().min(m.min).max(m.max).optional()])) as { [K in ThresholdKey]: z.ZodOptional<z.ZodNumber> })
  .strict();

export const audienceInputs = {
  insights: z.object({ key: ReviewKey.optional() }).strict(),
  review: z.object({ key: ReviewKey.optional(), cadence: z.enum(['week', 'month']).optional() }).strict(),
  // Notes are kept to 500 characters when saved; the input allows some slack for whitespace.
  saveReviewNote: z.object({ key: ReviewKey, item: ReviewItemKey, checked: z.boolean(), note: z.string().max(2000) }).strict(),
  getInsightThresholds: empty,
  saveInsightThresholds: z.object({ thresholds: ThresholdPatch }).strict(),
};
