// Shared shapes of the generated activity: growth over time, weekly seasonality, provisional revisions.
import { HOUR_MS, DAY_MS, weekday } from './time';

/** The clock of a dataset: the current UTC day and the instant the data is "as of" (noon that day). */
export interface Clock {
  today: number;
  asOfMs: number;
}

export function clockAt(today: number): Clock {
  return { today, asOfMs: today * DAY_MS + 12 * HOUR_MS };
}

/** The fixed time frame the generator uses; it never moves when the dataset advances. */
export interface Frame {
  seed: number;
  /** First day of history (ledger and stats). */
  firstDay: number;
  /** The day the dataset was started for ("today" at start); stories are told relative to it. */
  anchor: number;
}

/** 0 at the first day, 1 at the anchor (grows past 1 as the dataset advances). */
export function progress(frame: Frame, day: number): number {
  return (day - frame.firstDay) / Math.max(1, frame.anchor - frame.firstDay);
}

/** Overall growth: x0.5 at the start of history, x1.5 at the anchor. */
export function growth(frame: Frame, day: number): number {
  return 0.5 * Math.pow(3, progress(frame, day));
}

const WEEK = [1.3, 0.92, 0.9, 0.93, 0.97, 1.12, 1.36]; // Sun..Sat: weekends are busier

export function weekly(day: number): number {
  return WEEK[weekday(day)] as number;
}

/** A ramp for things created recently: 0.1 on the first day, 1 after a month. */
export function ramp(createdDay: number, day: number): number {
  return Math.min(1, 0.1 + (day - createdDay) / 30);
}

/**
 * Daily stats are published the next day and revised on the two following days as late events
 * arrive. Version 0 is the first publication, 2 the final one.
 */
export function statsVersion(clock: Clock, date: number): number {
  return Math.min(2, clock.today - 1 - date);
}

/** When the current version of a date's stats was published: 01:00 UTC on date + 1 + version. */
export function statsUpdatedAt(clock: Clock, date: number): number {
  return (date + 1 + statsVersion(clock, date)) * DAY_MS + HOUR_MS;
}

const REVISION = [0.93, 0.985, 1];

/** A count as published in `version` (provisional versions undercount: late events are missing). */
export function revised(value: number, version: number): number {
  return version >= 2 ? value : Math.floor(value * (REVISION[version] as number));
}

/** A non-negative whole count from a float expectation. */
export function count(x: number): number {
  return x > 0 ? Math.round(x) : 0;
}

/** A revised rating sum that stays within 1..5 stars per revised rating. */
export function revisedRatingSum(sum: number, ratings: number, version: number): number {
  const n = revised(ratings, version);
  return Math.min(5 * n, Math.max(n, revised(sum, version)));
}
