import type { Granularity } from '../../time/buckets';
import type { BucketSpan, Compared, PeriodInfo } from './period';
import type { ItemOutlook } from './outlook';

// Payloads of the Characters, Plugins and Stories dashboards. Counts and ratios are plain numbers
// (ratios as fractions, 0.12 = 12%); a ratio whose denominator is zero is null, never Infinity or NaN.
// Money stays an exact decimal string per currency.

/** Which stats days a view counts: UTC dates, both windows cut to the same published length. */
export interface StatsCoverage {
  /** The last stats day synced (the platform publishes a UTC day after it ends); null: none yet. */
  through: string | null;
  current: { from: string; to: string } | null;
  previous: { from: string; to: string } | null;
}

/** A count or ratio with the same measure over the comparison period (previous: null without one). */
export type NumCompared = Compared<number | null>;

/** The typical band: 10th–90th percentile of an item's own last comparable periods. */
export interface BandView {
  low: number;
  median: number;
  high: number;
  samples: number;
}

export interface Kpi extends NumCompared {
  band: BandView | null;
  against: 'above' | 'below' | 'usual' | 'unknown';
  /** For a rate, what it divides in the period (so the rate can be checked); null for a count. */
  parts: { numerator: number | null; denominator: number | null } | null;
}

export interface MetricSeries {
  /** One value per bucket; null where no stats day falls in the bucket (or a ratio has no denominator). */
  values: (number | null)[];
  /** The comparison period, bucket by bucket (aligned by position); null without a comparison. */
  previous: (number | null)[] | null;
  /** The typical band per bucket position; null when there is not enough history. */
  bandLow: (number | null)[] | null;
  bandHigh: (number | null)[] | null;
}

export interface SeriesSet<K extends string> {
  granularity: Granularity;
  /** The days the buckets cover (the period's), so a chart can say which buckets are partial. */
  span: BucketSpan;

  /** Bucket starts: UTC stats dates (the day, the Monday of the week, or the first of the month). */
  buckets: string[];
  /** Position of the first bucket holding provisional days (the platform may still revise them), or null. */
  provisionalFrom: number | null;
  /** How many past periods of the same length the bands are made of (0: no band). */
  bandPeriods: number;
  metrics: Record<K, MetricSeries>;
}

/** One entry of a breakdown (scenario, model, milestone, identity) over the period. */
export interface Breakdown {
  key: string;
  name: string;
  value: number;
  previous: number | null;
  /** Percent of the item's total (chats, plays), one decimal: null when that total is zero. Parts of
   *  one whole add up to 100.0. */
  sharePct: number | null;
}

/** An exact money amount over a time axis, per currency. */
export interface MoneySeries {
  currency: string;
  values: string[];
  previous: string[] | null;
}

// ---- Characters ----

export type CharacterMetric =
  | 'chatsStarted'
  | 'messages'
  | 'tokens'
  | 'activeUsers30d'
  | 'avgMessagesPerChat'
  | 'avgRating'
  | 'ratingCount'
  | 'conversion'
  | 'chatsFromProfile'
  | 'returnRate'
  | 'profileViews'
  | 'embedTokens';

/** A character's embed/API price: what a business pays per million tokens, set by the creator. */
export interface EmbedPrice {
  currency: string;
  /** Exact decimal string per million tokens. */
  perMillion: string;
  /** At the platform's minimum (3.75 USD per million tokens). */
  atMinimum: boolean;
  /** The local day the price was set (the first version of the row that carried it). */
  since: string;
}

/** One price a character had, and how it moved from the one before. */
export interface PriceVersion {
  day: string;
  /** The version's instant as the platform sent it. */
  at: string;
  currency: string;
  perMillion: string;
  /** The price before it; null for the first one seen. */
  previous: string | null;
  change: 'set' | 'rise' | 'cut' | 'currency';
}

/** Why a figure is not available (the platform does not send it, or not for these days); null: it is. */
export type Unavailable = string | null;

/** Distinct users ever and new ones, from the platform's end-of-day count of distinct users. */
export interface UniqueUsers {
  /** Distinct users who ever chatted, at the end of the period's last stats day. */
  total: number | null;
  /** The stats day `total` was counted on. */
  asOf: string | null;
  /** Distinct users gained in the period: the count at its end minus the count the day before it started. */
  new: NumCompared;
  unavailable: Unavailable;
}

