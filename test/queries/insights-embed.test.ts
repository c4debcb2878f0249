import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { beforeAfter } from '../../db/queries/events/before-after';
import { findEvent } from '../../db/queries/events/find';
import { timelineEvents } from '../../db/queries/events/list';
import { embedMinimumRule, embedRiseRule } from '../../db/queries/insights/embed-price';
import { TABLES } from '../../electron/sync/tables';
import { tableWriter } from '../../electron/sync/writer';
import { dates } from '../helpers/audience-fixture';
import { freshDb, runRule } from '../helpers/insight-context';

// The per-token price rules and the price changes on a character's timeline, by hand. The review week
// ends 22 November; stats run through 21 November, so the rules' window is 25 October – 21 November.
const PERIOD_TO = '2026-11-22';
const T = '2026-11-22T01:00:00.000Z';

type Version = [at: string, currency: string, micros: number];

async function world(prices: Record<string, Version[]>, tokens: Record<string, [from: string, days: number, perDay: number | null][]>): Promise<Db> {
  const db = await freshDb();
  const characters = tableWriter(db, TABLES.characters);
  for (const [id, versions] of Object.entries(prices))
    for (const [at, currency, micros] of versions)
      characters([{ id, name: `Char ${id}`, created_at: '2026-01-01T00:00:00Z', updated_at: at, tags: [], greeting_updated_at: null, embed_price: { currency, per_million_tokens: micros } }]);
  const stats = tableWriter(db, TABLES['stats/characters']);
  for (const [id, spans] of Object.entries(tokens))
    for (const [from, days, perDay] of spans)
      for (const date of dates(from, days))
        stats([{ character_id: id, date, chats_started: 10, messages: 0, tokens: 0, active_users: 0, active_users_30d: 0, returning_users: 0, profile_views: 0, chats_from_profile: 0, rating_count: 0, rating_sum: 0, new_followers: 0, users_total: null, embed_tokens: perDay, updated_at: T }]);
  return db;
}

const MIN: Version = ['2026-01-01T00:00:00Z', 'USD', 3_750_000];

describe('priced at the minimum', () => {
  it('names the characters at the platform’s minimum that businesses use, most embed tokens first, at most the threshold', async () => {
    const db = await world(
      { c1: [MIN], c2: [MIN], c3: [['2026-01-01T00:00:00Z', 'USD', 5_000_000]], c4: [MIN] },
      { c1: [['2026-10-25', 28, 1_000]], c2: [['2026-10-25', 28, 0]], c3: [['2026-10-25', 28, 9_000]], c4: [['2026-10-25', 28, 5_000]] },
    );
    const { insights } = runRule(embedMinimumRule, db, PERIOD_TO);
    // c2 is at the minimum but no business used it; c3 is priced above it.
    expect(insights.map((i) => [i.id, i.strength])).toEqual([['embed-minimum:c4', 1], ['embed-minimum:c1', 0.2]]);
    expect(insights[1].finding).toBe('Char c1 is priced at $3.75 per million tokens, the platform’s minimum, and businesses used 28,000 embed tokens over 25 Oct – 21 Nov 2026 (1,000 a day).');
    expect(insights[1].evidence.href).toBe('#/characters/c1');
    expect(runRule(embedMinimumRule, db, PERIOD_TO, { embedMinimumCount: 1 }).insights.map((i) => i.id)).toEqual(['embed-minimum:c4']);
  });

  it('says so when the platform sends no prices, and names nobody', async () => {
    const db = await world({}, {});
    tableWriter(db, TABLES.characters)([{ id: 'c1', name: 'Old', created_at: T, updated_at: T, tags: [], greeting_updated_at: null, embed_price: null }]);
    tableWriter(db, TABLES['stats/characters'])([{ character_id: 'c1', date: '2026-11-21', chats_started: 1, messages: 0, tokens: 0, active_users: 0, active_users_30d: 0, returning_users: 0, profile_views: 0, chats_from_profile: 0, rating_count: 0, rating_sum: 0, new_followers: 0, users_total: null, embed_tokens: null, updated_at: T }]);
    for (const rule of [embedMinimumRule, embedRiseRule]) expect(runRule(rule, db, PERIOD_TO)).toEqual({ insights: [], note: 'The platform does not send embed prices (older platforms do not).' });
  });
});

