// The checklists of the earnings guide ("Dashboard checklist"), in its order and words, with what
// to look for taken from the guides' "Analytics deep dive" and "Optimizing earnings".
import type { ReviewCadence, ReviewItem, ReviewItemId, ReviewList, ReviewMetric } from '../types/review';

export const CHECKLIST: readonly { id: ReviewItemId; cadence: ReviewCadence; title: string; guide: string }[] = [
  {
    id: 'earnings-trend',
    cadence: 'week',
    title: 'Check earnings trends',
    guide: 'Is this week up or down on last week, and which stream moved? Where money comes from tells you where to spend your next 10 hours.',
  },
  {
    id: 'conversation-metrics',
    cadence: 'week',
    title: 'Review conversation metrics',
    guide: 'Longer, better conversations mean more revenue. Watch messages per chat (does a character hold attention?) and profile-to-chat conversion (does the greeting work?).',
  },
  {
    id: 'new-ratings',
    cadence: 'week',
    title: 'Read new reviews',
    guide: 'Ratings affect discoverability. Look at which works got new ratings and whether their average moved; respond to reviews on the platform.',
  },
  {
    id: 'embed-usage',
    cadence: 'week',
    title: 'Monitor embed usage',
    guide: 'Embed/API revenue often exceeds marketplace revenue. Which characters do businesses use, and is it growing?',
  },
  {
    id: 'mom-growth',
    cadence: 'month',
    title: 'Analyze month-over-month growth',
    guide: 'Is revenue increasing month over month? An unfinished month is compared with the same days of the month before.',
  },
  {
    id: 'top-content',
    cadence: 'month',
    title: 'Identify top-performing content',
    guide: 'The characters, plugins and stories that pay and that people use: invest more time where it pays off.',
  },
  {
    id: 'plan-updates',
    cadence: 'month',
    title: 'Plan content updates',
    guide: 'Decide what to build or fix next. The insights below are the high-value moves the data points at.',
  },
  {
    id: 'payout-status',
    cadence: 'month',
    title: 'Review payout status',
    guide: 'Payouts process in the first week of each month once the available balance reaches the minimum. Check for failed payouts.',
  },
];

export function item(id: ReviewItemId, metrics: ReviewMetric[], lists: ReviewList[] = [], note: string | null = null): ReviewItem {
  const def = CHECKLIST.find((c) => c.id === id)!;
  return { ...def, metrics, lists, note };
}

export const moneyMetric = (id: string, label: string, currency: string, value: string, previous: string | null, extra: Partial<ReviewMetric> = {}): ReviewMetric => ({
  id,
  label,
  unit: 'money',
  currency,
  value,
  previous,
  ...extra,
});

export const countMetric = (id: string, label: string, value: number | null, previous: number | null, extra: Partial<ReviewMetric> = {}): ReviewMetric => ({
  id,
  label,
  unit: 'count',
  value,
  previous,
  ...extra,
});

/** A ratio as a percentage with one decimal; null when the denominator is zero. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** A ratio with `digits` decimals; null when the denominator is zero. */
export function ratioOf(part: number, whole: number, digits = 1): number | null {
  const f = 10 ** digits;
  return whole > 0 ? Math.round((part / whole) * f) / f : null;
}
