// The Characters table: every live character's metrics over the period against the comparison
// period, its money by source, top scenario and model, a sparkline, and its place on the
// conversion × depth quadrant relative to the creator's own medians.
import { DateTime } from 'luxon';
import type { Db } from '../../open';
import { fastZone } from '../timezone';
import { readWhole, type Parted } from '../parted';
import { breakdown, top } from '../content/breakdown';
import { keyedTotals, totalsOf, type KeyedTable } from '../content/aggregate';
import { listMetrics, type Listed } from '../content/list';
import { median } from '../content/metrics';
import { comparedAmount, currenciesOf, last30Days, moneyOf, shownCurrencies, type MoneyBySource } from '../content/money';
import { eachEarnedBySource, type SourceAmount } from '../earnings/by-source';
import { coverage, statsPeriodInfo, statsWindows, type StatsWindows } from '../content/windows';
import type { PeriodSpec } from '../period';
import { granularityFor } from '../../time/buckets';
import type { CharacterMoney, CharacterRow, CharactersDashboard, EmbedPrice, NumCompared, Quadrant, UniqueUsers } from '../types/content';
import { NOT_SENT } from './availability';
import { currentPrices, perMillionTokens } from './embed';
import { uniqueUsers } from './users';
import type { PeriodInfo, Range } from '../types/period';
import { CHARACTER_METRICS, CHARACTER_STATS, CHARACTER_STREAMS, EMBED, liveCharacters, MARKETPLACE, MODELS, SCENARIOS } from './defs';

/** The quadrant of a character: high/low conversion (greeting) × high/low messages per chat (holding attention). */
export function quadrantOf(conversion: number | null, depth: number | null, medians: CharactersDashboard['medians']): Quadrant | null {
  if (conversion === null || depth === null || medians.conversion === null || medians.avgMessagesPerChat === null) return null;
  const hooks = conversion >= medians.conversion;
  const holds = depth >= medians.avgMessagesPerChat;
  return hooks ? (holds ? 'hooks-and-holds' : 'hooks-not-holds') : holds ? 'holds-not-hooks' : 'neither';
}

/** Chat share + embed in the 30 days ending with the period, and each source within the period, per currency. */
export interface CharacterMoneyWindows {
  last30: MoneyBySource;
  last30Prev: MoneyBySource | null;
  period: MoneyBySource;
  periodPrev: MoneyBySource | null;
}

export function characterMoneyWindows(db: Db, zone: string, current: Range, previous: Range | null, id?: string): CharacterMoneyWindows {
  // The period and its 30 last days end together: the span both hold is read once, and each one's
  // part before it on its own. That span starts at the next local month when it can (it ends the
  // later-starting window's part there), so a long period's part before it is whole months and
  // quarters, not the 22 days and a partial day ahead of the 30 days' start (a year: 51 → 29 days
  // of rollup rows per source and window, three partial days from the ledger → two).
  const plan = (period: Range) => {
    const days30 = last30Days(period);
    const later = Math.max(period.startMs, days30.startMs);
    const month = DateTime.fromMillis(later, { zone: fastZone(zone) }).startOf('month');
    const next = month.toMillis() === later ? later : month.plus({ months: 1 }).toMillis();
    const shared = next < period.endMs ? next : later;
    const periodLonger = period.startMs < days30.startMs;
    return {
      tail: { startMs: shared, endMs: period.endMs },
      longerHead: { startMs: Math.min(period.startMs, days30.startMs), endMs: shared },
      shorterHead: { startMs: later, endMs: shared },
      periodLonger,
    };
  };
  const plans = [current, ...(previous ? [previous] : [])].map(plan);
  const spans = plans.flatMap((p) => [p.tail, p.longerHead, p.shorterHead]);
  const rows: SourceAmount[][] = spans.map(() => []);
  // All windows in one read (an empty one reads nothing).
  eachEarnedBySource(
    db,
    spans.map((span) => ({ span: { zone, ...span } })),
    { sourceTypes: ['character'], streams: CHARACTER_STREAMS, id },
    (part, sourceType, sourceId, currency, stream, day, net) => rows[part].push({ sourceType, id: sourceId, currency, stream, day, net }),
  );
  /** [the period, its 30 last days] */
  const windows = (p: (typeof plans)[number], i: number): [MoneyBySource, MoneyBySource] => {
    const [tail, longer, shorter] = [rows[3 * i], rows[3 * i + 1], rows[3 * i + 2]];
    const ofLonger = moneyOf([...tail, ...longer]);
    const ofShorter = moneyOf([...tail, ...shorter]);
    return p.periodLonger ? [ofLonger, ofShorter] : [ofShorter, ofLonger];
  };
  const [period, last30] = windows(plans[0], 0);
  const [periodPrev, last30Prev] = plans[1] ? windows(plans[1], 1) : [null, null];
  return { last30, last30Prev, period, periodPrev };
}

const earned = (amount: string | null) => (amount === null || amount === '0.00' ? null : amount);

/** `embedTokens`: the character's embed tokens over the period and the comparison period, for what its
 *  embed money came to per million of them. */
