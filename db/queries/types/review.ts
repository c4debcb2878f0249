import type { DayRange } from './audience';
import type { ActedOnEffect, TimelineEvent } from './events';
import type { InsightsResult } from './insights';
import type { PeriodInfo } from './period';

// The weekly and monthly review: the guide's checklists with this period's numbers against the
// last period's, the insights, and the ticks and notes kept per period in the local database.

export type ReviewCadence = 'week' | 'month';

/** Checklist items of the earnings guide's "Dashboard checklist". */
export type ReviewItemId =
  | 'earnings-trend'
  | 'conversation-metrics'
  | 'new-ratings'
  | 'embed-usage'
  | 'mom-growth'
  | 'top-content'
  | 'plan-updates'
  | 'payout-status';

export interface ReviewMetric {
  id: string;
  label: string;
  /** money: exact decimal strings; count/decimal/stars: numbers; percent: 0..100, one decimal. */
  unit: 'money' | 'count' | 'decimal' | 'percent' | 'stars' | 'text';
  currency?: string;
  value: string | number | null;
  previous: string | number | null;
  /** Lower is better (e.g. lost followers, failed payouts). */
  invert?: boolean;
  /** What a missing value reads as, where it has a reason ("from zero"); "–" otherwise. */
  absent?: string;
  hint?: string;
}

export interface ReviewListRow {
  key: string;
  label: string;
  /** The page that shows this row's evidence, e.g. '#/characters/chr_0002'. */
  href: string | null;
  kind?: string;
  metrics: ReviewMetric[];
}

export interface ReviewList {
  id: string;
  title: string;
  rows: ReviewListRow[];
}

export interface ReviewItem {
  id: ReviewItemId;
  cadence: ReviewCadence;
  title: string;
  /** What to look for, from the guides. */
  guide: string;
  metrics: ReviewMetric[];
  lists: ReviewList[];
  /** A note shown with the numbers (privacy, provisional days, what is not available). */
  note: string | null;
}

export interface ReviewNote {
  item: string;
  checked: boolean;
  note: string;
  updatedAt: string;
}

export interface ReviewHistoryEntry {
  key: string;
  checked: number;
  notes: number;
  updatedAt: string;
}

export interface ReviewPayload {
  cadence: ReviewCadence;
  /** '2026-W47' or '2026-11' */
  key: string;
  label: string;
  previousKey: string;
  /** null when the next period has not started yet. */
  nextKey: string | null;
  currentKey: string;
  period: PeriodInfo;
  statsDays: { current: DayRange | null; previous: DayRange | null };
  items: ReviewItem[];
  insights: InsightsResult;
  notes: ReviewNote[];
  /** The ticks and notes of the period before, to compare with. */
  previousNotes: ReviewNote[];
  /** Periods of this cadence that have ticks or notes, newest first. */
  history: ReviewHistoryEntry[];
  /** The creator's timeline notes on the period's days. */
  timelineNotes: TimelineEvent[];
  /** The moves ticked in the weeks before this period, with their before/after as of its end. */
  effects: ActedOnEffect[];
}
