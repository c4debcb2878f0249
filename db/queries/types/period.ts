export type Preset = 'today' | 'week' | 'month' | 'last_month' | 'year' | 'all' | 'custom';

export type CompareChoice = 'previous' | 'last_year' | 'weekday' | 'none';

export interface PeriodSpec {
  preset: Preset;
  /** custom only: first and last day, YYYY-MM-DD */
  from?: string;
  to?: string;
  /** 'previous' (default): the period before; 'last_year': the same days a year earlier; 'weekday': as many
   *  whole weeks back as the period is long, so each day meets the same weekday; 'none'; or an explicit range. */
  compare?: CompareChoice | { from: string; to: string };
}

export interface Range {
  /** First and last calendar day in the reporting timezone (inclusive). */
  from: string;
  to: string;
  /** The same range as instants: [startMs, endMs). endMs is "now" for an unfinished range. */
  startMs: number;
  endMs: number;
  /** True when the range ends before its last day is over (a to-date period). */
  partial: boolean;
  days: number;
}

/** The days a chart's buckets cover: the period's first and last day, and whether it is still running. */
export type BucketSpan = Pick<Range, 'from' | 'to' | 'partial'>;

/** What every dashboard payload says about its period and data. */
export interface PeriodInfo {
  zone: string;
  current: Range;
  previous: Range | null;
  /** When the data was last synced successfully (null: never). */
  dataAsOf: string | null;
  /** Stats days the platform may still revise (UTC dates), shown as provisional. */
  provisionalFrom: string;
}

/** A value with the same measure over the comparison period. */
export interface Compared<T = string> {
  value: T;
  previous: T | null;
}
