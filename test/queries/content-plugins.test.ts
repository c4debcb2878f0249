import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { pluginDetail } from '../../db/queries/plugins/detail';
import { pluginsDashboard } from '../../db/queries/plugins/list';
import { insertCatalogue, insertLedger } from '../helpers/fixture';
import { insertPluginStats } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

const ZONE = 'UTC';
const NOW = Date.parse('2026-11-22T12:00:00Z');
const PERIOD = { preset: 'custom' as const, from: '2026-11-01', to: '2026-11-03' };
let db: Db;

beforeAll(async () => {
  db = (await openDatabase(tempDbFile())).db;
  insertCatalogue(db, [], [['p1', 'Dice'], ['p2', 'Zero']]);
  insertPluginStats(db, [
    { plugin_id: 'p1', date: '2026-11-01', installs: 10, uninstalls: 2, installs_total: 1000, active_chats: 5, active_chats_7d: 30, chats: 8, rating_count: 1, rating_sum: 4 },
    { plugin_id: 'p1', date: '2026-11-02', installs: 20, uninstalls: 5, installs_total: 1015, active_chats: 6, active_chats_7d: 25, chats: 12 },
    { plugin_id: 'p1', date: '2026-11-03', installs: 5, uninstalls: 0, installs_total: 1020, active_chats: 4, active_chats_7d: 20, chats: 10, rating_count: 1, rating_sum: 2 },
    { plugin_id: 'p1', date: '2026-10-30', installs: 3, uninstalls: 1, installs_total: 990, active_chats: 20, active_chats_7d: 99, chats: 50, rating_count: 2, rating_sum: 10 },
    // A plugin nobody installed yet: every ratio over installs has a zero denominator.
    { plugin_id: 'p2', date: '2026-11-01' },
    // Deleted on the platform: stats remain, the catalogue row is gone.
    { plugin_id: 'p3', date: '2026-11-01', installs: 9, installs_total: 9 },
  ]);
  insertLedger(db, [
    { id: 'P1', at: '2026-11-02T10:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '2.5', fee: '0.25', status: 'pending' },
    { id: 'P2', at: '2026-10-30T10:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'CREDITS', gross: '10', status: 'available' },
    { id: 'P3', at: '2026-11-02T11:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '100', status: 'reversed' },
  ]);
});

describe('plugins table', () => {
  it('sums flows over days but reads totals and 7-day distinct counts on the last stats day', () => {
    const d = pluginsDashboard(db, PERIOD, ZONE, NOW);
    expect(d.plugins.map((p) => p.name)).toEqual(['Dice', 'Zero']);
    const m = d.plugins[0].metrics;
    expect(m.installs).toEqual({ value: 35, previous: 3 });
    expect(m.uninstalls).toEqual({ value: 7, previous: 1 });
    expect(m.installsTotal).toEqual({ value: 1020, previous: 990 }); // not 3035
    expect(m.activeChats7d).toEqual({ value: 20, previous: 99 }); // not 75
    expect(m.chats).toEqual({ value: 30, previous: 50 });
    expect(m.rating).toEqual({ value: 3, previous: 5 }); // 6/2, 10/2
    expect(m.ratingCount).toEqual({ value: 2, previous: 2 });
    expect(m.chatsPerInstall.value).toBeCloseTo(30 / 1020, 12);
    expect(m.activeRatio.value).toBeCloseTo(20 / 1020, 12);
    expect(m.activeRatio.previous).toBeCloseTo(0.1, 12);
  });

  it('flags churn when few installs are active in chats, and shows the ratio’s trend', () => {
    const d = pluginsDashboard(db, PERIOD, ZONE, NOW);
    expect(d.churnThreshold).toBe(0.05);
    expect(d.plugins[0].churn).toBe(true);
    expect(d.plugins[0].ratioTrend).toEqual([30 / 1000, 25 / 1015, 20 / 1020]);
  });

  it('has null ratios and no churn flag for a plugin without installs', () => {
    const zero = pluginsDashboard(db, PERIOD, ZONE, NOW).plugins[1];
    expect(zero.metrics.activeRatio.value).toBeNull();
    expect(zero.metrics.chatsPerInstall.value).toBeNull();
    expect(zero.metrics.rating.value).toBeNull();
    expect(zero.churn).toBe(false);
    expect(zero.ratioTrend).toEqual([null, null, null]);
  });

  it('keeps commission per currency for the period, reversed rows counting for nothing', () => {
    const d = pluginsDashboard(db, PERIOD, ZONE, NOW);
    expect(d.currencies).toEqual(['CREDITS', 'USDT']);
    expect(d.plugins[0].commission).toEqual([
      { currency: 'CREDITS', amount: { value: '0.00', previous: '10.00' } },
      { currency: 'USDT', amount: { value: '2.25', previous: '0.00' } },
    ]);
  });

  it('keeps a Credits commission column of zeros for a period that earned nothing, so it still exports', () => {
    const d = pluginsDashboard(db, { preset: 'custom', from: '2026-11-10', to: '2026-11-11', compare: 'none' }, ZONE, NOW);
    expect(d.currencies).toEqual(['CREDITS']);
    expect(d.plugins[0].commission).toEqual([{ currency: 'CREDITS', amount: { value: '0.00', previous: null } }]);
  });
});

describe('plugin page', () => {
  it('draws installs, uninstalls and active use per day with the comparison', () => {
    const d = pluginDetail(db, PERIOD, ZONE, NOW, 'p1')!;
    expect(d.series.metrics.installs.values).toEqual([10, 20, 5]);
    expect(d.series.metrics.uninstalls.values).toEqual([2, 5, 0]);
    expect(d.series.metrics.activeChats7d.values).toEqual([30, 25, 20]);
    expect(d.series.metrics.installsTotal.previous).toEqual([null, 990, null]);
    expect(d.commissionSeries.find((c) => c.currency === 'USDT')!.values).toEqual(['0.00', '2.25', '0.00']);
    expect(d.churn).toBe(true);
  });

  it('reads a week bucket’s distinct count on its last day', () => {
    // 130 days → weekly buckets; 2–8 November is one ISO week: its 7-day actives are the 3rd's.
    const d = pluginDetail(db, { preset: 'custom', from: '2026-07-01', to: '2026-11-07' }, ZONE, NOW, 'p1')!;
    expect(d.series.granularity).toBe('week');
    const i = d.series.buckets.indexOf('2026-11-02');
    expect(d.series.metrics.activeChats7d.values[i]).toBe(20);
    expect(d.series.metrics.installs.values[i]).toBe(25); // 20 + 5
    expect(d.series.metrics.activeChats7d.values[d.series.buckets.indexOf('2026-10-26')]).toBe(30); // 30 Oct – 1 Nov: the 1st
  });

  it('is null for a deleted plugin', () => {
    expect(pluginDetail(db, PERIOD, ZONE, NOW, 'p3')).toBeNull();
  });
});
