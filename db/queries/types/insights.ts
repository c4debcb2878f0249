// "What to do next": insights derived from the local database only, reproducible (same data and
// thresholds, same cards in the same order), each with its numbers, why it matters, the move and
// a link to the view that shows the evidence.

export type InsightRule = 'greeting' | 'sticking' | 'embed-minimum' | 'embed-rise' | 'story-dropoff' | 'plugin-churn' | 'country' | 'hashtag' | 'movers';

export interface InsightFigure {
  label: string;
  value: string;
}

export interface Insight {
  /** Stable across runs: rule and subject, e.g. 'greeting:chr_0002'. */
  id: string;
  rule: InsightRule;
  title: string;
  /** The finding, with its numbers, in one or two sentences. */
  finding: string;
  figures: InsightFigure[];
  why: string;
  move: string;
  evidence: { label: string; href: string };
  /** How strong the signal is; orders cards within a rule (bigger first). */
  strength: number;
}

export interface RuleCheck {
  rule: InsightRule;
  label: string;
  /** The rule as it was applied, with the current thresholds written in. */
  definition: string;
  fired: number;
  /** Why nothing fired or what was skipped, when that helps (e.g. too little data). */
  note: string | null;
}

export interface InsightsResult {
  /** The stats days the rate rules looked at, and the window before them (for changes of share). */
  window: { from: string; to: string; days: number } | null;
  previousWindow: { from: string; to: string; days: number } | null;
  /** The review period the movers were measured on, and how many past periods made their band. */
  moversPeriod: { from: string; to: string; periods: number; unit: 'week' | 'month' } | null;
  insights: Insight[];
  rules: RuleCheck[];
  thresholds: InsightThresholds;
}

/** Adjustable thresholds; every value is in the unit the settings page shows. */
export interface InsightThresholds {
  windowDays: number;
  greetingBelowMedianPct: number;
  minProfileViews: number;
  stickyConversionAboveMedianPct: number;
  stickyMessagesBelowMedianPct: number;
  embedMinimumCount: number;
  embedRiseWithinDays: number;
  embedDropPct: number;
  storyDropPct: number;
  storyDropVsMedian: number;
  storyMinPlayers: number;
  pluginMinInstalls: number;
  pluginActivePct: number;
  countryRisePoints: number;
  countryLargePct: number;
  hashtagTopN: number;
  moverChangePct: number;
  moverCount: number;
}

export type ThresholdKey = keyof InsightThresholds;

export interface ThresholdMeta {
  key: ThresholdKey;
  rule: InsightRule | 'all';
  label: string;
  help: string;
  unit: '%' | '×' | 'points' | 'days' | 'count';
  min: number;
  max: number;
  step: number;
  default: number;
}

export interface ThresholdsView {
  values: InsightThresholds;
  meta: ThresholdMeta[];
}