export function characterMoney(m: CharacterMoneyWindows, id: string, currencies: string[], embedTokens: NumCompared): CharacterMoney[] {
  return currencies.map((currency) => {
    const embed = comparedAmount(m.period, m.periodPrev, id, currency, EMBED);
    return {
      currency,
      earnings30d: comparedAmount(m.last30, m.last30Prev, id, currency, CHARACTER_STREAMS),
      earned: comparedAmount(m.period, m.periodPrev, id, currency, CHARACTER_STREAMS),
      marketplace: comparedAmount(m.period, m.periodPrev, id, currency, MARKETPLACE),
      embed,
      // Nothing earned through embed in this currency: no figure per million tokens in it, rather than 0.
      embedPerMillion: { value: perMillionTokens(earned(embed.value), embedTokens.value), previous: perMillionTokens(earned(embed.previous), embedTokens.previous) },
    };
  });
}

/** Why the table's embed prices, embed tokens or unique users are not available for any character. */
export function tableUnavailable(rows: CharacterRow[]): CharactersDashboard['unavailable'] {
  const withStats = rows.filter((r) => r.metrics.chatsStarted.value !== null);
  const none = (f: (r: CharacterRow) => boolean) => withStats.length > 0 && withStats.every(f);
  return {
    embedPrice: rows.length > 0 && rows.every((r) => r.embedPrice === null) ? NOT_SENT.embedPrice : null,
    embedTokens: none((r) => r.metrics.embedTokens.value === null) ? NOT_SENT.embedTokens : null,
    users: none((r) => r.users.unavailable !== null) ? NOT_SENT.users : null,
  };
}

export function moneyCurrencies(m: CharacterMoneyWindows, ids: string[]): string[] {
  const live = new Set(ids);
  const only = (x: MoneyBySource | null) => x && new Map([...x].filter(([id]) => live.has(id)));
  return shownCurrencies(currenciesOf(only(m.last30), only(m.last30Prev), only(m.period), only(m.periodPrev)));
}

/** What a Characters payload is read for: its period and the stats days it compares. */
export interface CharactersPlan {
  info: PeriodInfo;
  w: StatsWindows;
  zone: string;
  /** A period charted by day: its metrics come mostly from daily rows, not the rollups. */
  short: boolean;
}

function charactersPlan(db: Db, spec: PeriodSpec, zone: string, nowMs: number): CharactersPlan {
  const info = statsPeriodInfo(db, CHARACTER_STATS.table, spec, zone, nowMs);
  return { info, w: statsWindows(db, CHARACTER_STATS.table, info), zone, short: granularityFor(info.current.days) === 'day' };
}

type Keyed = ReturnType<typeof keyedTotals> | null;

/** The characters and their metrics, and the models behind the top model of each. */
function charactersMetrics(db: Db, { info, w }: CharactersPlan): { characters: ReturnType<typeof liveCharacters>; listed: Listed<keyof typeof CHARACTER_METRICS>; models: Keyed } {
  const characters = liveCharacters(db);
  const listed = listMetrics(db, CHARACTER_STATS, CHARACTER_METRICS, info, w, characters.map((c) => c.id), CHARACTER_METRICS.chatsStarted);
  return { characters, listed, models: w.current ? keyedTotals(db, MODELS, w.current) : null };
}

/**
 * The Characters payload in parts: the table names the top scenario and model (their comparison
 * lives on the character's page) and the money, besides each character's metrics.
 */
type Guide = { prices: Map<string, EmbedPrice>; users: Map<string, UniqueUsers> };

export const CHARACTERS_PAYLOAD: Parted<[PeriodSpec, string, number], CharactersPlan, { metrics: ReturnType<typeof charactersMetrics>; money: CharacterMoneyWindows; scenarios: Keyed; guide: Guide }, CharactersDashboard> = {
  plan: charactersPlan,
  parts: {
    metrics: charactersMetrics,
    money: (db, p) => characterMoneyWindows(db, p.zone, p.info.current, p.info.previous),
    scenarios: (db, p) => (p.w.current ? keyedTotals(db, SCENARIOS, p.w.current) : null),
    // The embed prices and the unique users: a seek or two per character.
    guide: (db, p) => ({ prices: currentPrices(db, p.zone), users: uniqueUsers(db, p.w) }),
  },
  assemble: (_db, { info, w }, { metrics: { characters, listed, models }, money, scenarios, guide }) => {
    const currencies = moneyCurrencies(money, characters.map((c) => c.id));
    const rows: CharacterRow[] = characters.map((c) => {
      const item = listed.items.get(c.id)!;
      return {
        id: c.id,
        name: c.name,
        metrics: item.metrics,
        money: characterMoney(money, c.id, currencies, item.metrics.embedTokens),
        topScenario: top(breakdown(totalsOf(scenarios?.get(c.id)), null)),
        topModel: top(breakdown(totalsOf(models?.get(c.id)), null)),
        spark: item.spark,
        quadrant: null,
        embedPrice: guide.prices.get(c.id) ?? null,
        users: guide.users.get(c.id)!,
      };
    });
    const medians = {
      conversion: median(rows.map((r) => r.metrics.conversion.value)),
      avgMessagesPerChat: median(rows.map((r) => r.metrics.avgMessagesPerChat.value)),
    };
    for (const r of rows) r.quadrant = quadrantOf(r.metrics.conversion.value, r.metrics.avgMessagesPerChat.value, medians);
    return { period: info, stats: coverage(w), granularity: listed.granularity, buckets: listed.buckets, currencies, characters: rows, medians, unavailable: tableUnavailable(rows) };
  },
};

export function charactersDashboard(db: Db, spec: PeriodSpec, zone: string, nowMs: number): CharactersDashboard {
  return readWhole(CHARACTERS_PAYLOAD, db, spec, zone, nowMs);
}
