// What every insight rule gets: the database, the thresholds, the stats windows it measures over,
// and the period the movers are measured on. Numbers are formatted here, once, so the cards, the
// CSV export and the printed review say exactly the same thing.
import type { Db } from '../../open';
import { lastStatsDate, trailingWindows } from '../audience/stats-window';
import type { DayRange } from '../types/audience';
import type { Insight, InsightRule, InsightThresholds } from '../types/insights';

export interface MoversPeriod {
  cadence: 'week' | 'month';
  /** The review period's calendar days (reporting timezone). */
  from: string;
  to: string;
  zone: string;
  nowMs: number;
}

export interface RuleContext {
  db: Db;
  t: InsightThresholds;
  /** The last day of the review period: windows end there, or at the newest published stats day. */
  periodTo: string;
  movers: MoversPeriod | null;
}

export interface RuleResult {
  insights: Insight[];
  /** Why nothing could be judged, when that is the case. */
  note?: string | null;
}

export interface Rule {
  rule: InsightRule;
  label: string;
  definition(t: InsightThresholds): string;
  run(ctx: RuleContext): RuleResult;
}

/** The rule's window of `t.windowDays` stats days in a table, and the same length just before it. */
export function statsWindow(ctx: RuleContext, table: string): { current: DayRange; previous: DayRange } | null {
  const last = lastStatsDate(ctx.db, table);
  if (last === null) return null;
  const end = ctx.periodTo < last ? ctx.periodTo : last;
  return trailingWindows(end, ctx.t.windowDays);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
}

/** A page of the app for one work: the evidence view of a card. */
export function workHref(kind: 'characters' | 'plugins' | 'stories', id: string): string {
  return `#/${kind}/${encodeURIComponent(id)}`;
}

/** Live works of a kind with their names (tombstoned ones are gone from every view). */
export function names(db: Db, table: 'characters' | 'plugins' | 'stories'): Map<string, string> {
  const column = table === 'stories' ? 'title' : 'name';
  const rows = db.prepare(`SELECT id, ${column} AS name FROM ${table}`).all() as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Orders a rule's cards: strongest first, then by id, so the same data always gives the same order. */
export function byStrength(a: Insight, b: Insight): number {
  return b.strength - a.strength || a.id.localeCompare(b.id);
}
