// A work's month ahead on its own page, from a real database: its money (per-source day rollup, or its
// own ledger rows in another zone) and its chats from the daily stats, worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { itemOutlook } from '../../db/queries/forecast/item';
import { addDays } from '../../db/time/days';
import { insertStats, insertWorks } from '../helpers/audience-fixture';
import { insertLedger, type LedgerInput } from '../helpers/fixture';
import { freshDb } from '../helpers/insight-context';

// Wednesday 16 December 2026 at noon UTC.
const NOW = Date.parse('2026-12-16T12:00:00Z');

describe.each(['UTC', 'Africa/Abidjan'])('a character’s month ahead in %s', (zone) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
    insertWorks(db, 'characters', [{ id: 'c1', name: 'Ada' }]);
    const rows: LedgerInput[] = [];
    // 2.00 credits a day from 18 November (its first money) to yesterday, and 1.00 this morning.
    for (let day = '2026-11-18'; day < '2026-12-16'; day = addDays(day, 1))
      rows.push({ id: `m${day}`, at: `${day}T09:00:00Z`, stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '2', status: 'pending' });
    rows.push({ id: 'today', at: '2026-12-16T06:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '1', status: 'pending' });
    insertLedger(db, rows);
    // 10 chats a day from 18 November to 14 December, the newest day the platform has published.
    const stats = [];
    for (let day = '2026-11-18'; day <= '2026-12-14'; day = addDays(day, 1)) stats.push({ character_id: 'c1', date: day, chats_started: 10 });
    insertStats(db, 'stats_characters', stats);
  });

  it('money: what is in, half of today and every day left at its run-rate', () => {
    // 1–15 December: 30.00, and 1.00 today. Half of today's 2.00 and 15 days of 2.00 to come: 62.00.
    // Its four weeks of history are all alike and no month can be replayed: no spread.
    const o = itemOutlook(db, zone, NOW, 'character', 'c1');
    expect(o.month).toBe('2026-12');
    expect(o.money).toEqual([{ currency: 'CREDITS', month: { actual: '31.00', low: '62.00', base: '62.00', high: '62.00' }, basis: 'run-rate', band: 'weeks', comparable: 0 }]);
  });

  it('chats: the published UTC days are in, the rest of the month estimated from them', () => {
    // Published to 14 December: 1–14 December hold 140 chats; 15–31 December, 17 days at 10, bring 170.
    const o = itemOutlook(db, zone, NOW, 'character', 'c1');
    expect(o.count).toEqual({
      label: 'Chats',
      month: '2026-12',
      through: '2026-12-14',
      behind: true,
      estimate: { actual: 140, low: 310, base: 310, high: 310 },
      band: 'weeks',
      comparable: 0,
    });
  });

  it('a work with no money and no stats has nothing to estimate', () => {
    const o = itemOutlook(db, zone, NOW, 'character', 'nobody');
    expect(o.money).toEqual([]);
    expect(o.count).toBeNull();
  });
});
