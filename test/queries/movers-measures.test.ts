// The movers rule's measures (use and earnings per work and period) against a plain fold of the rows
// they come from: luxon for the local day of each money row, a loop over the periods for each day.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { comparablePeriods, earningMeasures, useMeasures, type Measure } from '../../db/queries/insights/movers-data';
import { ensureRollupZone } from '../../db/rollups';
import { insertStats, insertWorks } from '../helpers/audience-fixture';
import { insertCreator, insertLedger } from '../helpers/fixture';
import { freshDb } from '../helpers/insight-context';

const WORKS = {
  character: [['c1', '2025-01-01'], ['c2', '2026-10-07']],
  plugin: [['p1', '2025-01-01']],
  story: [['s1', '2026-09-20']],
} as const;
const USE = ['character', 'embed', 'plugin'];

interface MoneyRow {
  at: number;
  stream: string;
  kind: 'character' | 'plugin' | 'story';
  id: string;
  currency: string;
  micros: number;
  status: 'available' | 'pending' | 'reversed';
}

const DAY = 86_400_000;
const START = Date.parse('2026-08-01T00:00:00Z');
const moneyRow = fc.record({
  at: fc.integer({ min: START, max: START + 125 * DAY }),
  stream: fc.constantFrom('character', 'embed', 'plugin', 'bounty', 'support'),
  kind: fc.constantFrom('character' as const, 'plugin' as const, 'story' as const),
  id: fc.constantFrom('c1', 'c2', 'p1', 's1', 'gone'),
  currency: fc.constantFrom('USDT', 'CREDITS'),
  micros: fc.integer({ min: -2_000_000, max: 50_000_000 }),
  status: fc.constantFrom('available' as const, 'pending' as const, 'reversed' as const),
});

async function database(zone: string, rollups: boolean, money: MoneyRow[], chats: { id: string; day: number; n: number }[]): Promise<Db> {
  const db = await freshDb();
  insertCreator(db, zone);
  insertWorks(db, 'characters', WORKS.character.map(([id, created]) => ({ id, name: id, created: `${created}T10:00:00.000Z` })));
  insertWorks(db, 'plugins', WORKS.plugin.map(([id, created]) => ({ id, name: id, created: `${created}T10:00:00.000Z` })));
  insertWorks(db, 'stories', WORKS.story.map(([id, created]) => ({ id, name: id, created: `${created}T10:00:00.000Z` })));
  insertLedger(
    db,
    money.map((r, i) => ({
      id: `L${i}`, at: new Date(r.at).toISOString(), stream: r.stream, sourceType: r.kind, sourceId: r.id, currency: r.currency,
      gross: (r.micros / 1e6).toFixed(6), status: r.status,
    })),
  );
  const seen = new Set<string>();
  insertStats(
    db,
    'stats_characters',
    chats.flatMap(({ id, day, n }) => {
      const date = new Date(START + day * DAY).toISOString().slice(0, 10);
      if (seen.has(`${id}${date}`)) return [];
      seen.add(`${id}${date}`);
      return [{ character_id: id, date, chats_started: n }];
    }),
  );
  if (rollups) ensureRollupZone(db, zone);
  return db;
}

/** key → values, as the rule keys its measures. */
function byKey(measures: Measure[]): Record<string, (number | null)[]> {
  return Object.fromEntries(measures.map((m) => [`${m.kind}|${m.id}|${m.currency ?? ''}`, m.values]));
}

function fold(rows: { kind: string; id: string; currency: string | null; day: string; n: number }[], periods: { from: string; to: string }[]) {
  const created = new Map<string, string>(Object.entries(WORKS).flatMap(([kind, works]) => works.map(([id, at]) => [`${kind}|${id}`, at] as [string, string])));
  const out: Record<string, (number | null)[]> = {};
  for (const r of rows) {
    const since = created.get(`${r.kind}|${r.id}`);
    const k = periods.findIndex((p) => p.from <= r.day && r.day <= p.to);
    if (since === undefined || k < 0) continue;
    const values = (out[`${r.kind}|${r.id}|${r.currency ?? ''}`] ??= periods.map((p) => (p.from < since ? null : 0)));
    if (values[k] !== null) values[k] = values[k]! + r.n;
  }
  return out;
}

describe('the movers rule’s measures', () => {
  it.each([
    ['Sao Paulo, from the rollups', 'America/Sao_Paulo', true],
    ['Berlin, from the rollups', 'Europe/Berlin', true],
    ['Berlin, from the ledger rows (rollups in UTC)', 'Europe/Berlin', false],
  ])('sum each work’s money and use per period as the rows do (%s)', async (_label, zone, rollups) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(moneyRow, { maxLength: 60 }),
        fc.array(fc.record({ id: fc.constantFrom('c1', 'c2', 'gone'), day: fc.integer({ min: 0, max: 125 }), n: fc.integer({ min: 0, max: 40 }) }), { maxLength: 60 }),
        fc.constantFrom('week' as const, 'month' as const),
        fc.integer({ min: 0, max: 6 }),
        async (money, chats, cadence, partial) => {
          const db = await database(zone, rollups, money, chats);
          const [from, to] = cadence === 'week' ? ['2026-11-16', '2026-11-22'] : ['2026-11-01', '2026-11-30'];
          const periods = comparablePeriods(cadence, from, to, cadence === 'week' ? `2026-11-${16 + partial}` : `2026-11-${String(15 + partial).padStart(2, '0')}`);
          const moneyRows = money
            .filter((r) => r.status !== 'reversed' && USE.includes(r.stream))
            .map((r) => ({ kind: r.kind, id: r.id, currency: r.currency, day: DateTime.fromMillis(r.at, { zone }).toISODate()!, n: r.micros }));
          expect(byKey(earningMeasures(db, periods, zone))).toEqual(fold(moneyRows, periods));
          const stats = db.prepare('SELECT character_id AS id, date AS day, chats_started AS n FROM stats_characters').all() as { id: string; day: string; n: number }[];
          expect(byKey(useMeasures(db, 'character', periods))).toEqual(fold(stats.map((s) => ({ ...s, kind: 'character', currency: null })), periods));
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });
});