describe('embed use fell after a price rise', () => {
  // c5: 5.00 → 10.00 on 1 November; 2,000 tokens a day before, 1,000 after (the day itself, 5,000, in neither).
  const RISE: Version[] = [['2026-09-01T00:00:00Z', 'USD', 5_000_000], ['2026-11-01T10:00:00Z', 'USD', 10_000_000]];

  it('fires when embed tokens a day fell by the threshold over as many days on each side of the rise', async () => {
    const db = await world(
      {
        c5: RISE,
        // A rise followed by a 10% dip only; a cut; a change of currency; a rise with under a week of stats after it.
        c6: RISE,
        c7: [['2026-09-01T00:00:00Z', 'USD', 8_000_000], ['2026-11-01T10:00:00Z', 'USD', 6_000_000]],
        c8: [['2026-09-01T00:00:00Z', 'USD', 5_000_000], ['2026-11-01T10:00:00Z', 'EUR', 9_000_000]],
        c9: [['2026-09-01T00:00:00Z', 'USD', 5_000_000], ['2026-11-18T10:00:00Z', 'USD', 9_000_000]],
      },
      {
        c5: [['2026-10-01', 31, 2_000], ['2026-11-01', 1, 5_000], ['2026-11-02', 20, 1_000]],
        c6: [['2026-10-01', 31, 2_000], ['2026-11-01', 21, 1_800]],
        c7: [['2026-10-01', 31, 2_000], ['2026-11-01', 21, 100]],
        c8: [['2026-10-01', 31, 2_000], ['2026-11-01', 21, 100]],
        c9: [['2026-10-01', 48, 2_000], ['2026-11-18', 4, 100]],
      },
    );
    const { insights } = runRule(embedRiseRule, db, PERIOD_TO);
    expect(insights.map((i) => [i.id, i.strength])).toEqual([['embed-rise:c5', 0.5]]);
    const card = insights[0];
    // 2 to 21 November is 20 days: compared with 12 to 31 October.
    expect(card.title).toBe('Char c5: embed use fell 50% after the price rise to $10.00');
    expect(card.finding).toBe(
      'You raised Char c5’s embed price from $5.00 to $10.00 per million tokens on 1 Nov 2026. Over the 20 days after it businesses used 1,000 embed tokens a day, against 2,000 a day over the 20 days before (−50.0%).',
    );
    // A lower threshold names the dip too; a window of 7 days compares 7 on each side.
    expect(runRule(embedRiseRule, db, PERIOD_TO, { embedDropPct: 10 }).insights.map((i) => i.id)).toEqual(['embed-rise:c5', 'embed-rise:c6']);
    expect(runRule(embedRiseRule, db, PERIOD_TO, { windowDays: 7 }).insights[0].finding).toContain('Over the 7 days after it');
    // A rise longer ago than the threshold looks back is not judged.
    expect(runRule(embedRiseRule, db, PERIOD_TO, { embedRiseWithinDays: 14 }).insights).toEqual([]);
  });

  it('puts each price change on the character’s timeline, findable by its id, with its before/after of embed tokens', async () => {
    const db = await world({ c5: RISE }, { c5: [['2026-09-20', 42, 2_000], ['2026-11-01', 1, 5_000], ['2026-11-02', 20, 1_000]] });
    const events = timelineEvents(db, { kind: 'character', id: 'c5' }, { from: '2026-08-01', to: '2026-11-30' }, 'UTC');
    // The first price seen is not a change: one event, the rise.
    expect(events.filter((e) => e.kind === 'price')).toEqual([
      {
        id: 'price:c5:2026-11-01T10:00:00Z',
        kind: 'price',
        day: '2026-11-01',
        title: 'Embed price raised to $10.00 per million tokens',
        detail: 'From $5.00.',
        item: { kind: 'character', id: 'c5', name: 'Char c5' },
        noteId: null,
      },
    ]);
    // Days are the reporting timezone's: in Pago Pago (UTC−11) the change was at 23:00 on 31 October.
    expect(timelineEvents(db, { kind: 'character', id: 'c5' }, { from: '2026-10-01', to: '2026-11-30' }, 'Pacific/Pago_Pago').find((e) => e.kind === 'price')?.day).toBe('2026-10-31');
    // Not on the account's timeline: it belongs to its character.
    expect(timelineEvents(db, { kind: 'account' }, { from: '2026-08-01', to: '2026-11-30' }, 'UTC').some((e) => e.kind === 'price')).toBe(false);
    expect(findEvent(db, 'price:c5:2026-11-01T10:00:00Z', 'UTC')?.title).toBe('Embed price raised to $10.00 per million tokens');
    expect(findEvent(db, 'price:c5:2026-09-01T00:00:00Z', 'UTC')).toBeNull();
    // Two whole weeks are published after it (2–15 November): 14 days on each side, 18–31 October before.
    const ba = beforeAfter(db, 'price:c5:2026-11-01T10:00:00Z', 28, 'UTC')!;
    expect([ba.before, ba.after]).toEqual([{ from: '2026-10-18', to: '2026-10-31', days: 14 }, { from: '2026-11-02', to: '2026-11-15', days: 14 }]);
    expect(ba.metrics.map((m) => [m.id, m.before, m.after])).toEqual([['embedTokensPerDay', 2_000, 1_000], ['chatsPerDay', 10, 10]]);
  });
});
