// The review screen's payload: a week's or a month's checklist with its numbers (this period
// against the last), the insights for the period, and the ticks and notes of this period and the
// one before it.
import type { Db } from '../../open';
import { lastStatsDate, statsDays } from '../audience/stats-window';
import { runInsights } from '../insights';
import { resolvePeriod } from '../period';
import { periodInfo } from '../period-info';
import type { ReviewCadence, ReviewPayload } from '../types/review';
import { momGrowth, payoutStatus, planUpdates, topContent } from './monthly';
import { projectedMonth } from '../forecast/outlook';
import { readNotes, reviewHistory } from './notes';
import { currentKey, openingKey, reviewPeriod, reviewSpec } from './period-key';
import { conversationMetrics, earningsTrend, embedUsage, newRatings } from './weekly';
import { actedOnEffects } from '../events/effects';
import { noteEvents } from '../events/list';

export function reviewPayload(db: Db, key: string | undefined, cadence: ReviewCadence, zone: string, nowMs: number): ReviewPayload {
  const p = reviewPeriod(key ?? openingKey(cadence, zone, nowMs), zone, nowMs);
  const spec = reviewSpec(p);
  const { current, previous } = resolvePeriod(spec, zone, nowMs);
  const days = statsDays(current, previous, lastStatsDate(db, 'stats_characters'));
  const insights = runInsights(db, p, zone, nowMs);
  // Estimates belong to the month still running: a past month's review shows what happened.
  const month = p.cadence === 'month' && p.inProgress ? projectedMonth(db, zone, nowMs) : null;
  const items =
    p.cadence === 'week'
      ? [
          earningsTrend(db, current, previous, zone),
          conversationMetrics(db, days.current, days.previous),
          newRatings(db, days.current, days.previous),
          embedUsage(db, current, previous, zone),
        ]
      : [momGrowth(db, current, previous, zone, month), topContent(db, current, previous, zone, days), planUpdates(insights), payoutStatus(db, current, previous, zone, nowMs, month)];
  return {
    cadence: p.cadence,
    key: p.key,
    label: p.label,
    previousKey: p.previousKey,
    nextKey: p.nextKey,
    currentKey: currentKey(p.cadence, zone, nowMs),
    period: periodInfo(db, spec, zone, nowMs, null),
    statsDays: { current: days.current, previous: days.previous },
    items,
    insights,
    notes: readNotes(db, p.key),
    previousNotes: readNotes(db, p.previousKey),
    history: reviewHistory(db, p.cadence),
    timelineNotes: noteEvents(db, { from: current.from, to: current.to }, null),
    effects: actedOnEffects(db, { from: current.from, to: current.to }, zone),
  };
}
