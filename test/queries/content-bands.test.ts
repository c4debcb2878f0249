import { beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { openDatabase, type Db } from '../../db/open';
import { characterDetail } from '../../db/queries/characters/detail';
import { charactersDashboard } from '../../db/queries/characters/list';
import { insertCatalogue } from '../helpers/fixture';
import { insertCharacterStats, type CharacterDay } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

// The typical band of a metric: the 10th–90th percentile of the item's own last 12 periods of the
// same length. Period: 1–3 November (3 days); past periods: 29–31 Oct, 26–28 Oct, … 24 days back.
const NOW = Date.parse('2026-11-22T12:00:00Z');
const PERIOD = { preset: 'custom' as const, from: '2026-11-01', to: '2026-11-03' };
const day = (k: number) => DateTime.fromISO('2026-11-01', { zone: 'UTC' }).minus({ days: 3 * k }).toISODate()!;
let db: Db;

beforeAll(async () => {
  db = (await openDatabase(tempDbFile())).db;
  insertCatalogue(db, [['d1', 'Dora']]);
  const rows: CharacterDay[] = [{ character_id: 'd1', date: '2026-11-01', chats_started: 150, messages: 300, profile_views: 100, chats_from_profile: 50 },
    // Stats are published through the 3rd, so the periods compared are 3 days long.
    { character_id: 'd1', date: '2026-11-03' },
  ];
  // Period k back has 10·k chats on its first day, and a conversion of k%.
  for (let k = 1; k <= 12; k++) rows.push({ character_id: 'd1', date: day(k), chats_started: 10 * k, messages: 20 * k, profile_views: 100, chats_from_profile: k });
  // Older than 12 periods: not part of the band.
  rows.push({ character_id: 'd1', date: day(13), chats_started: 100_000 });
  insertCharacterStats(db, rows);
});

describe('typical band', () => {
  it('is the 10th–90th percentile of the last 12 periods of the same length, for KPIs', () => {
    const d = characterDetail(db, PERIOD, 'UTC', NOW, 'd1')!;
    // Sorted 10..120: p10 at rank 1.1 = 21, median at 5.5 = 65, p90 at 9.9 = 109.
    expect(d.kpis.chatsStarted.band).toEqual({ low: 21, median: 65, high: 109, samples: 12 });
    expect(d.kpis.chatsStarted.against).toBe('above');
    expect(d.series.bandPeriods).toBe(12);
    const conv = d.kpis.conversion.band!;
    expect(conv.low).toBeCloseTo(0.021, 12);
    expect(conv.high).toBeCloseTo(0.109, 12);
    expect(d.kpis.conversion.against).toBe('above'); // 50%
    expect(d.kpis.avgMessagesPerChat.band).toEqual({ low: 2, median: 2, high: 2, samples: 12 });
    expect(d.kpis.avgMessagesPerChat.against).toBe('usual');
  });

  it('is drawn per bucket position, and absent where the past periods had no day', () => {
    const s = characterDetail(db, PERIOD, 'UTC', NOW, 'd1')!.series.metrics.chatsStarted;
    expect(s.bandLow).toEqual([21, null, null]);
    expect(s.bandHigh).toEqual([109, null, null]);
  });

  it('is not made up for "All time" or with too little history', async () => {
    expect(characterDetail(db, { preset: 'all' }, 'UTC', NOW, 'd1')!.kpis.chatsStarted.band).toBeNull();
    // 30-day periods: only a few of the 12 reach back into the data (fewer than 4 samples: no band).
    const long = characterDetail(db, { preset: 'custom', from: '2026-10-01', to: '2026-11-03' }, 'UTC', NOW, 'd1')!;
    expect(long.kpis.chatsStarted.band).toBeNull();
    expect(long.kpis.chatsStarted.against).toBe('unknown');
  });
});

describe('a creator with 500 characters', () => {
  it('lists them all with sparklines in well under a second', async () => {
    const big = (await openDatabase(tempDbFile())).db;
    const ids = Array.from({ length: 500 }, (_, i) => `c${String(i).padStart(3, '0')}`);
    insertCatalogue(big, ids.map((id) => [id, `Character ${id}`]));
    const rows: CharacterDay[] = [];
    for (const id of ids)
      for (let k = 0; k < 90; k++)
        rows.push({ character_id: id, date: DateTime.fromISO('2026-08-25', { zone: 'UTC' }).plus({ days: k }).toISODate()!, chats_started: k, messages: 3 * k, profile_views: 10, chats_from_profile: 1, active_users_30d: k });
    big.transaction(() => insertCharacterStats(big, rows))();
    const started = performance.now();
    const d = await charactersDashboard(big, { preset: 'last_month' }, 'UTC', NOW);
    const ms = performance.now() - started;
    expect(d.characters).toHaveLength(500);
    expect(d.characters[0].spark).toHaveLength(31);
    expect(d.characters[0].metrics.activeUsers30d.value).toBe(67); // 31 October is day 67
    expect(ms).toBeLessThan(1500);
    big.close();
  });
});
