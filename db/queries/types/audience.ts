import type { PeakHours } from './content';
import type { BucketSpan, Compared, PeriodInfo } from './period';

// The Audience dashboard: aggregates only. Nothing here describes an individual user, and the only
// demographic is country (the platform collects nothing else).

/** UTC stats days a figure covers ('YYYY-MM-DD', inclusive). */
export interface DayRange {
  from: string;
  to: string;
  days: number;
}

/** Which stats days the current and comparison figures cover: an unfinished period is compared
 *  with the same number of days of the previous one, never with all of it. */
export interface StatsDays {
  current: DayRange | null;
  previous: DayRange | null;
  /** The newest day the platform has published (null: no stats yet). */
  lastDate: string | null;
}

export interface FollowerKpis {
  /** Followers at the end of the period (and at the end of the comparison period). */
  total: Compared<number | null>;
  newFollowers: Compared<number>;
  lostFollowers: Compared<number>;
  /** The last 7 published days against the 7 days before, whatever period is selected. */
  newThisWeek: Compared<number> & { range: DayRange | null };
}

export interface FollowerSeries {
  granularity: 'day' | 'week' | 'month';
  /** The days the buckets cover (the period's), so a chart can say which buckets are partial. */
  span: BucketSpan;

  buckets: string[];
  /** Followers at the end of each bucket (null where the platform has no day yet). */
  total: (number | null)[];
  newFollowers: number[];
  lostFollowers: number[];
  /** The comparison period, aligned bucket by bucket. */
  previousTotal: (number | null)[];
  previousNew: number[];
  previousLost: number[];
  /** Index of the first bucket holding a provisional day (the platform still revises it), or null. */
  provisionalFrom: number | null;
}

export interface CharacterFollows {
  id: string;
  name: string;
  newFollowers: Compared<number>;
  /** Percent of all new followers that came through characters, one decimal. */
  sharePct: number | null;
}

export interface CountryShare {
  /** ISO 3166-1 alpha-2 */
  country: string;
  name: string;
  /** Average daily active users: the platform counts distinct users per day, so days are averaged, never added up. */
  avgDailyActive: Compared<number>;
  /** Percent of all daily active users, one decimal. */
  sharePct: Compared<number | null>;
  /** sharePct - previous sharePct, in percentage points, one decimal. */
  shareChangePts: number | null;
}

export interface HashtagRow {
  hashtag: string;
  impressions: Compared<number>;
  sharePct: number | null;
  rank: number;
  previousRank: number | null;
  /** True when one of the creator's characters, plugins or stories carries this tag. */
  own: boolean;
}

export interface AnnouncementRow {
  id: string;
  title: string;
  postedAt: string;
  delivered: number;
  opened: number;
  engaged: number;
  /** opened / delivered and engaged / delivered, in percent; null when nothing was delivered. */
  openRatePct: number | null;
  engagementRatePct: number | null;
  /** Posted less than 7 days before the data: opens and engagement are still coming in. */
  settling: boolean;
}

export interface AnnouncementSummary {
  /** Announcements posted in the period (and in the comparison period). */
  count: Compared<number>;
  /** Σ engaged / Σ delivered over those announcements (a ratio of sums, not an average of ratios). */
  engagementRatePct: Compared<number | null>;
  openRatePct: Compared<number | null>;
}

export interface AudienceDashboard {
  period: PeriodInfo;
  stats: StatsDays;
  followers: FollowerKpis;
  series: FollowerSeries;
  topCharacters: CharacterFollows[];
  countries: CountryShare[];
  hashtags: HashtagRow[];
  announcements: {
    inPeriod: AnnouncementRow[];
    summary: AnnouncementSummary;
    /** The most recent announcements, oldest first, for the chart over time. */
    history: AnnouncementRow[];
  };
  /** When the audience chats: local weekday × hour, over at least the last 28 days of the period. */
  peakHours: PeakHours;
}
