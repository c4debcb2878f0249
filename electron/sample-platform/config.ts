// Scale presets of the sample platform and the options it starts from.

export type Scale = 'default' | 'large' | 'tiny';

export interface ScaleConfig {
  scale: Scale;
  /** Days of history up to and including `today`. */
  days: number;
  characters: number;
  plugins: number;
  stories: number;
  countries: number;
  /** Mean ledger rows per day (before growth and weekly seasonality). */
  ledgerPerDay: number;
  /** Share of ledger rows that are fan support. */
  supportShare: number;
  /** Multiplier on audience-wide counts (followers, country users, hashtag impressions). */
  audience: number;
  /** Days between announcements. */
  announcementEvery: number;
}

export const SCALES: Record<Scale, ScaleConfig> = {
  tiny: {
    scale: 'tiny', days: 40, characters: 3, plugins: 2, stories: 1, countries: 4,
    ledgerPerDay: 4, supportShare: 0.12, audience: 0.2, announcementEvery: 14,
  },
  default: {
    scale: 'default', days: 730, characters: 12, plugins: 5, stories: 4, countries: 10,
    ledgerPerDay: 70, supportShare: 0.015, audience: 1, announcementEvery: 30,
  },
  large: {
    scale: 'large', days: 1826, characters: 500, plugins: 200, stories: 100, countries: 12,
    ledgerPerDay: 1150, supportShare: 0.006, audience: 25, announcementEvery: 7,
  },
};

export interface Faults {
  /** Every Nth request answers 429 with Retry-After (0 = off). */
  rateLimitEvery: number;
  retryAfterSeconds: number;
  /** Probability 0..1 of a 500/502/503 (seeded, deterministic in request order). */
  serverErrorRate: number;
  /** Added delay per request. */
  latencyMs: number;
  /** Every Nth collection response has its body cut in half (0 = off). */
  truncateEvery: number;
  /** That resource's pages include one row violating its schema. */
  malformedRow: { resource: string; id?: string } | null;
  /** Every Nth request never answers; the connection is held open (0 = off). */
  hangEvery: number;
}

export const NO_FAULTS: Faults = {
  rateLimitEvery: 0,
  retryAfterSeconds: 1,
  serverErrorRate: 0,
  latencyMs: 0,
  truncateEvery: 0,
  malformedRow: null,
  hangEvery: 0,
};

export interface SamplePlatformOptions {
  /** Default 42. */
  seed?: number;
  /** tiny = a few rows per resource for fast tests. Default 'default'. */
  scale?: Scale;
  /** Bearer token accepted (default 'demo-token'). The token 'no-scope-token' gets 403. */
  token?: string;
  /** 0 = a free port (default). */
  port?: number;
  /** 'YYYY-MM-DD': the UTC "current day" of the dataset; default today's UTC date. */
  today?: string;
  faults?: Partial<Faults>;
  /** An older platform: no embed prices, users_total or embed_tokens, and no chat-length or topic
   *  collections (a 404 for them). Default false. */
  older?: boolean;
}

/** A token the platform knows but that lacks the read scope: every request answers 403. */
export const NO_SCOPE_TOKEN = 'no-scope-token';
