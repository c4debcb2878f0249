// Agreement as a property: for one database, every payload at every period preset and comparison
// is checked against itself and against the other payloads that show the same quantity. Used by the
// test on the default sample dataset and by `npm run bench` on the large one.
import type { Db } from '../../db/open';
import { audienceDashboard } from '../../db/queries/audience';
import { characterDetail } from '../../db/queries/characters/detail';
import { charactersDashboard } from '../../db/queries/characters/list';
import { earningsDashboard } from '../../db/queries/earnings';
import { annualStatement } from '../../electron/export/tax-pack';
import type { PeriodSpec } from '../../db/queries/types/period';
import { reviewPayload } from '../../db/queries/review';

export const PRESETS = ['today', 'week', 'month', 'last_month', 'year', 'all'] as const;
export const COMPARISONS = ['previous', 'last_year', 'weekday', 'none'] as const;

const micros = (s: string): bigint => {
  const negative = s.startsWith('-');
  const [u, f = ''] = s.replace(/^-/, '').split('.');
  const v = BigInt(u) * 1_000_000n + BigInt((f + '000000').slice(0, 6));
  return negative ? -v : v;
};
const sum = (xs: string[]): bigint => xs.reduce((a, x) => a + micros(x), 0n);
const tenths = (xs: (number | null)[]): number => Math.round(xs.reduce<number>((a, x) => a + (x ?? 0), 0) * 10);

export interface InvariantReport {
  checks: number;
  failures: string[];
  combinations: number;
}

/** Gross, fees and net per currency of the income rows in [startMs, endMs), straight from the ledger: no rollup, no query module. */
function ledgerMoney(db: Db, startMs: number, endMs: number): Map<string, { gross: bigint; fee: bigint; net: bigint }> {
  const rows = db
    .prepare(
      `SELECT currency, sum(gross) AS gross, sum(fee) AS fee, sum(net) AS net FROM ledger
       WHERE occurred_ms >= ? AND occurred_ms < ? AND status <> 'reversed' AND stream <> 'payout' GROUP BY currency`,
    )
    .safeIntegers(true)
    .all(startMs, endMs) as { currency: string; gross: bigint; fee: bigint; net: bigint }[];
  return new Map(rows.map((r) => [r.currency, r]));
}