export interface CharacterMoney {
  currency: string;
  /** Chat share + embed earned in the 30 days ending with the period (previous: ending with the comparison period). */
  earnings30d: Compared;
  /** Chat share + embed earned in the period: marketplace + embed. */
  earned: Compared;
  /** Revenue by source within the period: chat share (marketplace) and embed/API. */
  marketplace: Compared;
  embed: Compared;
  /** Embed/API earned per million embed tokens used in the period (exact); null without embed tokens
   *  (none used, or not available). */
  embedPerMillion: Compared<string | null>;
}

/** Where a character sits on conversion × messages-per-chat, against the creator's own medians. */
export type Quadrant = 'hooks-and-holds' | 'hooks-not-holds' | 'holds-not-hooks' | 'neither';

export interface CharacterRow {
  id: string;
  name: string;
  metrics: Record<CharacterMetric, NumCompared>;
  money: CharacterMoney[];
  topScenario: Breakdown | null;
  topModel: Breakdown | null;
  /** Chats started per bucket of the period. */
  spark: (number | null)[];
  quadrant: Quadrant | null;
  embedPrice: EmbedPrice | null;
  users: UniqueUsers;
}

export interface CharactersDashboard {
  period: PeriodInfo;
  stats: StatsCoverage;
  granularity: Granularity;
  buckets: string[];
  /** Currencies any character earned in (over the windows shown). */
  currencies: string[];
  characters: CharacterRow[];
  /** The creator's own medians over characters with a value: the quadrant chart's cross-hairs. */
  medians: { conversion: number | null; avgMessagesPerChat: number | null };
  /** Why embed prices, embed tokens or unique users are not available, account-wide (older platforms). */
  unavailable: { embedPrice: Unavailable; embedTokens: Unavailable; users: Unavailable };
}

/** Chats of a length bucket ('1', '2', '3', '4-5', '6-10', '11-20', '21-50', '51+'). */
export interface ChatLengthBucket {
  length: string;
  chats: number;
  previous: number | null;
  /** Percent of the period's ended chats, one decimal; null without chats. */
  sharePct: number | null;
}

/** A point of the drop-off curve: the share of chats still going after `after` messages. */
export interface DropOffPoint {
  after: number;
  share: number | null;
  previous: number | null;
}

/** Where conversations end: chats by length and the drop-off curve, for the period and its comparison. */
export interface ChatLengths {
  buckets: ChatLengthBucket[];
  curve: DropOffPoint[];
  total: number;
  /** Null when the comparison period is not available (or there is none). */
  previousTotal: number | null;
  unavailable: Unavailable;
  /** Why the comparison is not available, when there is one and it is not. */
  previousUnavailable: Unavailable;
}

/** A topic label of the platform's, with its chats in the period and the comparison period. */
export interface TopicRow {
  topic: string;
  chats: number;
  previous: number | null;
  /** Its rank now; null for a topic counted only in the comparison period (it fell out). */
  rank: number | null;
  /** Its rank in the comparison period; null when it had no counted chats there (or no comparison). */
  previousRank: number | null;
  /** Percent of the period's topic chats, one decimal. */
  sharePct: number | null;
}

export interface Topics {
  rows: TopicRow[];
  unavailable: Unavailable;
  previousUnavailable: Unavailable;
}

/** The embed price of a character, what it earned per million embed tokens, and its price history. */
export interface EmbedPricing {
  price: EmbedPrice | null;
  history: PriceVersion[];
  /** The currencies embed earned in, in the period or the comparison period: those its earnings per
   *  million tokens are shown in. */
  currencies: string[];
  unavailable: { price: Unavailable; tokens: Unavailable };
}

export interface PeakHours {
  zone: string;
  /** [weekday: 0 = Monday … 6 = Sunday][local hour 0–23]: chats started, account-wide. */
  grid: number[][];
  total: number;
  peak: { weekday: number; hour: number; chats: number } | null;
  /** The UTC dates read (at least the 28 ending with the period's last stats day); null without a window. */
  from: string | null;
  to: string | null;
  days: number;
}

export interface CharacterInfo {
  id: string;
  name: string;
  createdAt: string;
  tags: string[];
  greetingUpdatedAt: string | null;
}

