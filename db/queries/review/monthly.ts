// The monthly checklist's numbers: month-over-month growth, top-performing content, the plan
// (the insights) and payout status. Money reuses the Earnings dashboard's queries.
import type { Db } from '../../open';
import { balances } from '../earnings/balances';
import { monthlyGrowth } from '../earnings/growth';
import { payoutOverview } from '../earnings/payouts';
import { sourceEarnings } from '../earnings/sources';
import type { Range } from '../period';
import type { DayRange } from '../types/audience';
import type { InsightsResult } from '../types/insights';
import type { MonthGrowth } from '../types/earnings';
import type { ReviewItem, ReviewList, ReviewListRow, ReviewMetric } from '../types/review';
import { parseMicros } from '../../money';
import { dec } from '../sums';
import { countMetric, item, moneyMetric } from './items';
import { netByStream, perCurrency } from './money';
import { currencyName } from '../../words/vocabulary';
import { monthName } from '../../words/dates';
import { moneyRange } from '../../words/money';
import { outlookOf, type ProjectedMonth } from '../forecast/outlook';

const TOP = 5;

/** A month's growth; after a month that earned nothing it has none, and says why, as Earnings does. */
function growthMetric(id: string, label: string, g: MonthGrowth, i: number): ReviewMetric {
  const value = g.growthPct[i];
  const absent = value !== null ? undefined : parseMicros(g.amounts[i]) === 0 ? 'no change' : 'from zero';
  return { id, label, unit: 'percent', value, previous: null, absent };
}

/** This month's estimated end, beside what it earned so far: only while the month runs. */
function projectedMetric(currency: string, month: ProjectedMonth | null): ReviewMetric[] {
  const p = month?.projected.find((x) => x.currency === currency)?.payload.month;
  if (!p) return [];
  return [
    moneyMetric(`projected-${currency}`, `This month’s end, estimated (${currencyName(currency)})`, currency, p.base, null, {
      hint: `an estimate, not earnings: between ${moneyRange(p.low, p.high, currency)}`,
    }),
  ];
}

export function momGrowth(db: Db, cur: Range, prev: Range | null, zone: string, month: ProjectedMonth | null = null): ReviewItem {
  const growth = monthlyGrowth(db, zone, cur.endMs, 12);
  // The month against the month before, or an unfinished month against the same days of the last.
  const now = perCurrency(netByStream(db, cur, zone));
  const before = perCurrency(netByStream(db, prev, zone));
  const metrics = growth.flatMap((g) => {
    const n = g.months.length;
    return [
      moneyMetric(`month-${g.currency}`, `${g.lastIsPartial ? 'This month so far' : 'Earned in the month'} (${currencyName(g.currency)})`, g.currency, dec(now.get(g.currency)), prev ? dec(before.get(g.currency)) : null),
      ...projectedMetric(g.currency, month),
      // The growth itself is the comparison: a change of the growth rate answers nobody's question.
      growthMetric(`growth-${g.currency}`, `Month-over-month growth (${currencyName(g.currency)})`, g, n - 1),
    ];
  });
  const lists: ReviewList[] = growth.map((g) => ({
    id: `months-${g.currency}`,
    title: `Last 12 months (${currencyName(g.currency)})`,
    // Newest first: the months that matter for this review come before last year's.
    rows: g.months.map((m, i): ReviewListRow => ({
      key: `${g.currency}|${m}`,
      label: monthName(m),
      href: null,
      kind: g.currency,
      metrics: [
        moneyMetric('earned', 'Earned', g.currency, g.amounts[i], null),
        growthMetric('growth', 'Growth', g, i),
      ],
    })).reverse(),
  }));
  return item('mom-growth', metrics, lists);
}

function storyPlays(db: Db, w: DayRange | null): Map<string, { title: string; plays: number; completions: number }> {
  if (!w) return new Map();
  const rows = db.prepare(
    `SELECT st.id, st.title, sum(plays) AS plays, sum(completions) AS completions FROM stats_stories s
     JOIN stories st ON st.id = s.story_id WHERE s.date >= ? AND s.date <= ? GROUP BY st.id`,
  )
    .all(w.from, w.to) as { id: string; title: string; plays: number; completions: number }[];
  return new Map(rows.map((r) => [r.id, r]));
}

