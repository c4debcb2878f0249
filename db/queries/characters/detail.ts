// A character's own page, and two characters side by side (the A/B check the creator guide recommends
// after duplicating a character and redirecting traffic).
import type { Db } from '../../open';
import { keyedTotals, totalsOf, type KeyedTable } from '../content/aggregate';
import { breakdown } from '../content/breakdown';
import { moneySeries } from '../content/money';
import { peakHours, peakWindow } from '../content/peak-hours';
import { itemMetrics } from '../content/series';
import { coverage, statsPeriodInfo, statsWindows, type StatsWindows } from '../content/windows';
import { itemOutlook } from '../forecast/item';
import type { PeriodSpec } from '../period';
import type { Breakdown, CharacterComparison, CharacterDetail, CharacterMetric, MetricDifference } from '../types/content';
import { CHARACTER_METRICS, CHARACTER_STATS, CHARACTER_STREAMS, liveCharacters, MODELS, SCENARIOS } from './defs';
import { characterMoney, characterMoneyWindows, moneyCurrencies } from './list';
import { NOT_SENT } from './availability';
import { chatLengths } from './chat-lengths';
import { currentPrices, priceHistory } from './embed';
import { characterTopics } from './topics';
import { uniqueUsers } from './users';

function itemBreakdown(db: Db, t: KeyedTable, w: StatsWindows, id: string): Breakdown[] {
  const cur = w.current ? totalsOf(keyedTotals(db, t, w.current, null, id).get(id)) : new Map<string, number>();
  const prev = w.previous ? totalsOf(keyedTotals(db, t, w.previous, null, id).get(id)) : null;
  return breakdown(cur, prev);
}

/** Null when the character is not (or no longer) in the catalogue. */
export function characterDetail(db: Db, spec: PeriodSpec, zone: string, nowMs: number, id: string): CharacterDetail | null {
  const [character] = liveCharacters(db, id);
  if (!character) return null;
  const info = statsPeriodInfo(db, CHARACTER_STATS.table, spec, zone, nowMs);
  const w = statsWindows(db, CHARACTER_STATS.table, info);
  // "All time" has no earlier periods of its length to make a band from.
  const { kpis, series } = itemMetrics(db, CHARACTER_STATS, CHARACTER_METRICS, info, w, id, spec.preset !== 'all');
  const money = characterMoneyWindows(db, zone, info.current, info.previous, id);
  const price = currentPrices(db, zone, id).get(id) ?? null;
  const moneyByCurrency = characterMoney(money, id, moneyCurrencies(money, [id]), kpis.embedTokens);
  const anyPrice = price !== null || db.prepare('SELECT 1 FROM characters WHERE embed_price_micros IS NOT NULL LIMIT 1').get() !== undefined;
  return {
    period: info,
    stats: coverage(w),
    character,
    kpis,
    series,
    money: moneyByCurrency,
    moneySeries: moneySeries(db, 'character', id, CHARACTER_STREAMS, info.current, info.previous, zone, series.granularity),
    scenarios: itemBreakdown(db, SCENARIOS, w, id),
    models: itemBreakdown(db, MODELS, w, id),
    // Account-wide: the platform publishes hourly activity for the whole account, not per character.
    peakHours: peakHours(db, peakWindow({ from: info.current.from, to: w.current?.to ?? info.current.to }), zone),
    outlook: itemOutlook(db, zone, nowMs, 'character', id),
    embed: {
      price,
      history: priceHistory(db, id, zone),
      currencies: moneyByCurrency.filter((m) => m.embed.value !== '0.00' || (m.embed.previous ?? '0.00') !== '0.00').map((m) => m.currency),
      unavailable: {
        price: price === null ? (anyPrice ? NOT_SENT.characterPrice : NOT_SENT.embedPrice) : null,
        tokens: kpis.embedTokens.value === null && kpis.chatsStarted.value !== null ? NOT_SENT.embedTokens : null,
      },
    },
    users: uniqueUsers(db, w, id).get(id)!,
    chatLengths: chatLengths(db, w, id),
    topics: characterTopics(db, w, id),
  };
}

export function difference(metric: CharacterMetric, a: number | null, b: number | null): MetricDifference {
  const diff = a === null || b === null ? null : b - a;
  return { metric, a, b, diff, diffPct: diff === null || a === null || a === 0 ? null : diff / Math.abs(a) };
}

/** Null when either character is not in the catalogue. */
export function compareCharacters(db: Db, spec: PeriodSpec, zone: string, nowMs: number, a: string, b: string): CharacterComparison | null {
  const da = characterDetail(db, spec, zone, nowMs, a);
  const db_ = characterDetail(db, spec, zone, nowMs, b);
  if (!da || !db_) return null;
  const metrics = Object.keys(CHARACTER_METRICS) as CharacterMetric[];
  return {
    period: da.period,
    stats: da.stats,
    a: da,
    b: db_,
    differences: metrics.map((m) => difference(m, da.kpis[m].value, db_.kpis[m].value)),
  };
}
