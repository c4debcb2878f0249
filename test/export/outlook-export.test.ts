// Export CSV of the estimates: the Earnings outlook (per currency, its total and each stream, with its
// goal) and a work's month ahead on its page hold exactly the payload the page draws, read through the
// StudioApi from a real database. Every figure is worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSettings } from '../../db/queries/settings';
import { addDays } from '../../db/time/days';
import { dispatch } from '../../electron/api/dispatch';
import type { CharacterDetail, EarningsDashboard, FileResult, PluginDetail } from '../../electron/api/types';
import { openStudio, type Studio } from '../../electron/core/studio';
import { insertCatalogue, insertCreator, insertLedger, type LedgerInput } from '../helpers/fixture';
import { insertCharacterStats } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';
import { readCsv } from './fixture';

// Monday 20 July 2026 at noon UTC: half of today is still to come.
const NOW = '2026-07-20T12:00:00Z';
const period = { preset: 'last_month' } as const;
let studio: Studio;

beforeAll(async () => {
  studio = await openStudio(tempDbFile(), { mode: 'browser', now: () => new Date(NOW) });
  const db = studio.db;
  insertCreator(db, 'UTC');
  insertCatalogue(db, [['c1', 'Ada']], [['p1', 'Dice']]);
  writeSettings(db, { timezone: 'UTC', goals: { USDT: '80.00' } });
  const rows: LedgerInput[] = [];
  // From Monday 22 June (the first money) to Sunday 19 July, four whole weeks: c1 earns 1.00 USDT a day in
  // the first and third weeks and 3.00 in the second and fourth; p1 0.50 USDT and 2.00 credits every day.
  for (let day = '2026-06-22', i = 0; day < '2026-07-20'; day = addDays(day, 1), i++) {
    const c1 = Math.floor(i / 7) % 2 === 0 ? '1' : '3';
    rows.push({ id: `c${day}`, at: `${day}T10:00:00Z`, stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: c1, status: 'pending' });
    rows.push({ id: `p${day}`, at: `${day}T11:00:00Z`, stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '0.5', status: 'pending' });
    rows.push({ id: `k${day}`, at: `${day}T11:00:00Z`, stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'CREDITS', gross: '2', status: 'pending' });
  }
  rows.push({ id: 'today', at: '2026-07-20T06:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: '0.5', status: 'pending' });
  insertLedger(db, rows);
  // 10 chats a day from 22 June to 18 July, the newest day published.
  const stats = [];
  for (let day = '2026-06-22'; day <= '2026-07-18'; day = addDays(day, 1)) stats.push({ character_id: 'c1', date: day, chats_started: 10 });
  insertCharacterStats(db, stats);
});
afterAll(() => studio.close());

async function value<T>(method: string, input: unknown): Promise<T> {
  const answer = await dispatch(studio, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value as T;
}

const EARNINGS_HEADER =
  'currency,stream,stream_code,month,today,days_left,month_to_date,month_low,month_base,month_high,year_to_date,year_low,year_base,year_high,' +
  'goal,goal_progress_pct,goal_outlook,goal_reached_months,goal_recent_months,basis,band_source,band_months';
const ITEM_HEADER = 'measure,currency,month,known_through,timezone,so_far,low,base,high,basis,band_source,band_months';

describe('Export CSV of the estimates', () => {
  it('the Earnings outlook: one currency’s total with its goal, then each stream, as the page draws them', async () => {
    const d = await value<EarningsDashboard>('earnings', { period });
    const usdt = d.outlook.projections.find((p) => p.currency === 'USDT')!;
    // 1–19 July: c1 5 × 3.00 + 7 × 1.00 + 7 × 3.00 = 43.00, and 0.50 today. Its last four weeks average
    // 2.00 a day, the same on every weekday, with no trend to read (under 24 weeks): half of today's
    // 2.00 and 21–31 July at 2.00 bring 23.00. No month can be replayed (its money began 22 June), so
    // the band is the weeks' spread around their mean: weeks of 7.00 and 21.00 against 14.00, ×0.5
    // and ×1.5 of the rest: 43.50 + 11.50 = 55.00 and 43.50 + 34.50 = 78.00.
    // p1: 19 × 0.50 = 9.50 so far, then 0.25 and 11 × 0.50 = 5.75 to come; its weeks are all alike.
    // The currency: 53.00 so far, 28.75 to come, base 81.75. Its weeks (24.50, 10.50, 24.50, 10.50)
    // against their mean 17.50 give ×0.6 and ×1.4: 53.00 + 17.25 = 70.25 and 53.00 + 40.25 = 93.25.
    expect(usdt.month).toEqual({ actual: '53.00', low: '70.25', base: '81.75', high: '93.25' });
    // The year: 22–30 June (9 days: c1 7 + 6, p1 4.50) = 17.50, with July 70.50. August to December,
    // 153 days at 2.50, bring 382.50 more: 411.25 to come, base 481.75, ×0.6 and ×1.4 of it.
    expect(usdt.year).toEqual({ actual: '70.50', low: '317.25', base: '481.75', high: '646.25' });
    expect(d.outlook.goals).toEqual([
      // 53.00 of 80.00 is 66 %; only the high figure reaches it; June (17.50) did not.
      { currency: 'USDT', goal: '80.00', earned: '53.00', progressPct: 66, projected: { low: '70.25', base: '81.75', high: '93.25' }, outlook: 'within-reach', recent: { months: 1, reached: 0 } },
    ]);

    const file = await value<FileResult>('exportTable', { dashboard: 'earnings', table: 'outlook', period, currency: 'USDT' });
    expect(file.filename).toBe('earnings-outlook-USDT-2026-07-01_2026-07-31.csv');
    expect(readCsv(file.content!, EARNINGS_HEADER)).toEqual([
      ['USDT', 'All streams', '', '2026-07', '2026-07-20', '12', '53.00', '70.25', '81.75', '93.25', '70.50', '317.25', '481.75', '646.25', '80.00', '66', 'within-reach', '0', '1', 'run-rate', 'weeks', '0'],
      // c1's year: 56.50 so far, 23.00 + 153 × 2.00 = 329.00 to come, ×0.5 and ×1.5. p1's: 14.00 and 82.25.
      ['USDT', 'Chat share', 'character', '2026-07', '2026-07-20', '12', '43.50', '55.00', '66.50', '78.00', '56.50', '221.00', '385.50', '550.00', '', '', '', '', '', '', '', ''],
      ['USDT', 'Plugin commission', 'plugin', '2026-07', '2026-07-20', '12', '9.50', '15.25', '15.25', '15.25', '14.00', '96.25', '96.25', '96.25', '', '', '', '', '', '', '', ''],
    ]);
    // Every figure of the section is the payload's.
    const rows = readCsv(file.content!, EARNINGS_HEADER);
    expect(rows[0].slice(6, 14)).toEqual([usdt.month.actual, usdt.month.low, usdt.month.base, usdt.month.high, usdt.year.actual, usdt.year.low, usdt.year.base, usdt.year.high]);
    usdt.streams.forEach((s, i) => expect(rows[i + 1].slice(6, 14)).toEqual([s.month.actual, s.month.low, s.month.base, s.month.high, s.year.actual, s.year.low, s.year.base, s.year.high]));
  });

  it('is read at the instant the page’s estimates were made, never later than now', async () => {
    const d = await value<EarningsDashboard>('earnings', { period });
    expect(d.outlook.asOfMs).toBe(Date.parse(NOW));
    const at = async (asOf: number) => readCsv((await value<FileResult>('exportTable', { dashboard: 'earnings', table: 'outlook', period, currency: 'USDT', asOf })).content!, EARNINGS_HEADER)[0].slice(6, 10);
    // At 09:00, 15/24 of today is still to come: c1 2.00 × 15/24 = 1.25 and p1 0.3125 of today, then
    // the same 27.50 of 21–31 July: 29.0625 to come, ×0.6 and ×1.4 of it beside 53.00.
    expect(await at(Date.parse('2026-07-20T09:00:00Z'))).toEqual(['53.00', '70.4375', '82.0625', '93.6875']);
    expect(await at(Date.parse('2026-07-21T09:00:00Z'))).toEqual(['53.00', '70.25', '81.75', '93.25']);
  });

  it('a currency without a goal leaves the goal’s cells empty', async () => {
    const file = await value<FileResult>('exportTable', { dashboard: 'earnings', table: 'outlook', period, currency: 'CREDITS' });
    // 2.00 a day: 19 days are 38.00; 1.00 of today and 11 days are 23.00 to come. Its weeks are alike.
    expect(readCsv(file.content!, EARNINGS_HEADER)).toEqual([
      ['CREDITS', 'All streams', '', '2026-07', '2026-07-20', '12', '38.00', '61.00', '61.00', '61.00', '56.00', '385.00', '385.00', '385.00', '', '', '', '', '', 'run-rate', 'weeks', '0'],
      ['CREDITS', 'Plugin commission', 'plugin', '2026-07', '2026-07-20', '12', '38.00', '61.00', '61.00', '61.00', '56.00', '385.00', '385.00', '385.00', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('a character’s month ahead: its money, then its chats by UTC day', async () => {
    const d = await value<CharacterDetail>('character', { period, id: 'c1' });
    expect(d.outlook.money).toEqual([{ currency: 'USDT', month: { actual: '43.50', low: '55.00', base: '66.50', high: '78.00' }, basis: 'run-rate', band: 'weeks', comparable: 0 }]);
    // Published to 18 July: 1–18 July hold 180 chats; 19–31 July, 13 days at 10, bring 130.
    expect(d.outlook.count).toMatchObject({ label: 'Chats', month: '2026-07', through: '2026-07-18', estimate: { actual: 180, low: 310, base: 310, high: 310 } });
    const file = await value<FileResult>('exportTable', { dashboard: 'characters', table: 'outlook', period, id: 'c1' });
    expect(file.filename).toBe('characters-c1-outlook-2026-07-01_2026-07-31.csv');
    expect(readCsv(file.content!, ITEM_HEADER)).toEqual([
      ['earnings', 'USDT', '2026-07', '2026-07-20', 'UTC', '43.50', '55.00', '66.50', '78.00', 'run-rate', 'weeks', '0'],
      ['chats', '', '2026-07', '2026-07-18', 'UTC', '180', '310', '310', '310', '', 'weeks', '0'],
    ]);
  });

  it('a plugin’s month ahead: its commission in each currency, and no chats row without stats', async () => {
    const d = await value<PluginDetail>('plugin', { period, id: 'p1' });
    expect(d.outlook.count).toBeNull();
    const file = await value<FileResult>('exportTable', { dashboard: 'plugins', table: 'outlook', period, id: 'p1' });
    expect(readCsv(file.content!, ITEM_HEADER)).toEqual([
      ['commission', 'CREDITS', '2026-07', '2026-07-20', 'UTC', '38.00', '61.00', '61.00', '61.00', 'run-rate', 'weeks', '0'],
      ['commission', 'USDT', '2026-07', '2026-07-20', 'UTC', '9.50', '15.25', '15.25', '15.25', 'run-rate', 'weeks', '0'],
    ]);
  });
});
