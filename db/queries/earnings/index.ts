import type { Db } from '../../open';
import { resolvePeriod, spanOf, type PeriodSpec, type Range } from '../period';
import { readWhole, type Parted } from '../parted';
import { bucketsOf, granularityFor, type Granularity } from '../../time/buckets';
import { periodInfo } from '../period-info';
import type { EarningsDashboard, EarningsKpis, StreamShare } from '../types/earnings';
import type { PeriodInfo } from '../types/period';
import { dec } from '../sums';
import { amountsByCurrency, earnedByCurrency, earnedDaily, type GrossFeeNet } from './earned';
import { balances, reconcile } from './balances';
import { monthlyGrowth } from './growth';
import { payoutOverview } from './payouts';
import { outlookOf, projectedMonth, type ProjectedMonth } from '../forecast/outlook';
import { perUserValue } from './per-user';
import { seriesByStream, totalsByCurrency } from './series';
import { listSources, sourceEntries, type SourceEntry } from './sources';
import { supportInPeriod } from './support';
import { parseMicros } from '../../money';
import { compareStreams } from '../../words/vocabulary';
import { shareTenths } from '../../words/numbers';

/** Puts the shares in the order every page lists streams, and gives each its share of its currency's
 *  positive total, rounded so that a currency's shares add up to 100.0%. */
function withShares(shares: StreamShare[]): void {
  shares.sort((a, b) => a.currency.localeCompare(b.currency) || compareStreams(a.stream, b.stream));
  for (const currency of new Set(shares.map((s) => s.currency))) {
    const rows = shares.filter((s) => s.currency === currency);
    shareTenths(rows.map((r) => BigInt(parseMicros(r.amount.value)))).forEach((tenths, i) => (rows[i].sharePct = tenths / 10));
  }
}

/** The first local day with ledger data, for "All time". */
export function earliestLedgerMs(db: Db): number | null {
  return db.prepare('SELECT min(occurred_ms) FROM ledger').pluck().get() as number | null;
}

/** What an Earnings payload is read for: its period, the chart's buckets and the instant it is read at. */
export interface EarningsPlan {
  info: PeriodInfo;
  zone: string;
  nowMs: number;
  granularity: Granularity;
  buckets: string[];
}

function earningsPlan(db: Db, spec: PeriodSpec, zone: string, nowMs: number): EarningsPlan {
  const info = periodInfo(db, spec, zone, nowMs, earliestLedgerMs(db));
  const granularity = granularityFor(info.current.days);
  return { info, zone, nowMs, granularity, buckets: bucketsOf(info.current, granularity) };
}

