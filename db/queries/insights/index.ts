// All insight rules, run in a fixed order over the local database: the same data and thresholds
// always give the same cards in the same order.
import type { Db } from '../../open';
import { lastStatsDate, trailingWindows } from '../audience/stats-window';
import { comparablePeriods, HISTORY_PERIODS } from './movers-data';
import { openingKey, reviewPeriod, type ReviewPeriod } from '../review/period-key';
import type { InsightsResult, InsightThresholds } from '../types/insights';
import type { Rule, RuleContext } from './context';
import { countryRule } from './country-surprise';
import { embedMinimumRule, embedRiseRule } from './embed-price';
import { greetingRule } from './greeting';
import { hashtagRule } from './hashtag-surprise';
import { moversRule } from './movers';
import { pluginChurnRule } from './plugin-churn';
import { stickingRule } from './sticking';
import { storyDropoffRule } from './story-dropoff';
import { readThresholds } from './thresholds';

export const RULES: readonly Rule[] = [greetingRule, stickingRule, embedMinimumRule, embedRiseRule, storyDropoffRule, pluginChurnRule, countryRule, hashtagRule, moversRule];

export function runInsights(db: Db, period: ReviewPeriod, zone: string, nowMs: number, t: InsightThresholds = readThresholds(db)): InsightsResult {
  const ctx: RuleContext = { db, t, periodTo: period.to, movers: { cadence: period.cadence, from: period.from, to: period.to, zone, nowMs } };
  const insights = [];
  const rules = [];
  for (const rule of RULES) {
    const result = rule.run(ctx);
    insights.push(...result.insights);
    rules.push({ rule: rule.rule, label: rule.label, definition: rule.definition(t), fired: result.insights.length, note: result.note ?? null });
  }
  const last = lastStatsDate(db, 'stats_characters') ?? lastStatsDate(db, 'stats_audience');
  const windows = last ? trailingWindows(period.to < last ? period.to : last, t.windowDays) : null;
  const moversDays = last && last >= period.from ? comparablePeriods(period.cadence, period.from, period.to, last)[0] : null;
  return {
    window: windows?.current ?? null,
    previousWindow: windows?.previous ?? null,
    moversPeriod: moversDays && { from: moversDays.from, to: moversDays.to, periods: HISTORY_PERIODS, unit: period.cadence },
    insights,
    rules,
    thresholds: t,
  };
}

/** Insights for a review period key ('2026-W47', '2026-11'); by default the week the review opens on. */
export function insightsFor(db: Db, key: string | undefined, zone: string, nowMs: number): InsightsResult {
  return runInsights(db, reviewPeriod(key ?? openingKey('week', zone, nowMs), zone, nowMs), zone, nowMs);
}
