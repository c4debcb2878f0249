// What the moves ticked in earlier reviews changed: each move ticked in the weeks before a review
// period, with its before/after as of that period's end (the same comparison a marker opens). A move
// ticked this period is too new to judge; one older than EFFECT_LOOKBACK_DAYS has had its report.
import type { Db } from '../../open';
import { addDays } from '../../time/days';
import type { ActedOnEffect } from '../types/events';
import { compareAround, DEFAULT_WINDOW } from './before-after';
import { actedEvent, TICK_COLUMNS } from './list';

/** Moves ticked up to 13 weeks before the period are reported. */
export const EFFECT_LOOKBACK_DAYS = 91;
const MAX_EFFECTS = 12;

export function actedOnEffects(db: Db, period: { from: string; to: string }, zone: string): ActedOnEffect[] {
  const since = addDays(period.from, -EFFECT_LOOKBACK_DAYS);
  const rows = db.prepare(`SELECT ${TICK_COLUMNS} FROM review_notes WHERE checked = 1 AND checked_at IS NOT NULL AND item LIKE 'insight:%'`).all() as Parameters<typeof actedEvent>[1][];
  const ticked = rows
    .map((r) => ({ r, event: actedEvent(db, r, zone) }))
    .filter((t): t is { r: (typeof rows)[number]; event: NonNullable<ReturnType<typeof actedEvent>> } => t.event !== null && t.event.day >= since && t.event.day < period.from)
    .sort((a, b) => b.event.day.localeCompare(a.event.day) || a.event.id.localeCompare(b.event.id))
    .slice(0, MAX_EFFECTS);
  const out: ActedOnEffect[] = [];
  for (const { r, event } of ticked) {
    const comparison = compareAround(db, event, DEFAULT_WINDOW, period.to);
    if (comparison) out.push({ comparison, tickedIn: r.periodKey });
  }
  return out;
}