/** Everything but the money per character and plugin and the outlook's projections. */
function earningsBesideSources(db: Db, plan: EarningsPlan): Omit<EarningsDashboard, 'sources' | 'outlook'> {
  const { info, zone, nowMs, granularity, buckets } = plan;
  const { current, previous } = info;
  const daily = earnedDaily(db, zone, current.startMs, current.endMs, granularity);
  const byStream = seriesByStream(daily, buckets, granularity);

  let previousTotals: EarningsDashboard['series']['previousTotals'] = [];
  const prevStreamTotals = new Map<string, bigint>();
  const prevDaily = previous ? earnedDaily(db, zone, previous.startMs, previous.endMs, granularity) : [];
  if (previous) {
    const prevBuckets = bucketsOf(previous, granularity);
    previousTotals = [...totalsByCurrency(prevDaily, prevBuckets, granularity)].map(([currency, values]) => ({
      currency,
      values: buckets.map((_, i) => dec(values[i] ?? 0n)),
    }));
    for (const r of prevDaily) prevStreamTotals.set(`${r.currency}\u0000${r.stream}`, (prevStreamTotals.get(`${r.currency}\u0000${r.stream}`) ?? 0n) + r.net);
  }

  const distribution: StreamShare[] = byStream.map((s) => ({
    currency: s.currency,
    stream: s.stream,
    amount: { value: s.total, previous: previous ? dec(prevStreamTotals.get(`${s.currency}\u0000${s.stream}`) ?? 0n) : null },
    sharePct: 0,
  }));
  for (const [key, v] of prevStreamTotals) {
    const [currency, stream] = key.split('\u0000');
    if (!distribution.some((d) => d.currency === currency && d.stream === stream))
      distribution.push({ currency, stream, amount: { value: '0.00', previous: dec(v) }, sharePct: 0 });
  }
  withShares(distribution);

  const bal = balances(db);
  // The chart's rows cover the same spans: their sums are the period's totals.
  const periodNow = amountsByCurrency(daily);
  const periodBefore = previous ? amountsByCurrency(prevDaily) : null;
  const net = (m: Map<string, GrossFeeNet>) => new Map([...m].map(([c, a]) => [c, a.net]));
  // This month's KPI is the period's own totals when the period is this month against the last.
  const month = resolvePeriod({ preset: 'month' }, zone, nowMs);
  const same = (a: Range, b: Range | null) => b !== null && a.startMs === b.startMs && a.endMs === b.endMs;
  const monthNow = same(month.current, current) ? net(periodNow) : earnedByCurrency(db, zone, month.current.startMs, month.current.endMs);
  const monthBefore = periodBefore && same(month.previous!, previous) ? net(periodBefore) : earnedByCurrency(db, zone, month.previous!.startMs, month.previous!.endMs);
  const compared = (amount: keyof GrossFeeNet, currency: string) => ({
    value: dec(periodNow.get(currency)?.[amount]),
    previous: periodBefore ? dec(periodBefore.get(currency)?.[amount]) : null,
  });
  const kpis: EarningsKpis[] = bal.map((b) => ({
    ...b,
    periodEarned: compared('net', b.currency),
    periodGross: compared('gross', b.currency),
    periodFees: compared('fee', b.currency),
    thisMonth: { value: dec(monthNow.get(b.currency)), previous: dec(monthBefore.get(b.currency)) },
  }));

  return {
    period: info,
    thisMonth: { current: { from: month.current.from, to: month.current.to }, previous: { from: month.previous!.from, to: month.previous!.to } },
    currencies: bal.map((b) => b.currency),
    kpis,
    series: { granularity, span: spanOf(current), buckets, byStream, previousTotals },
    distribution,
    growth: monthlyGrowth(db, zone, current.endMs),
    perUser: perUserValue(db, current, previous, zone),
    support: supportInPeriod(db, current),
    payouts: payoutOverview(db, bal, zone, nowMs),
    reconciliation: reconcile(db),
  };
}

const sourcesOf = (types: ['character'] | ['plugin']) => (db: Db, p: EarningsPlan) => sourceEntries(db, types, p.info.current, p.info.previous, p.zone, p.buckets, p.granularity);

/** The Earnings payload in parts: money per character and plugin is most of its work, the characters
 *  three sources in four. */
export const EARNINGS_PAYLOAD: Parted<
  [PeriodSpec, string, number],
  EarningsPlan,
  { characterSources: SourceEntry[]; pluginSources: SourceEntry[]; projectedMonth: ProjectedMonth; rest: Omit<EarningsDashboard, 'sources' | 'outlook'> },
  EarningsDashboard
> = {
  plan: earningsPlan,
  parts: {
    characterSources: sourcesOf(['character']),
    pluginSources: sourcesOf(['plugin']),
    projectedMonth: (db, p) => projectedMonth(db, p.zone, p.nowMs),
    rest: earningsBesideSources,
  },
  assemble: (db, p, parts) => ({
    ...parts.rest,
    sources: listSources(db, [...parts.characterSources, ...parts.pluginSources], p.info.previous),
    outlook: outlookOf(db, p.zone, parts.projectedMonth, parts.rest.payouts),
  }),
};

export function earningsDashboard(db: Db, spec: PeriodSpec, zone: string, nowMs: number): EarningsDashboard {
  return readWhole(EARNINGS_PAYLOAD, db, spec, zone, nowMs);
}
