// A monthly income goal per currency: how far this month is, where its estimate ends against the goal,
// and how many of the recent whole months reached it.
import { sum } from '../../forecast/exact';
import { addMonths, civilDate, daysInMonth } from '../../time/days';
import { dayNumber, type SeriesInput } from '../../forecast/project';
import { toMicros } from '../../words/money';
import { dec } from '../sums';
import type { GoalProgress } from '../types/outlook';
import type { OutlookClock } from './clock';
import type { Projected } from './projections';

/** Whole months looked back on. */
export const GOAL_MONTHS = 12;

/** Each whole month's total before this one (at most GOAL_MONTHS), oldest first, from the first month the currency earned in. */
export function recentMonths(streams: Map<string, SeriesInput>, clock: OutlookClock): bigint[] {
  const all = [...streams.values()];
  if (all.length === 0) return [];
  const { first, values } = all[0].history;
  const daily = values.map((_, i) => sum(all.map((s) => s.history.values[i])));
  const busy = daily.findIndex((v) => v !== 0n);
  if (busy < 0) return [];
  const firstMonth = civilDate(first + busy).slice(0, 7);
  const month = clock.day.slice(0, 7);
  const out: bigint[] = [];
  for (let k = GOAL_MONTHS; k >= 1; k--) {
    const m = addMonths(month, -k);
    if (m < firstMonth) continue;
    const start = dayNumber(`${m}-01`) - first;
    out.push(sum(daily.slice(Math.max(0, start), start + daysInMonth(m))));
  }
  return out;
}

/** Each currency's recent whole months' totals (recentMonths). */
export type RecentMonths = Map<string, bigint[]>;

export function goalProgress(goals: Record<string, string>, projections: Projected[], recent: RecentMonths): GoalProgress[] {
  return Object.keys(goals)
    .sort()
    .map((currency): GoalProgress => {
      const goal = toMicros(goals[currency]);
      const p = projections.find((x) => x.currency === currency)?.total.month ?? { actual: 0n, low: 0n, base: 0n, high: 0n };
      const months = recent.get(currency) ?? [];
      const pct = goal > 0n ? (p.actual * 100n) / goal : 0n;
      return {
        currency,
        goal: dec(goal),
        earned: dec(p.actual),
        progressPct: Number(pct < 0n ? 0n : pct),
        projected: { low: dec(p.low), base: dec(p.base), high: dec(p.high) },
        outlook: p.actual >= goal ? 'reached' : p.low >= goal ? 'on-track' : p.high >= goal ? 'within-reach' : 'unlikely',
        recent: { months: months.length, reached: months.filter((m) => m >= goal).length },
      };
    });
}
