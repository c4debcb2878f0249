// The insight thresholds: defaults, allowed ranges and the words the settings page shows next to
// each. Plain data with no database code, so the API contract can validate against it too.
import type { InsightThresholds, ThresholdMeta } from '../types/insights';

export const THRESHOLD_META: readonly ThresholdMeta[] = [
  { key: 'windowDays', rule: 'all', label: 'Days of stats looked at', help: 'Rates and shares are measured over this many days of stats, ending with the review period.', unit: 'days', min: 7, max: 90, step: 1, default: 28 },
  { key: 'greetingBelowMedianPct', rule: 'greeting', label: 'Conversion below', help: 'of your median character’s profile-to-chat conversion.', unit: '%', min: 10, max: 90, step: 5, default: 50 },
  { key: 'minProfileViews', rule: 'greeting', label: 'Profile views at least', help: 'in the window before a character’s conversion is judged (also for “Not sticking”).', unit: 'count', min: 10, max: 100_000, step: 10, default: 200 },
  { key: 'stickyConversionAboveMedianPct', rule: 'sticking', label: 'Conversion at least', help: 'of your median conversion (the greeting works)…', unit: '%', min: 100, max: 400, step: 5, default: 125 },
  { key: 'stickyMessagesBelowMedianPct', rule: 'sticking', label: '…with messages per chat at most', help: 'of your median messages per chat (the character does not hold attention).', unit: '%', min: 10, max: 90, step: 5, default: 50 },
  { key: 'embedMinimumCount', rule: 'embed-minimum', label: 'Name at most', help: 'characters at the minimum price, most embed tokens first.', unit: 'count', min: 1, max: 20, step: 1, default: 3 },
  { key: 'embedRiseWithinDays', rule: 'embed-rise', label: 'A price rise in the last', help: 'days (with at least a week of stats after it)…', unit: 'days', min: 14, max: 365, step: 1, default: 90 },
  { key: 'embedDropPct', rule: 'embed-rise', label: '…followed by embed tokens a day down at least', help: 'against as many days before the rise.', unit: '%', min: 5, max: 90, step: 5, default: 25 },
  { key: 'storyDropPct', rule: 'story-dropoff', label: 'A chapter losing at least', help: 'of the players who reach it…', unit: '%', min: 5, max: 95, step: 1, default: 35 },
  { key: 'storyDropVsMedian', rule: 'story-dropoff', label: '…and at least', help: 'times the story’s median chapter drop rate.', unit: '×', min: 1, max: 10, step: 0.5, default: 2 },
  { key: 'storyMinPlayers', rule: 'story-dropoff', label: 'Players reaching it at least', help: 'in the window, so a handful of players cannot make a drop-off.', unit: 'count', min: 10, max: 100_000, step: 10, default: 100 },
  { key: 'pluginMinInstalls', rule: 'plugin-churn', label: 'Installs at least', help: 'on the newest stats day (the platform’s end-of-day total)…', unit: 'count', min: 10, max: 1_000_000, step: 10, default: 1000 },
  { key: 'pluginActivePct', rule: 'plugin-churn', label: '…with chats active in 7 days under', help: 'of installs (the platform’s 7-day count on the newest day).', unit: '%', min: 1, max: 90, step: 1, default: 5 },
  { key: 'countryRisePoints', rule: 'country', label: 'Share up at least', help: 'percentage points against the window before (rising fast)…', unit: 'points', min: 0.5, max: 50, step: 0.5, default: 3 },
  { key: 'countryLargePct', rule: 'country', label: '…or a share of at least', help: 'of daily active users, having been under half that share a quarter earlier (newly large).', unit: '%', min: 2, max: 90, step: 1, default: 15 },
  { key: 'hashtagTopN', rule: 'hashtag', label: 'Look at the top', help: 'hashtags by impressions, for tags none of your works carries.', unit: 'count', min: 1, max: 20, step: 1, default: 3 },
  { key: 'moverChangePct', rule: 'movers', label: 'Outside the typical band and at least', help: 'away from the usual (median) value.', unit: '%', min: 5, max: 500, step: 5, default: 25 },
  { key: 'moverCount', rule: 'movers', label: 'Show at most', help: 'movers, biggest change first, one per work.', unit: 'count', min: 1, max: 20, step: 1, default: 3 },
];

export const DEFAULT_THRESHOLDS: InsightThresholds = Object.fromEntries(THRESHOLD_META.map((m) => [m.key, m.default])) as unknown as InsightThresholds;

