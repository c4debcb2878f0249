import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { exportCommand } from '../../electron/export/cli';
import { insertAnnouncements, insertStats, insertWorks } from '../helpers/audience-fixture';
import { insertCreator } from '../helpers/fixture';
import { readCsv } from '../export/fixture';
import { tempDbFile, tempDir } from '../helpers/tmp';

const NOW = Date.parse('2026-11-22T12:00:00Z');
let studio: Studio;
let dbFile: string;

beforeEach(async () => {
  dbFile = tempDbFile();
  studio = await openStudio(dbFile, { mode: 'browser' });
  studio.now = () => new Date(NOW);
  insertCreator(studio.db, 'America/Sao_Paulo');
  insertWorks(studio.db, 'characters', [{ id: 'c1', name: 'Ada', tags: ['fantasy'] }]);
  insertStats(studio.db, 'stats_audience', [
    { date: '2026-11-01', followers_total: 100, new_followers: 4, lost_followers: 1 },
    { date: '2026-11-02', followers_total: 103, new_followers: 3, lost_followers: 0 },
  ]);
  insertStats(studio.db, 'stats_countries', [{ date: '2026-11-01', country: 'BR', active_users: 7 }]);
  insertStats(studio.db, 'stats_hashtags', [{ date: '2026-11-02', hashtag: '=cmd|calc', impressions: 9 }]);
  // 01:00 UTC on 2 November is 1 November in São Paulo
  insertAnnouncements(studio.db, [{ id: 'a1', at: '2026-11-02T01:00:00.000Z', delivered: 50, opened: 20, engaged: 5 }]);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(() => {
  studio.close();
  vi.restoreAllMocks();
});

const call = (method: string, input: unknown) => dispatch(studio, method, input) as Promise<{ ok: boolean; value?: any; error?: { code: string; message: string } }>;

describe('audience CSV from the command line', () => {
  it('one row per day, metric and dimension; announcements on their local day; formulas neutralised', async () => {
    studio.close();
    const out = path.join(tempDir(), 'audience.csv');
    await exportCommand(['audience', '--db', dbFile, '--out', out, '--from', '2026-11-01', '--to', '2026-11-02'], () => NOW);
    expect(readCsv(fs.readFileSync(out, 'utf8'), 'date,metric,dimension,value')).toEqual([
      ['2026-11-01', 'followers_total', '', '100'],
      ['2026-11-01', 'new_followers', '', '4'],
      ['2026-11-01', 'lost_followers', '', '1'],
      ['2026-11-02', 'followers_total', '', '103'],
      ['2026-11-02', 'new_followers', '', '3'],
      ['2026-11-02', 'lost_followers', '', '0'],
      ['2026-11-01', 'country_daily_active_users', 'BR', '7'],
      ['2026-11-02', 'hashtag_impressions', "'=cmd|calc", '9'],
      ['2026-11-01', 'announcement_delivered', 'a1', '50'],
      ['2026-11-01', 'announcement_opened', 'a1', '20'],
      ['2026-11-01', 'announcement_engaged', 'a1', '5'],
    ]);
    studio = await openStudio(dbFile, { mode: 'browser' });
  });
});

describe('audience and review over the StudioApi', () => {
  it('validates review keys, notes and thresholds at the boundary', async () => {
    expect((await call('saveReviewNote', { key: '2026-W99', item: 'earnings-trend', checked: true, note: '' })).error?.code).toBe('invalid_input');
    expect((await call('saveReviewNote', { key: '2026-W47', item: 'a\u0000b', checked: true, note: '' })).error?.code).toBe('invalid_input');
    expect((await call('saveInsightThresholds', { thresholds: { pluginActivePct: 500 } })).error?.code).toBe('invalid_input');
    expect((await call('saveInsightThresholds', { thresholds: { bogus: 1 } })).error?.code).toBe('invalid_input');
    const saved = await call('saveInsightThresholds', { thresholds: { pluginActivePct: 7 } });
    expect(saved.value.values.pluginActivePct).toBe(7);
    expect((await call('getInsightThresholds', {})).value.values.pluginActivePct).toBe(7);
    expect((await call('insights', {})).value.thresholds.pluginActivePct).toBe(7);
  });

  it('a ticked item comes back with the review of its week, and the previous week’s with the next', async () => {
    expect((await call('saveReviewNote', { key: '2026-W46', item: 'new-ratings', checked: true, note: 'Replied to 3 reviews' })).ok).toBe(true);
    const w47 = (await call('review', {})).value;
    expect(w47.key).toBe('2026-W47');
    expect(w47.previousNotes).toEqual([expect.objectContaining({ item: 'new-ratings', checked: true, note: 'Replied to 3 reviews' })]);
    expect(w47.history.map((h: { key: string }) => h.key)).toEqual(['2026-W46']);
    const month = (await call('review', { cadence: 'month' })).value;
    expect(month.key).toBe('2026-11');
  });

  it('exports the Audience page’s tables and the review', async () => {
    const countries = await call('exportTable', { dashboard: 'audience', table: 'countries', period: { preset: 'month' } });
    expect(countries.value.content).toContain('country,name,avg_daily_active_users');
    expect(countries.value.content).toContain('BR,Brazil,');
    const review = await call('exportTable', { dashboard: 'review', table: 'review', period: { preset: 'week' }, id: '2026-W46' });
    expect(review.value.filename).toBe('review-2026-W46-review-2026-11-09_2026-11-15.csv');
    expect(review.value.content.split('\r\n')[1]).toMatch(/^2026-W46,2026-11-09,2026-11-15,2026-11-02,2026-11-08,checklist,earnings-trend,Check earnings trends,no,,/);
    expect((await call('exportTable', { dashboard: 'audience', table: 'nope', period: { preset: 'month' } })).error?.code).toBe('not_found');
  });
});