export interface CharacterDetail {
  period: PeriodInfo;
  stats: StatsCoverage;
  character: CharacterInfo;
  kpis: Record<CharacterMetric, Kpi>;
  series: SeriesSet<CharacterMetric>;
  money: CharacterMoney[];
  /** Chat share + embed per bucket (local days of the reporting timezone), per currency. */
  moneySeries: MoneySeries[];
  scenarios: Breakdown[];
  models: Breakdown[];
  peakHours: PeakHours;
  /** This month ahead: its money and chats, estimated. */
  outlook: ItemOutlook;
  embed: EmbedPricing;
  users: UniqueUsers;
  chatLengths: ChatLengths;
  topics: Topics;
}

export interface MetricDifference {
  metric: CharacterMetric;
  a: number | null;
  b: number | null;
  /** b − a; null when either side is undefined. */
  diff: number | null;
  /** (b − a) / |a| as a fraction; null when a is zero or undefined. */
  diffPct: number | null;
}

export interface CharacterComparison {
  period: PeriodInfo;
  stats: StatsCoverage;
  a: CharacterDetail;
  b: CharacterDetail;
  differences: MetricDifference[];
}

// ---- Plugins ----

export type PluginMetric =
  | 'installsTotal'
  | 'installs'
  | 'uninstalls'
  | 'activeChats7d'
  | 'chats'
  | 'chatsPerInstall'
  | 'activeRatio'
  | 'rating'
  | 'ratingCount';

export interface PluginRow {
  id: string;
  name: string;
  metrics: Record<PluginMetric, NumCompared>;
  commission: { currency: string; amount: Compared }[];
  /** Active-in-chats (7 days) to installs ratio below the churn threshold. */
  churn: boolean;
  /** That ratio per bucket (its trend). */
  ratioTrend: (number | null)[];
}

export interface PluginsDashboard {
  period: PeriodInfo;
  stats: StatsCoverage;
  granularity: Granularity;
  buckets: string[];
  currencies: string[];
  churnThreshold: number;
  plugins: PluginRow[];
}

export interface PluginDetail {
  period: PeriodInfo;
  stats: StatsCoverage;
  plugin: { id: string; name: string; createdAt: string; tags: string[] };
  kpis: Record<PluginMetric, Kpi>;
  series: SeriesSet<PluginMetric>;
  commission: { currency: string; amount: Compared }[];
  commissionSeries: MoneySeries[];
  churn: boolean;
  churnThreshold: number;
  /** This month ahead: its commission and chats, estimated. */
  outlook: ItemOutlook;
}

// ---- Stories ----

export type StoryMetric = 'plays' | 'avgPlaytime' | 'completionRate' | 'replayRate' | 'completions' | 'replays';

export interface ChapterStep {
  chapter: number;
  title: string;
  reached: number;
  dropped: number;
  /** dropped / reached; null when nobody reached it. */
  dropRate: number | null;
}

export interface DropOff {
  chapter: number;
  title: string;
  dropped: number;
  /** The chapter before the drop, where engagement waned: the one to revise (null when the drop is in the first chapter). */
  revise: { chapter: number; title: string } | null;
}

export interface StoryRow {
  id: string;
  title: string;
  metrics: Record<StoryMetric, NumCompared>;
  topIdentity: Breakdown | null;
  /** Up to three, most hits first. */
  topMilestones: Breakdown[];
  dropOff: DropOff | null;
  /** Plays per bucket. */
  spark: (number | null)[];
}

export interface StoriesDashboard {
  period: PeriodInfo;
  stats: StatsCoverage;
  granularity: Granularity;
  buckets: string[];
  stories: StoryRow[];
}

/** A milestone or identity over time. */
export interface KeyedSeries extends Breakdown {
  values: (number | null)[];
}

export interface StoryDetail {
  period: PeriodInfo;
  stats: StatsCoverage;
  story: { id: string; title: string; createdAt: string; tags: string[] };
  kpis: Record<StoryMetric, Kpi>;
  series: SeriesSet<StoryMetric>;
  funnel: ChapterStep[];
  dropOff: DropOff | null;
  milestones: KeyedSeries[];
  identities: KeyedSeries[];
  /** This month ahead: its plays (and prizes, where it has any), estimated. */
  outlook: ItemOutlook;
}