/** Runs every check; returns what failed (empty when everything agrees) and how many checks ran. */
export async function checkInvariants(db: Db, zone: string, nowMs: number): Promise<InvariantReport> {
  const failures: string[] = [];
  let checks = 0;
  let combinations = 0;
  const expectEqual = (what: string, a: unknown, b: unknown) => {
    checks++;
    if (JSON.stringify(a) !== JSON.stringify(b)) failures.push(`${what}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  };

  const monthNow = await earningsDashboard(db, { preset: 'month' }, zone, nowMs);
  for (const preset of PRESETS)
    for (const compare of COMPARISONS) {
      combinations++;
      const spec: PeriodSpec = { preset, compare };
      const at = `${preset}/${compare}`;
      const e = await earningsDashboard(db, spec, zone, nowMs);
      for (const k of e.kpis) {
        const c = k.currency;
        const total = micros(k.periodEarned.value);
        // The period's total = the chart's buckets = the breakdown by stream.
        expectEqual(`earnings ${at} ${c}: total vs chart buckets`, total.toString(), sum(e.series.byStream.filter((s) => s.currency === c).flatMap((s) => s.values)).toString());
        const shares = e.distribution.filter((d) => d.currency === c);
        expectEqual(`earnings ${at} ${c}: total vs distribution`, total.toString(), sum(shares.map((d) => d.amount.value)).toString());
        if (shares.some((d) => micros(d.amount.value) > 0n)) expectEqual(`earnings ${at} ${c}: shares sum`, tenths(shares.map((d) => d.sharePct)), 1000);
        // The comparison total = the dashed line's buckets.
        const prev = e.series.previousTotals.find((p) => p.currency === c);
        if (k.periodEarned.previous !== null && prev) expectEqual(`earnings ${at} ${c}: previous vs dashed line`, micros(k.periodEarned.previous).toString(), sum(prev.values).toString());
        expectEqual(`earnings ${at} ${c}: comparison present`, k.periodEarned.previous === null, e.period.previous === null);
        // The same quantity in two places.
        const mk = monthNow.kpis.find((x) => x.currency === c);
        if (mk) expectEqual(`earnings ${at} ${c}: this-month card vs the month preset`, k.thisMonth.value, mk.periodEarned.value);
        const rec = e.reconciliation.find((r) => r.currency === c);
        if (rec) {
          expectEqual(`earnings ${at} ${c}: all-time earned vs reconciliation`, k.allTimeEarned, rec.earned);
          expectEqual(`earnings ${at} ${c}: available vs reconciliation`, micros(k.available).toString(), micros(rec.available).toString());
        }
        // Gross − fees = net, for the period, its comparison and all time.
        expectEqual(`earnings ${at} ${c}: gross − fees = net`, (micros(k.periodGross.value) - micros(k.periodFees.value)).toString(), total.toString());
        if (k.periodEarned.previous !== null)
          expectEqual(`earnings ${at} ${c}: previous gross − fees = net`, (micros(k.periodGross.previous!) - micros(k.periodFees.previous!)).toString(), micros(k.periodEarned.previous).toString());
        expectEqual(`earnings ${at} ${c}: comparison of gross and fees present`, [k.periodGross.previous === null, k.periodFees.previous === null], [e.period.previous === null, e.period.previous === null]);
        expectEqual(`earnings ${at} ${c}: all-time gross − fees = net`, (micros(k.allTimeGross) - micros(k.allTimeFees)).toString(), micros(k.allTimeEarned).toString());
        const w = e.payouts.withdrawable.find((x) => x.currency === c);
        if (w) expectEqual(`earnings ${at} ${c}: available vs payouts panel`, w.available, k.available);
        // The estimates start from what the page says happened, and add up.
        const p = e.outlook.projections.find((x) => x.currency === c);
        if (p) {
          expectEqual(`earnings ${at} ${c}: estimate's month so far vs this-month card`, p.month.actual, k.thisMonth.value);
          expectEqual(`earnings ${at} ${c}: estimate's base vs its streams'`, micros(p.month.base).toString(), sum(p.streams.map((s) => s.month.base)).toString());
          expectEqual(`earnings ${at} ${c}: estimate's year so far vs its streams'`, micros(p.year.actual).toString(), sum(p.streams.map((s) => s.year.actual)).toString());
          expectEqual(`earnings ${at} ${c}: low ≤ base ≤ high`, micros(p.month.low) <= micros(p.month.base) && micros(p.month.base) <= micros(p.month.high), true);
          expectEqual(`earnings ${at} ${c}: the days left add up to the rest`, sum(p.days).toString(), (micros(p.month.base) - micros(p.month.actual)).toString());
        }
        const n = e.outlook.nextPayouts.find((x) => x.currency === c);
        if (n) expectEqual(`earnings ${at} ${c}: next payout's available vs card`, n.available, k.available);
        if (c !== 'CREDITS') expectEqual(`earnings ${at} ${c}: withdrawable listed`, w !== undefined, true);
      }
      if (compare !== 'previous') continue;
      // The period's and the comparison's gross, fees and net, against the ledger rows themselves.
      for (const [which, range, figure] of [
        ['period', e.period.current, (k: (typeof e.kpis)[number]) => [k.periodGross.value, k.periodFees.value, k.periodEarned.value]],
        ['comparison', e.period.previous, (k: (typeof e.kpis)[number]) => [k.periodGross.previous, k.periodFees.previous, k.periodEarned.previous]],
      ] as const) {
        if (!range) continue;
        const fromLedger = ledgerMoney(db, range.startMs, range.endMs);
        for (const k of e.kpis) {
          const l = fromLedger.get(k.currency);
          expectEqual(`earnings ${at} ${k.currency}: ${which} gross, fees, net vs the ledger rows`, figure(k).map((v) => micros(v ?? '0').toString()), [l?.gross ?? 0n, l?.fee ?? 0n, l?.net ?? 0n].map(String));
        }
        for (const currency of fromLedger.keys()) expectEqual(`earnings ${at} ${currency}: a currency with income has its figures`, e.kpis.some((k) => k.currency === currency), true);
      }
      const ch = await charactersDashboard(db, spec, zone, nowMs);
      for (const row of ch.characters.slice(0, 3)) {
        const detail = characterDetail(db, spec, zone, nowMs, row.id);
        expectEqual(`characters ${at} ${row.id}: table money vs its page`, row.money, detail?.money);
        for (const m of row.money)
          expectEqual(`characters ${at} ${row.id} ${m.currency}: earned = marketplace + embed`, micros(m.earned.value).toString(), (micros(m.marketplace.value) + micros(m.embed.value)).toString());
        expectEqual(`characters ${at} ${row.id}: table chats vs its page`, row.metrics.chatsStarted, { value: detail?.kpis.chatsStarted.value, previous: detail?.kpis.chatsStarted.previous });
        for (const list of [detail!.scenarios, detail!.models])
          if (list.some((b) => b.value > 0)) expectEqual(`characters ${at} ${row.id}: breakdown shares`, tenths(list.map((b) => b.sharePct)), 1000);
      }
      const a = audienceDashboard(db, spec, zone, nowMs);
      for (const [what, pcts] of [
        ['hashtags', a.hashtags.map((h) => h.sharePct)],
        ['countries', a.countries.map((x) => x.sharePct.value)],
        ['top characters', a.topCharacters.map((x) => x.sharePct)],
      ] as const)
        if (pcts.some((p) => (p ?? 0) > 0)) expectEqual(`audience ${at}: ${what} shares sum`, tenths([...pcts]), 1000);
    }

  // This week's review counts money as the Earnings page counts the same week.
  const review = reviewPayload(db, undefined, 'week', zone, nowMs);
  const week = await earningsDashboard(db, { preset: 'custom', from: review.period.current.from, to: review.period.current.to }, zone, nowMs);
  const trend = review.items.find((i) => i.id === 'earnings-trend')!;
  for (const k of week.kpis) {
    const m = trend.metrics.find((x) => x.id === `earned-${k.currency}`);
    if (m) expectEqual(`review week ${k.currency}: earned vs Earnings`, micros(String(m.value)).toString(), micros(k.periodEarned.value).toString());
  }

  // The tax pack's statement for last calendar year states the income the Earnings page shows for the same days.
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric' }).format(nowMs)) - 1;
  const days = { from: `${year}-01-01`, to: `${year}-12-31` };
  const statement = await annualStatement(db, { ...days, tz: zone, nowMs, homeCurrency: 'EUR', rateMethod: 'daily', taxYearStart: '01-01' });
  const yearPage = await earningsDashboard(db, { preset: 'custom', ...days }, zone, nowMs);
  for (const k of yearPage.kpis) {
    const t = statement.incomeTotals.find((x) => x.currency === k.currency);
    expectEqual(`statement ${year} ${k.currency}: gross, fees, net vs Earnings`, [k.periodGross.value, k.periodFees.value, k.periodEarned.value].map((v) => micros(v).toString()), [t?.gross ?? '0', t?.fee ?? '0', t?.net ?? '0'].map((v) => micros(v).toString()));
  }
  for (const t of statement.incomeTotals) expectEqual(`statement ${year} ${t.currency}: on the Earnings page`, yearPage.kpis.some((k) => k.currency === t.currency), true);
  expectEqual(`statement ${year}: has income`, statement.incomeTotals.length > 0, true);
  return { checks, failures, combinations };
}