export function topContent(db: Db, cur: Range, prev: Range | null, zone: string, days: { current: DayRange | null; previous: DayRange | null }): ReviewItem {
  const sources = sourceEarnings(db, cur, prev, zone, [], 'day').filter((s) => s.live);
  const lists: ReviewList[] = [];
  for (const kind of ['character', 'plugin'] as const) {
    for (const currency of [...new Set(sources.filter((s) => s.sourceType === kind).map((s) => s.currency))].sort()) {
      lists.push({
        id: `${kind}-${currency}`,
        title: `Top ${kind === 'character' ? 'characters' : 'plugins'} by earnings (${currencyName(currency)})`,
        rows: sources
          .filter((s) => s.sourceType === kind && s.currency === currency)
          .slice(0, TOP)
          .map((s) => ({
            key: `${kind}|${s.id}|${currency}`,
            label: s.name,
            href: `#/${kind === 'character' ? 'characters' : 'plugins'}/${encodeURIComponent(s.id)}`,
            kind,
            metrics: [moneyMetric('earned', 'Earned', currency, s.total.value, s.total.previous)],
          })),
      });
    }
  }
  const now = storyPlays(db, days.current);
  const before = days.previous ? storyPlays(db, days.previous) : null;
  const stories: ReviewListRow[] = [...now.entries()]
    .sort(([, a], [, b]) => b.plays - a.plays || a.title.localeCompare(b.title))
    .slice(0, TOP)
    .map(([id, s]) => ({
      key: `story|${id}`,
      label: s.title,
      href: `#/stories/${encodeURIComponent(id)}`,
      kind: 'story',
      metrics: [
        countMetric('plays', 'Plays', s.plays, before ? (before.get(id)?.plays ?? 0) : null),
        countMetric('completions', 'Completions', s.completions, before ? (before.get(id)?.completions ?? 0) : null),
      ],
    }));
  lists.push({ id: 'stories', title: 'Top stories by plays', rows: stories });
  const earning = new Set(sources.filter((s) => s.total.value !== '0.00').map((s) => `${s.sourceType}|${s.id}`)).size;
  return item('top-content', [countMetric('earning-works', 'Characters and plugins earning', earning, null)], lists);
}

export function planUpdates(insights: InsightsResult): ReviewItem {
  const rows: ReviewListRow[] = insights.insights.map((i) => ({ key: i.id, label: i.title, href: i.evidence.href, kind: i.rule, metrics: [] }));
  return item('plan-updates', [countMetric('insights', 'Insights to act on', insights.insights.length, null)], [{ id: 'insights', title: 'Suggested moves', rows }]);
}

export function payoutStatus(db: Db, cur: Range, prev: Range | null, zone: string, nowMs: number, month: ProjectedMonth | null = null): ReviewItem {
  const bal = balances(db);
  const overview = payoutOverview(db, bal, zone, nowMs);
  // While the month runs, the next payout as Earnings says it (an estimate).
  const next = month ? outlookOf(db, zone, month, overview).nextPayouts.flatMap((n) => (n.sentence ? [n.sentence] : [])) : [];
  const within = (r: Range | null) => (r ? overview.history.filter((p) => Date.parse(p.createdAt) >= r.startMs && Date.parse(p.createdAt) < r.endMs) : []);
  const now = within(cur);
  const before = prev ? within(prev) : null;
  const metrics = [
    ...overview.withdrawable.map((m) =>
      moneyMetric(`available-${m.currency}`, `Available now (${currencyName(m.currency)})`, m.currency, m.available, null, {
        hint:
          m.minimum === null
            ? `no payout minimum: paid out in the next processing (${overview.nextProcessing})`
            : m.reached
              ? `minimum ${m.minimum} reached: paid out in the next processing (${overview.nextProcessing})`
              : `${m.progressPct}% of the ${m.minimum} minimum`,
      }),
    ),
    ...bal.filter((b) => b.pending !== '0.00').map((b) => moneyMetric(`pending-${b.currency}`, `Pending now (${currencyName(b.currency)})`, b.currency, b.pending, null, { hint: 'released by the monthly processing' })),
    countMetric('payouts', 'Payouts created', now.length, before?.length ?? null),
    countMetric('failed', 'Failed payouts', now.filter((p) => p.status === 'failed').length, before ? before.filter((p) => p.status === 'failed').length : null, { invert: true }),
  ];
  const rows: ReviewListRow[] = now.map((p) => ({
    key: p.id,
    label: `${p.createdAt.slice(0, 10)} · ${p.status}${p.failureReason ? ` (${p.failureReason})` : ''}`,
    href: '#/earnings',
    kind: p.status,
    metrics: [moneyMetric('received', 'Received', p.currency, p.received, null), { id: 'status', label: 'Status', unit: 'text', value: p.status, previous: null }],
  }));
  const schedule = `Schedule: ${overview.schedule}; next processing from ${overview.nextProcessing}.`;
  return item('payout-status', metrics, [{ id: 'payouts', title: 'Payouts in this period', rows }], next.length ? `${schedule} Estimated: ${next.join(' ')}` : schedule);
}
