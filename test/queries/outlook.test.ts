// The Earnings outlook read from a real database: the month's estimate per currency, the next payout
// (a processing that falls on a weekend, a balance just below the minimum, a failed payout's money
// back in the balance, a payout on its way) and the goals. Every figure is worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { balances } from '../../db/queries/earnings/balances';
import { payoutOverview } from '../../db/queries/earnings/payouts';
import { earningsOutlook } from '../../db/queries/forecast/outlook';
import { writeSettings } from '../../db/queries/settings';
import { addDays } from '../../db/time/days';
import { insertCreator, insertLedger, insertPayout, type LedgerInput } from '../helpers/fixture';
import { tempDbFile } from '../helpers/tmp';

// Monday 20 July 2026 at noon UTC: half of today is still to come.
const NOW = Date.parse('2026-07-20T12:00:00Z');

async function outlookAt(db: Db, zone: string, nowMs = NOW) {
  return earningsOutlook(db, zone, nowMs, payoutOverview(db, balances(db), zone, nowMs));
}

function setPayoutArrival(db: Db, id: string, day: string) {
  db.prepare('UPDATE payouts SET arrival_date = ? WHERE id = ?').run(day, id);
}

// Rollups are kept in UTC; Africa/Abidjan has the same days (UTC all year) but is another zone, so the
// same figures are read from the ledger rows instead.
describe.each(['UTC', 'Africa/Abidjan'])('the outlook in %s', (zone) => {
  let db: Db;
  beforeAll(async () => {
    db = (await openDatabase(tempDbFile())).db;
    insertCreator(db, 'UTC', [
      { currency: 'USDT', amount: '10.00' },
      { currency: 'USD', amount: '10.00' },
    ]);
    const rows: LedgerInput[] = [];
    // 1.00 USDT every day from 1 January 2025 to yesterday: released up to June, pending in July.
    for (let day = '2025-01-01'; day < '2026-07-20'; day = addDays(day, 1))
      rows.push({ id: `c${day}`, at: `${day}T10:00:00Z`, stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: '1', status: day < '2026-07-01' ? 'available' : 'pending' });
    rows.push({ id: 'today', at: '2026-07-20T06:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: '0.5', status: 'pending' });
    // Older money, before the window the estimate reads: a prize, and 9.99 USD, one cent short of its minimum.
    rows.push({ id: 'prize', at: '2024-10-10T10:00:00Z', stream: 'campaign', currency: 'USDT', gross: '47', status: 'available' });
    rows.push({ id: 'usd', at: '2024-12-01T10:00:00Z', stream: 'bounty', currency: 'USD', gross: '9.99', status: 'available' });
    // Payouts: two paid, one failed (its money back in the balance), one on its way.
    rows.push({ id: 'lp-1', at: '2026-04-02T10:00:00Z', stream: 'payout', sourceType: 'payout', sourceId: 'po-1', currency: 'USDT', gross: '-12', status: 'available', payoutId: 'po-1' });
    rows.push({ id: 'lp0', at: '2026-05-05T10:00:00Z', stream: 'payout', sourceType: 'payout', sourceId: 'po0', currency: 'USDT', gross: '-5', status: 'available', payoutId: 'po0' });
    rows.push({ id: 'lp1', at: '2026-06-03T10:00:00Z', stream: 'payout', sourceType: 'payout', sourceId: 'po1', currency: 'USDT', gross: '-30', status: 'reversed', payoutId: 'po1' });
    rows.push({ id: 'lp2', at: '2026-07-03T10:00:00Z', stream: 'payout', sourceType: 'payout', sourceId: 'po2', currency: 'USDT', gross: '-8', status: 'available', payoutId: 'po2' });
    insertLedger(db, rows);
    insertPayout(db, { id: 'po-1', at: '2026-04-02T10:00:00Z', currency: 'USDT', amount: '12.00', fee: '1.00', status: 'paid', breakdown: [] });
    insertPayout(db, { id: 'po0', at: '2026-05-05T10:00:00Z', currency: 'USDT', amount: '5.00', fee: '1.00', status: 'paid', breakdown: [] });
    insertPayout(db, { id: 'po1', at: '2026-06-03T10:00:00Z', currency: 'USDT', amount: '30.00', fee: '1.00', status: 'failed', failureReason: 'rejected', breakdown: [] });
    insertPayout(db, { id: 'po2', at: '2026-07-03T10:00:00Z', currency: 'USDT', amount: '8.00', fee: '1.00', status: 'processing', breakdown: [] });
    // April's processing began Wednesday 1 April: 2, 3, 6, 7, 8, 9 April are 6 business days. May's began
    // Friday 1 May: 4, 5, 6, 7 May are 4.
    setPayoutArrival(db, 'po-1', '2026-04-09');
    setPayoutArrival(db, 'po0', '2026-05-07');
    writeSettings(db, { goals: { USDT: '30.00', USD: '5.00' } });
  });

  it('projects the month from what is in and the run-rate of the rest; a flat history leaves no spread', async () => {
    const o = await outlookAt(db, zone);
    expect(o.month).toBe('2026-07');
    expect(o.today).toBe('2026-07-20');
    expect(o.days).toHaveLength(12);
    const usdt = o.projections.find((p) => p.currency === 'USDT')!;
    // 1–19 July: 19.00, and 0.50 today. Half of today (0.50) and 21–31 July (11.00) to come: 31.00. Every
    // replayed month's rest came exactly as expected, so low = base = high.
    expect(usdt.month).toEqual({ actual: '19.50', low: '31.00', base: '31.00', high: '31.00' });
    expect(usdt.band).toBe('months');
    expect(usdt.comparable).toBe(12);
    expect(usdt.days[0]).toBe('0.50');
    expect(usdt.days.slice(1).every((d) => d === '1.00')).toBe(true);
    // The year: 1 January to 19 July 2026 is 200 days, plus 0.50; then 0.50 and 164 days to come.
    expect(usdt.year).toEqual({ actual: '200.50', low: '365.00', base: '365.00', high: '365.00' });
    expect(usdt.streams.map((s) => s.stream)).toEqual(['character']);
    // USD earned nothing in the window the estimate reads.
    expect(o.projections.map((p) => p.currency)).toEqual(['USDT']);
  });

  it('the next payout: processing moves from Saturday 1 August to Monday 3 August; the failed payout’s money is in it', async () => {
    const o = await outlookAt(db, zone);
    const usdt = o.nextPayouts.find((p) => p.currency === 'USDT')!;
    // Available: 47 + 546 days released (1 Jan 2025 – 30 Jun 2026) - 12 - 5 - 8 (the failed 30 came back) = 568.00.
    expect(usdt.available).toBe('568.00');
    expect(usdt.processingOn).toBe('2026-08-03');
    expect(usdt.movedFromWeekend).toBe(true);
    // Released on 3 August: July's pending 19.50 and the 11.50 the rest of July should bring.
    expect(usdt.released).toEqual({ actual: '19.50', low: '31.00', base: '31.00', high: '31.00' });
    expect(usdt.amount).toEqual({ low: '599.00', base: '599.00', high: '599.00' });
    expect(usdt.certain).toBe('587.50');
    expect(usdt.clears).toBe('yes');
    expect(usdt.returned).toBe('30.00');
    // 4 to 6 business days after Monday 3 August: Friday 7 to Tuesday 11 August.
    expect(usdt.processingDays).toEqual({ min: 4, max: 6 });
    expect(usdt.arrival).toEqual({ from: '2026-08-07', to: '2026-08-11' });
    // The payout of 3 July is on its way: July's processing began Wednesday 1 July, so 7 to 9 July.
    expect(usdt.sentence).toBe('Your payout of 7.00 USDT is on its way, expected by 9 July and later than usual.');
    expect(usdt.onItsWay).toEqual({ id: 'po2', createdAt: '2026-07-03T10:00:00Z', amount: '8.00', received: '7.00', status: 'processing', arrival: { from: '2026-07-07', to: '2026-07-09' } });
  });

  it('a balance one cent below the minimum does not clear it, and nothing is known of its arrival', async () => {
    const usd = (await outlookAt(db, zone)).nextPayouts.find((p) => p.currency === 'USD')!;
    expect(usd.sentence).toBe('At the processing on Monday 3 August (the 1st falls on a weekend), your USD balance should be about $9.99, under the $10.00 minimum: no payout then.');
    expect(usd).toMatchObject({ available: '9.99', minimum: '10.00', amount: { low: '9.99', base: '9.99', high: '9.99' }, clears: 'no', processingDays: null, arrival: null, onItsWay: null, returned: '0.00' });
  });

  it('before a month’s processing has begun, it is that month’s, and releases only what was earned before the month', async () => {
    // Saturday 1 August 2026: processing begins Monday 3 August; July's 31 days are pending (19.50 by
    // 20 July and nothing synced after), and nothing of August is expected in it.
    const o = await outlookAt(db, zone, Date.parse('2026-08-01T12:00:00Z'));
    const usdt = o.nextPayouts.find((p) => p.currency === 'USDT')!;
    expect(usdt.processingOn).toBe('2026-08-03');
    expect(usdt.released).toEqual({ actual: '19.50', low: '19.50', base: '19.50', high: '19.50' });
    expect(usdt.amount.base).toBe('587.50');
  });

  it('says when the next payout comes and about how much, once nothing is on its way', async () => {
    db.prepare(`UPDATE payouts SET status = 'paid', arrival_date = '2026-07-08' WHERE id = 'po2'`).run();
    try {
      const usdt = (await outlookAt(db, zone)).nextPayouts.find((p) => p.currency === 'USDT')!;
      // po2 is now the last paid one: 1 July (Wednesday) to 8 July is 5 business days; with 4 and 6 before, 4–6.
      expect(usdt.onItsWay).toBeNull();
      expect(usdt.sentence).toBe('Next USDT payout: 599.00 USDT when processing starts on Monday 3 August (the 1st falls on a weekend), arriving 7–11 August.');
    } finally {
      db.prepare(`UPDATE payouts SET status = 'processing', arrival_date = NULL WHERE id = 'po2'`).run();
    }
  });

  it('in the first week of a month with nothing paid out yet, the payout is due any day', async () => {
    // Thursday 2 July: July's processing began Wednesday 1 July and no July payout exists yet (po2 moved
    // to August, paid in 5 business days, which leaves the processing times at 4–6).
    db.prepare(`UPDATE payouts SET created_at = '2026-08-03T10:00:00Z', created_ms = ?, status = 'paid', arrival_date = '2026-08-10' WHERE id = 'po2'`).run(Date.parse('2026-08-03T10:00:00Z'));
    try {
      const usdt = (await outlookAt(db, zone, Date.parse('2026-07-02T12:00:00Z'))).nextPayouts.find((p) => p.currency === 'USDT')!;
      expect(usdt).toMatchObject({ processingOn: '2026-07-01', underWay: true, movedFromWeekend: false, amount: { base: '568.00' } });
      expect(usdt.sentence).toBe('Next USDT payout: 568.00 USDT, due any day: this month’s processing began on Wednesday 1 July, arriving 7–9 July.');
    } finally {
      db.prepare(`UPDATE payouts SET created_at = '2026-07-03T10:00:00Z', created_ms = ?, status = 'processing', arrival_date = NULL WHERE id = 'po2'`).run(Date.parse('2026-07-03T10:00:00Z'));
    }
  });

  it('goals: progress, the estimate against the goal, and the recent months that reached it', async () => {
    const o = await outlookAt(db, zone);
    // 19.50 of 30.00 is 65%; even the low figure (31.00) reaches it. Of July 2025 – June 2026, every
    // month of 30 or 31 days earned at least 30.00; February (28.00) did not.
    expect(o.goals).toEqual([
      { currency: 'USD', goal: '5.00', earned: '0.00', progressPct: 0, projected: { low: '0.00', base: '0.00', high: '0.00' }, outlook: 'unlikely', recent: { months: 0, reached: 0 } },
      { currency: 'USDT', goal: '30.00', earned: '19.50', progressPct: 65, projected: { low: '31.00', base: '31.00', high: '31.00' }, outlook: 'on-track', recent: { months: 12, reached: 11 } },
    ]);
  });

  it('reads the ledger again once it changes', async () => {
    const before = (await outlookAt(db, zone)).projections[0].month.base;
    insertLedger(db, [{ id: 'late', at: '2026-07-19T11:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: '2', status: 'pending' }]);
    const after = (await outlookAt(db, zone)).projections[0].month;
    expect(before).toBe('31.00');
    expect(after.actual).toBe('21.50');
    db.prepare(`DELETE FROM ledger WHERE id = 'late'`).run();
    expect((await outlookAt(db, zone)).projections[0].month.actual).toBe('19.50');
  });
});
