import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { earningsDashboard } from '../../db/queries/earnings';
import { earnedBySource, type SourceAmount } from '../../db/queries/earnings/by-source';
import { earnedDaily } from '../../db/queries/earnings/earned';
import { payoutBreakdown } from '../../db/queries/earnings/payouts';
import { rollupZone } from '../../db/rollup-zone';
import { ensureRollupZone } from '../../db/rollups';
import { insertCatalogue, insertCreator, insertLedger, insertPayout, insertSnapshot, insertSupport } from '../helpers/fixture';
import { tempDbFile } from '../helpers/tmp';
import { earningsTables } from '../../electron/export/tables/earnings';

// Berlin: CET (+1) in winter, CEST (+2) until 2026-10-25 01:00 UTC. "Now" is 13:00 CET on 22 November.
const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-22T12:00:00Z');
let db: Db;

// Every expectation holds twice: computed from the ledger rows, and from the trigger-kept day and
// month rollups (in the reporting zone) plus the ledger rows at partial-day edges.
describe.each([
  ['from the ledger rows', false],
  ['from the rollups', true],
])('earnings %s', (_label, rollups) => {
beforeAll(async () => {
  db = (await openDatabase(tempDbFile())).db;
  insertCreator(db, ZONE);
  insertCatalogue(db, [['c1', 'Ada'], ['c2', 'Brix']], [['p1', 'Dice']]);
  insertLedger(db, [
    { id: 'L1', at: '2026-11-01T00:30:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '10.5', fee: '0.5', status: 'available' },
    // 00:30 on 1 November in Berlin, though still 31 October in UTC
    { id: 'L2', at: '2026-10-31T23:30:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: '3.123457', fee: '0.000001', status: 'pending' },
    // 23:30 on 31 October in Berlin
    { id: 'L3', at: '2026-10-31T22:30:00Z', stream: 'character', sourceType: 'character', sourceId: 'c2', currency: 'CREDITS', gross: '8', fee: '0.75', status: 'available' },
    { id: 'L4', at: '2026-11-10T10:00:00Z', stream: 'adjustment', currency: 'CREDITS', gross: '-1.000001', status: 'available' },
    { id: 'L5', at: '2026-11-12T10:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '2.5', fee: '0.25', status: 'reversed' },
    { id: 'L6', at: '2026-11-15T10:00:00Z', stream: 'payout', sourceType: 'payout', sourceId: 'po1', currency: 'USDT', gross: '-10', status: 'available', payoutId: 'po1' },
    { id: 'L7', at: '2026-11-20T09:00:00Z', stream: 'support', sourceType: 'support', sourceId: 's1', currency: 'USD', gross: '5', status: 'pending' },
    // 23:30 CET on 25 October, after the clocks went back (a fixed CEST offset would make it the 26th)
    { id: 'L8', at: '2026-10-25T22:30:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '1', status: 'available' },
    { id: 'L9', at: '2026-10-20T12:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '4.4', fee: '0.4', status: 'available' },
    { id: 'L10', at: '2026-09-15T12:00:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c2', currency: 'USDT', gross: '20', status: 'available' },
  ]);
  insertSnapshot(db, '2026-11-22T11:00:00Z', 'USDT', '14.000000', '3.123456');
  insertSnapshot(db, '2026-11-22T11:00:00Z', 'CREDITS', '17.00', '0');
  insertSupport(db, [
    { id: 's1', at: '2026-11-20T09:00:00Z', name: '=HYPERLINK("http://x")', message: '<script>alert(1)</script>\nthanks "friend" 🎉', amount: '5', currency: 'USD' },
    { id: 's0', at: '2026-11-02T09:00:00Z', name: 'مرحبا', message: 'older', amount: '1.5', currency: 'CREDITS' },
  ]);
  insertPayout(db, { id: 'po1', at: '2026-11-15T10:00:00Z', currency: 'USDT', amount: '10.00', fee: '0.50', status: 'paid', breakdown: [['character', 'c1', '6.00'], ['plugin', 'p1', '4.00']] });
  insertPayout(db, { id: 'po0', at: '2026-10-03T10:00:00Z', currency: 'USDT', amount: '12.00', fee: '0.50', status: 'failed', failureReason: 'wallet address rejected', breakdown: [['character', 'c2', '12.00']] });
  if (rollups) expect(ensureRollupZone(db, ZONE)).toBe(true);
  expect(rollupZone(db)).toBe(rollups ? ZONE : 'UTC');
});

describe('earnings dashboard queries', () => {
  it('keeps balances per currency from the ledger alone, reversed rows counting for nothing', async () => {
    const d = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW);
    const kpi = Object.fromEntries(d.kpis.map((k) => [k.currency, k]));
    expect(d.currencies).toEqual(['CREDITS', 'USD', 'USDT']);
    expect(kpi.CREDITS).toMatchObject({ available: '17.249999', pending: '0.00', allTimeEarned: '17.249999' });
    expect(kpi.USDT).toMatchObject({ available: '14.00', pending: '3.123456', allTimeEarned: '27.123456' });
    expect(kpi.USD).toMatchObject({ available: '0.00', pending: '5.00', allTimeEarned: '5.00' });
  });

  it('this month to date in Berlin against the same days of October', async () => {
    const d = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW);
    const kpi = Object.fromEntries(d.kpis.map((k) => [k.currency, k]));
    // CREDITS: L1 10.000000 + L4 -1.000001; L3 is 31 October in Berlin. USDT: L2 only (L5 reversed, L6 a payout).
    expect(kpi.CREDITS.periodEarned).toEqual({ value: '8.999999', previous: '0.00' });
    expect(kpi.USDT.periodEarned).toEqual({ value: '3.123456', previous: '4.00' });
    expect(kpi.USD.periodEarned).toEqual({ value: '5.00', previous: '0.00' });
    expect(kpi.USDT.thisMonth).toEqual({ value: '3.123456', previous: '4.00' });
    expect(kpi.CREDITS.thisMonth).toEqual({ value: '8.999999', previous: '0.00' });
    // Over another period, "this month" is still November to date against the same days of October.
    const other = await earningsDashboard(db, { preset: 'last_month' }, ZONE, NOW);
    const k2 = Object.fromEntries(other.kpis.map((k) => [k.currency, k]));
    expect(k2.USDT.periodEarned.value).toBe('4.00');
    expect(k2.USDT.thisMonth).toEqual({ value: '3.123456', previous: '4.00' });
    expect(k2.CREDITS.thisMonth).toEqual({ value: '8.999999', previous: '0.00' });
  });

  it('keeps gross, fees and net apart for the period, its comparison and all time, gross − fees = net', async () => {
    const d = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW);
    const kpi = Object.fromEntries(d.kpis.map((k) => [k.currency, k]));
    const figures = (c: string) => [kpi[c].periodGross, kpi[c].periodFees, kpi[c].periodEarned];
    // November to date in Berlin. CREDITS: L1 10.5 − 0.5 and L4 −1.000001; USDT: L2 3.123457 − 0.000001
    // (L5 reversed, L6 a payout). 1–22 October: USDT L9 4.4 − 0.4.
    expect(figures('CREDITS')).toEqual([
      { value: '9.499999', previous: '0.00' },
      { value: '0.50', previous: '0.00' },
      { value: '8.999999', previous: '0.00' },
    ]);
    expect(figures('USDT')).toEqual([
      { value: '3.123457', previous: '4.40' },
      { value: '0.000001', previous: '0.40' },
      { value: '3.123456', previous: '4.00' },
    ]);
    expect(figures('USD')).toEqual([
      { value: '5.00', previous: '0.00' },
      { value: '0.00', previous: '0.00' },
      { value: '5.00', previous: '0.00' },
    ]);
    // All time: CREDITS L1, L3 (8 − 0.75), L4, L8; USDT L2, L9, L10 (20).
    expect([kpi.CREDITS.allTimeGross, kpi.CREDITS.allTimeFees, kpi.CREDITS.allTimeEarned]).toEqual(['18.499999', '1.25', '17.249999']);
    expect([kpi.USDT.allTimeGross, kpi.USDT.allTimeFees, kpi.USDT.allTimeEarned]).toEqual(['27.523457', '0.400001', '27.123456']);
    // October in Berlin (L3 late on the 31st, L8 on the 25th, L9) against September (L10).
    const last = Object.fromEntries((await earningsDashboard(db, { preset: 'last_month' }, ZONE, NOW)).kpis.map((k) => [k.currency, k]));
    expect([last.CREDITS.periodGross.value, last.CREDITS.periodFees.value, last.CREDITS.periodEarned.value]).toEqual(['9.00', '0.75', '8.25']);
    expect([last.USDT.periodGross, last.USDT.periodFees]).toEqual([
      { value: '4.40', previous: '20.00' },
      { value: '0.40', previous: '0.00' },
    ]);
    // The export carries the same figures.
    const t = earningsTables(d);
    const row = Object.fromEntries(t.kpis.columns.map((c, i) => [c, t.kpis.rows.find((r) => r.key === 'USDT')!.cells[i]]));
    expect(row).toMatchObject({ period_gross: '3.123457', period_fees: '0.000001', period_earned: '3.123456', previous_period_gross: '4.40', previous_period_fees: '0.40', all_time_gross: '27.523457', all_time_fees: '0.400001' });
  });

  it.runIf(rollups)('reads whole days’ gross and fees from the rollups, as it reads their net', async () => {
    // A day's rollup row moved by hand shows in the figures: they were not summed from the ledger rows.
    const shift = (micros: number) =>
      db.prepare(`UPDATE ledger_daily SET gross = gross + ?, fee = fee + ? WHERE day = '2026-10-20' AND currency = 'USDT'`).run(micros, micros);
    shift(1_000_000);
    try {
      const usdt = (await earningsDashboard(db, { preset: 'last_month' }, ZONE, NOW)).kpis.find((k) => k.currency === 'USDT')!;
      expect([usdt.periodGross.value, usdt.periodFees.value, usdt.periodEarned.value]).toEqual(['5.40', '1.40', '4.00']);
    } finally {
      shift(-1_000_000);
    }
  });

  it('draws each stream per local day, on the right side of midnight', async () => {
    const d = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW);
    expect(d.series.granularity).toBe('day');
    expect(d.series.buckets).toHaveLength(22);
    const at = (stream: string, currency: string, day: string) =>
      d.series.byStream.find((s) => s.stream === stream && s.currency === currency)?.values[d.series.buckets.indexOf(day)];
    expect(at('character', 'CREDITS', '2026-11-01')).toBe('10.00');
    expect(at('embed', 'USDT', '2026-11-01')).toBe('3.123456');
    expect(at('adjustment', 'CREDITS', '2026-11-10')).toBe('-1.000001');
    expect(at('support', 'USD', '2026-11-20')).toBe('5.00');
    expect(d.series.byStream.map((s) => `${s.currency}/${s.stream}`)).toEqual(['CREDITS/adjustment', 'CREDITS/character', 'USD/support', 'USDT/embed']);
    // The comparison overlay: October's USDT total sits on the bucket of the same day of the month (20th).
    const prevUsdt = d.series.previousTotals.find((p) => p.currency === 'USDT')!;
    expect(prevUsdt.values[19]).toBe('4.00');
  });

  it('puts last month’s rows into October days across the DST change', async () => {
    const d = await earningsDashboard(db, { preset: 'last_month' }, ZONE, NOW);
    const credits = d.series.byStream.find((s) => s.stream === 'character' && s.currency === 'CREDITS')!;
    expect(credits.values[d.series.buckets.indexOf('2026-10-25')]).toBe('1.00');
    expect(credits.values[d.series.buckets.indexOf('2026-10-31')]).toBe('7.25');
    expect(credits.total).toBe('8.25');
    const one = await earningsDashboard(db, { preset: 'custom', from: '2026-10-26', to: '2026-10-26' }, ZONE, NOW);
    expect(one.kpis.find((k) => k.currency === 'CREDITS')!.periodEarned.value).toBe('0.00');
  });

  it('breaks earnings down by character (chat share vs embed) and plugin, keeping removed sources', async () => {
    const d = await earningsDashboard(db, { preset: 'last_month' }, ZONE, NOW);
    const row = (id: string, currency: string) => d.sources.find((s) => s.id === id && s.currency === currency);
    expect(row('c1', 'CREDITS')).toMatchObject({ name: 'Ada', marketplace: '1.00', embed: '0.00', total: { value: '1.00', previous: '0.00' } });
    expect(row('c2', 'CREDITS')).toMatchObject({ marketplace: '7.25', total: { value: '7.25' } });
    expect(row('p1', 'USDT')).toMatchObject({ sourceType: 'plugin', marketplace: '4.00', total: { value: '4.00', previous: '0.00' } });
    // September: c2's embed 20.00 is the comparison for c2 in USDT
    expect(row('c2', 'USDT')).toMatchObject({ embed: '0.00', total: { value: '0.00', previous: '20.00' } });
    // The sparklines, in micro-units per October day (Berlin): L8 on the 25th, L3 late on the 31st.
    const day = (d: number) => d - 1;
    expect(row('c1', 'CREDITS')!.spark).toHaveLength(31);
    expect(row('c1', 'CREDITS')!.spark.map((v, i) => (v ? [i, v] : null)).filter(Boolean)).toEqual([[day(25), 1_000_000]]);
    expect(row('c2', 'CREDITS')!.spark.map((v, i) => (v ? [i, v] : null)).filter(Boolean)).toEqual([[day(31), 7_250_000]]);
  });

  it('sums each source by local month over a span with partial months at both ends (20 Sep – 20 Nov)', () => {
    const span = { zone: ZONE, startMs: Date.parse('2026-09-19T22:00:00Z'), endMs: Date.parse('2026-11-20T23:00:00Z') };
    // Rows of one key may come in pieces (whole months, edges): they are to be summed.
    const summed = (rows: SourceAmount[]) => {
      const out = new Map<string, bigint>();
      for (const r of rows) out.set(`${r.day} ${r.sourceType}:${r.id} ${r.currency} ${r.stream}`, (out.get(`${r.day} ${r.sourceType}:${r.id} ${r.currency} ${r.stream}`) ?? 0n) + r.net);
      return [...out].map(([k, net]) => `${k} ${net}`).sort();
    };
    // By hand: L10 (15 Sep) is before the span; L5 is reversed; L2 is 1 November in Berlin; L4, L6, L7 are no character or plugin.
    expect(summed(earnedBySource(db, span, { sourceTypes: ['character', 'plugin'] }, 'month'))).toEqual(
      ['2026-10 plugin:p1 USDT plugin 4000000', '2026-10 character:c1 CREDITS character 1000000', '2026-10 character:c2 CREDITS character 7250000', '2026-11 character:c1 USDT embed 3123456', '2026-11 character:c1 CREDITS character 10000000'].sort(),
    );
    expect(summed(earnedBySource(db, span, { sourceTypes: ['character'], id: 'c1' }))).toEqual([' character:c1 CREDITS character 11000000', ' character:c1 USDT embed 3123456']);
  });

  it('sums each source by local quarter, the rows before October in the third, and labels each piece by the quarter it lies in', () => {
    const span = { zone: ZONE, startMs: Date.parse('2026-09-01T00:00:00Z'), endMs: NOW };
    const byQuarter = new Map<string, bigint>();
    for (const r of earnedBySource(db, span, { sourceTypes: ['character', 'plugin'] }, 'quarter')) byQuarter.set(r.day, (byQuarter.get(r.day) ?? 0n) + r.net);
    // By hand: Q3 holds L10 (20.00); Q4 holds L1 10.00, L2 3.123456, L3 7.25, L8 1.00, L9 4.00 (L5 reversed).
    expect(Object.fromEntries(byQuarter)).toEqual({ '2026-07': 20_000_000n, '2026-10': 25_373_456n });
  });

  it('reads nothing for an empty span, at any detail', () => {
    const at = Date.parse('2026-11-01T00:30:00Z'); // L1's instant
    for (const detail of ['none', 'day', 'month', 'quarter'] as const)
      expect(earnedBySource(db, { zone: ZONE, startMs: at, endMs: at }, { sourceTypes: ['character', 'plugin'] }, detail)).toEqual([]);
  });

  it('names chart buckets by the Monday of a week and the first of a month, as the chart does', () => {
    const sum = (bucket: 'week' | 'month') => {
      const out = new Map<string, bigint>();
      for (const r of earnedDaily(db, ZONE, Date.parse('2026-09-01T00:00:00Z'), NOW, bucket)) {
        const k = `${r.day} ${r.currency} ${r.stream}`;
        out.set(k, (out.get(k) ?? 0n) + r.net);
      }
      return Object.fromEntries(out);
    };
    // By hand (Berlin days): L8 Sunday 25 Oct → week of 19 Oct, with L9 (20 Oct); L3 Saturday 31 Oct and
    // L1, L2 Sunday 1 Nov → week of 26 Oct; L4 Tuesday 10 Nov → week of 9 Nov.
    expect(sum('week')).toMatchObject({
      '2026-10-19 CREDITS character': 1_000_000n,
      '2026-10-19 USDT plugin': 4_000_000n,
      '2026-10-26 CREDITS character': 17_250_000n,
      '2026-10-26 USDT embed': 3_123_456n,
      '2026-11-09 CREDITS adjustment': -1_000_001n,
      '2026-09-14 USDT embed': 20_000_000n,
    });
    expect(sum('month')).toMatchObject({ '2026-10-01 CREDITS character': 8_250_000n, '2026-11-01 CREDITS character': 10_000_000n, '2026-11-01 USDT embed': 3_123_456n });
  });

  it('computes month-over-month growth, rounded to a tenth of a percent', async () => {
    const d = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW);
    const credits = d.growth.find((g) => g.currency === 'CREDITS')!;
    expect(credits.months.at(-1)).toBe('2026-11');
    expect(credits.amounts.slice(-2)).toEqual(['8.25', '8.999999']);
    // November is unfinished: it is compared with 1–22 October (nothing in CREDITS), not all of October.
    expect(credits.lastIsPartial).toBe(true);
    expect(credits.growthPct.at(-1)).toBeNull();
    expect(credits.growthPct.at(-2)).toBeNull(); // September earned nothing in CREDITS
    const usdt = d.growth.find((g) => g.currency === 'USDT')!;
    // October against September: 20 → 4; November so far (3.123456) against 1–22 October (4.00, L9 on the 20th)
    expect(usdt.growthPct.slice(-2)).toEqual([-80, -21.9]);
    const whole = (await earningsDashboard(db, { preset: 'month' }, ZONE, Date.parse('2026-12-01T12:00:00Z'))).growth.find((g) => g.currency === 'CREDITS')!;
    expect(whole.months.slice(-2)).toEqual(['2026-11', '2026-12']);
    expect(whole.growthPct.at(-2)).toBe(9.1); // November 8.999999 against October 8.25: 9.0909…%
  });

  it('names the days of an unfinished month and of the This-month figures, so a custom period never speaks of two "this months"', async () => {
    const custom = await earningsDashboard(db, { preset: 'custom', from: '2026-10-10', to: '2026-11-20' }, ZONE, NOW);
    const usdt = custom.growth.find((g) => g.currency === 'USDT')!;
    expect([usdt.months.at(-1), usdt.lastIsPartial, usdt.lastThrough]).toEqual(['2026-11', true, '2026-11-20']);
    expect(custom.thisMonth).toEqual({ current: { from: '2026-11-01', to: '2026-11-22' }, previous: { from: '2026-10-01', to: '2026-10-22' } });
    const month = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW);
    expect(month.growth[0].lastThrough).toBe('2026-11-22');
    const last = await earningsDashboard(db, { preset: 'last_month' }, ZONE, NOW);
    expect(last.growth.map((g) => [g.months.at(-1), g.lastIsPartial, g.lastThrough])).toEqual(last.growth.map(() => ['2026-10', false, null]));
  });

  it('writes display exports as the page reads: local times in the reporting zone beside UTC, stream names and shares in screen order', async () => {
    const t = earningsTables(await earningsDashboard(db, { preset: 'month' }, ZONE, NOW));
    expect(t.support.columns.slice(0, 3)).toEqual(['id', 'local_time_Europe_Berlin', 'occurred_at_utc']);
    // 09:00 UTC on 20 November is 10:00 in Berlin (CET).
    expect(t.support.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['s1', '2026-11-20 10:00', '2026-11-20T09:00:00Z'],
      ['s0', '2026-11-02 10:00', '2026-11-02T09:00:00Z'],
    ]);
    expect(t.payouts.rows.map((r) => [r.cells[1], r.cells[9], r.cells[10]])).toEqual([
      ['2026-11-15 11:00', 'Paid', 'paid'],
      ['2026-10-03 12:00', 'Failed', 'failed'],
    ]);
    // November in Berlin: credits 10 (L1, chat share) and −1.000001 (L4, adjustment): the adjustment has no share.
    expect(t.distribution.columns).toEqual(['currency', 'stream', 'stream_code', 'share_pct', 'amount', 'previous_amount']);
    expect(t.distribution.rows.filter((r) => r.cells[0] === 'CREDITS').map((r) => r.cells.slice(1, 5))).toEqual([
      ['Chat share', 'character', '100.0', '10.00'],
      ['Adjustments', 'adjustment', '0.0', '-1.000001'],
    ]);
  });

  it('reconciles earned → released → paid out and shows a snapshot mismatch with its size', async () => {
    const d = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW);
    const usdt = d.reconciliation.find((r) => r.currency === 'USDT')!;
    expect(usdt).toMatchObject({ earned: '27.123456', pending: '3.123456', released: '24.00', paidOut: '10.00', available: '14.00' });
    expect(usdt.mismatch).toEqual({ available: '0.00', pending: '0.00' });
    const credits = d.reconciliation.find((r) => r.currency === 'CREDITS')!;
    expect(credits.mismatch).toEqual({ available: '-0.249999', pending: '0.00' });
  });

  it('lists fan support newest first, verbatim', async () => {
    const d = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW);
    expect(d.support.items.map((s) => s.id)).toEqual(['s1', 's0']);
    expect(d.support.items[0]).toMatchObject({ supporterName: '=HYPERLINK("http://x")', message: '<script>alert(1)</script>\nthanks "friend" 🎉', amount: '5.00' });
  });

  it('shows payouts with what arrived, the failure reason, named sources, and progress to the minimum', async () => {
    const d = await earningsDashboard(db, { preset: 'month' }, ZONE, NOW);
    expect(d.payouts.history.map((p) => [p.id, p.status, p.received])).toEqual([
      ['po1', 'paid', '9.50'],
      ['po0', 'failed', '11.50'],
    ]);
    // The breakdown is read when a payout is opened, largest source first.
    expect(d.payouts.history[0].sourceCount).toBe(2);
    expect(payoutBreakdown(db, 'po1')!.map((b) => `${b.name}:${b.amount}`)).toEqual(['Ada:6.00', 'Dice:4.00']);
    expect(payoutBreakdown(db, 'nope')).toBeNull();
    expect(d.payouts.history[1].failureReason).toBe('wallet address rejected');
    // Every withdrawable currency, USD (fan support, no minimum set, nothing available yet) as much as USDT.
    expect(d.payouts.withdrawable).toEqual([
      { currency: 'USD', available: '0.00', minimum: null, progressPct: 0, reached: false, payouts: 0, last: null },
      { currency: 'USDT', available: '14.00', minimum: '10.00', progressPct: 100, reached: true, payouts: 2, last: { createdAt: '2026-11-15T10:00:00Z', received: '9.50', status: 'paid' } },
    ]);
    expect(d.payouts.nextProcessing).toBe('2026-12-01');
  });

  it('divides chat and embed earnings by 30-day active users, now and per Berlin month', async () => {
    const stats = db.prepare(
      `INSERT INTO stats_characters (character_id, date, chats_started, messages, tokens, active_users, active_users_30d, returning_users,
         profile_views, chats_from_profile, rating_count, rating_sum, new_followers, updated_at) VALUES (?, ?, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, '')`,
    );
    for (const [date, users] of [['2026-09-30', 4], ['2026-10-31', 5], ['2026-11-21', 10]] as const) stats.run('c1', date, users);
    try {
      const perUser = (await earningsDashboard(db, { preset: 'month' }, ZONE, NOW)).perUser;
      const month = (currency: string, m: string) => perUser.find((p) => p.currency === currency)!.trend.find((t) => t.month === m)!.value;
      // The 30 days to now: credits 10 (L1) + 7.25 (L3) + 1 (L8) = 18.25, USDT 3.123456 (L2), over 10 users.
      expect(perUser.map((p) => [p.currency, p.value.value, p.activeUsers])).toEqual([
        ['CREDITS', '1.825', 10],
        ['USDT', '0.312345', 10],
      ]);
      // September: USDT 20 (L10) / 4; October in Berlin: credits 1 + 7.25 / 5 (L2 is 1 November there);
      // November so far: credits 10 / 10 and USDT 3.123456 / 10. A month with no users has no value.
      expect([month('USDT', '2026-09'), month('CREDITS', '2026-09'), month('CREDITS', '2026-10'), month('USDT', '2026-10')]).toEqual(['5.00', null, '1.65', null]);
      expect([month('CREDITS', '2026-11'), month('USDT', '2026-11'), month('USDT', '2026-08')]).toEqual(['1.00', '0.312345', null]);
      expect(perUser[0].trend.map((t) => t.month)).toEqual(Array.from({ length: 12 }, (_, i) => (i === 0 ? '2025-12' : `2026-${String(i).padStart(2, '0')}`)));
    } finally {
      db.exec('DELETE FROM stats_characters');
    }
  });
});
});
