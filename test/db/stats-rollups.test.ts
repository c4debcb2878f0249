import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { CHARACTER_STATS, SCENARIOS } from '../../db/queries/characters/defs';
import { aggregate, keyedTotals, splitMonths, type Agg } from '../../db/queries/content/aggregate';
import { metricValue, type MetricDef } from '../../db/queries/content/metrics';
import { wholeAndMonthLines } from '../../db/queries/content/sparks';
import { PLUGIN_STATS } from '../../db/queries/plugins/defs';
import { monthlyTable, rollupOf, STATS_ROLLUPS } from '../../db/rollups/stats-monthly';
import { TABLES } from '../../electron/sync/tables';
import { tableWriter } from '../../electron/sync/writer';
import { tempDbFile } from '../helpers/tmp';

// The triggers keep each month's days, sums and last-day values; these tests recompute them in
// JavaScript from the daily rows after random sync writes (re-deliveries and tombstones included),
// and check that a window read through the months equals the same window folded day by day.

const START = Date.parse('2025-11-20T00:00:00Z');
const dateOf = (i: number) => new Date(START + i * 86_400_000).toISOString().slice(0, 10);

type Row = Record<string, string | number>;

const op = (resource: 'stats/characters' | 'stats/plugins' | 'stats/character-scenarios') =>
  fc.record({
    resource: fc.constant(resource),
    id: fc.constantFrom('a', 'b'),
    // Scenario names are the creator's own text: separators and quotes must come through whole.
    key: fc.constantFrom('fight', 'romance', 'duel, at dawn', '"quoted" 1,2'),
    day: fc.integer({ min: 0, max: 45 }),
    value: fc.integer({ min: 0, max: 1000 }),
    deleted: fc.boolean(),
  });

type Op = { resource: 'stats/characters' | 'stats/plugins' | 'stats/character-scenarios'; id: string; key: string; day: number; value: number; deleted: boolean };

function rowOf(o: Op): Record<string, unknown> {
  const date = dateOf(o.day);
  const v = o.value;
  const base = { date, updated_at: `${date}T23:00:00Z`, ...(o.deleted ? { deleted: true } : {}) };
  if (o.resource === 'stats/characters') {
    const metrics = TABLES['stats/characters'].columns;
    return { ...base, character_id: o.id, ...Object.fromEntries(Object.keys(metrics).filter((c) => !['character_id', 'date', 'updated_at'].includes(c)).map((c, i) => [c, v + i])) };
  }
  if (o.resource === 'stats/plugins') {
    const metrics = TABLES['stats/plugins'].columns;
    return { ...base, plugin_id: o.id, ...Object.fromEntries(Object.keys(metrics).filter((c) => !['plugin_id', 'date', 'updated_at'].includes(c)).map((c, i) => [c, v * 2 + i])) };
  }
  return { ...base, character_id: o.id, scenario: o.key, chats: v };
}

async function freshDb(): Promise<Db> {
  return (await openDatabase(tempDbFile())).db;
}

function apply(db: Db, ops: Op[]): void {
  const writers = {
    'stats/characters': tableWriter(db, TABLES['stats/characters']),
    'stats/plugins': tableWriter(db, TABLES['stats/plugins']),
    'stats/character-scenarios': tableWriter(db, TABLES['stats/character-scenarios']),
  };
  db.transaction(() => {
    for (const o of ops) writers[o.resource]([rowOf(o)]);
  })();
}

/** The monthly rollup recomputed from the daily rows, in JavaScript. */
function foldMonths(db: Db, base: string): Row[] {
  const r = rollupOf(base)!;
  const rows = db.prepare(`SELECT * FROM ${base} ORDER BY date`).all() as Row[];
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const month = String(row.date).slice(0, 7);
    const k = JSON.stringify([...r.keys.map((c) => row[c]), month]);
    let m = byKey.get(k);
    if (!m) byKey.set(k, (m = { ...Object.fromEntries(r.keys.map((c) => [c, row[c]])), month, days: 0, ...Object.fromEntries(r.sums.map((s) => [s, 0])) }));
    m.days = Number(m.days) + 1;
    for (const s of r.sums) m[s] = Number(m[s]) + Number(row[s]);
    if (r.last.length > 0) {
      m.last_date = row.date; // rows come in date order: the last one seen is the month's last day
      for (const l of r.last) m[l] = row[l];
    }
  }
  return [...byKey.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function rollupRows(db: Db, base: string): Row[] {
  return (db.prepare(`SELECT * FROM ${monthlyTable(base)}`).all() as Row[]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** A window folded day by day from the daily rows, in JavaScript: days, sums, and the last day's values. */
function foldWindow(db: Db, t: typeof CHARACTER_STATS, from: string, to: string): Map<string, Agg> {
  const rows = db.prepare(`SELECT * FROM ${t.table} ORDER BY date`).all() as Row[];
  const out = new Map<string, Agg>();
  for (const row of rows) {
    if (row.date < from || row.date > to) continue;
    const id = String(row[t.id]);
    let a = out.get(id);
    if (!a) out.set(id, (a = { days: 0, sum: Object.fromEntries(t.sum.map((f) => [f, 0])), last: null, lastDate: null }));
    a.days++;
    for (const f of t.sum) a.sum[f] += Number(row[f]);
    a.last = Object.fromEntries(t.last.map((f) => [f, Number(row[f])]));
    a.lastDate = String(row.date);
  }
  return out;
}

const windowArb = fc.tuple(fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 45 })).map(([a, b]) => ({ from: dateOf(Math.min(a, b)), to: dateOf(Math.max(a, b)) }));
const opsArb = fc.array(fc.oneof(op('stats/characters'), op('stats/plugins'), op('stats/character-scenarios')), { minLength: 30, maxLength: 200, size: 'max' });

describe('monthly stats rollups', () => {
  it('every rollup is declared on a table the sync writes, with the columns it sums (written or generated from them)', async () => {
    const db = await freshDb();
    const synced = new Map(Object.values(TABLES).map((t) => [t.table, t]));
    for (const r of STATS_ROLLUPS) {
      const spec = synced.get(r.base);
      expect(spec, r.base).toBeDefined();
      expect([...r.keys, 'date'].sort()).toEqual([...spec!.keys].sort());
      // table_xinfo's hidden 2 and 3: a generated column (virtual, stored).
      const generated = (db.prepare(`SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (2, 3)`).pluck().all(r.base) as string[]);
      for (const c of [...r.sums, ...r.last]) expect([...Object.keys(spec!.columns), ...generated]).toContain(c);
    }
    db.close();
  });

  it('equal the daily rows folded by month after any sequence of writes, re-deliveries and tombstones', async () => {
    const db = await freshDb();
    await fc.assert(
      fc.asyncProperty(opsArb, async (ops) => {
        apply(db, ops);
        for (const base of ['stats_characters', 'stats_plugins', 'stats_character_scenarios']) expect(rollupRows(db, base)).toEqual(foldMonths(db, base));
        db.exec('DELETE FROM stats_characters; DELETE FROM stats_plugins; DELETE FROM stats_character_scenarios;');
        // Tombstoning every day empties every month.
        for (const base of ['stats_characters', 'stats_plugins', 'stats_character_scenarios']) expect(rollupRows(db, base)).toEqual([]);
      }),
      { numRuns: 60 },
    );
    db.close();
  });

  it('a window read through whole months equals the same window folded day by day', async () => {
    const db = await freshDb();
    await fc.assert(
      fc.asyncProperty(opsArb, windowArb, async (ops, w) => {
        apply(db, ops);
        // Dashboards read the items of the catalogue: every item written is in it here.
        db.exec(`INSERT OR IGNORE INTO characters (id, name, created_at, updated_at, tags) SELECT character_id, character_id, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '[]'
                 FROM (SELECT character_id FROM stats_characters UNION SELECT character_id FROM stats_character_scenarios)`);
        db.exec(`INSERT OR IGNORE INTO plugins (id, name, created_at, updated_at, tags) SELECT DISTINCT plugin_id, plugin_id, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '[]' FROM stats_plugins`);
        for (const t of [CHARACTER_STATS, PLUGIN_STATS]) {
          const expected = foldWindow(db, t, w.from, w.to);
          const whole = new Map([...aggregate(db, t, w)].map(([id, byBucket]) => [id, byBucket.get('')!]));
          expect(whole).toEqual(expected);
          // Month buckets fold back to the same totals; day buckets are the days themselves.
          const monthly = aggregate(db, t, w, 'month');
          // Read in one pass, the totals and a sparkline's months are the same as read apart.
          const spark = { ...t, sum: [t.sum[1]], last: t.last.slice(0, 1) };
          const def: MetricDef = t.last.length > 0 ? { ratio: [{ sum: t.sum[1] }, { last: t.last[0] }] } : { of: { sum: t.sum[1] } };
          const buckets = [...new Set([...monthly.values()].flatMap((b) => [...b.keys()]))].sort();
          const onePass = wholeAndMonthLines(db, t, spark, def, w, buckets);
          expect(onePass.totals).toEqual(expected);
          const lines = new Map([...monthly].map(([id, own]) => [id, buckets.map((b) => metricValue(def, own.get(b)))]));
          expect(onePass.lines).toEqual(lines);
          for (const [id, byBucket] of monthly) expect([...byBucket.values()].reduce((n, a) => n + a.days, 0)).toBe(expected.get(id)!.days);
          const days = db.prepare(`SELECT ${t.id} AS id, date, ${t.sum[0]} AS v FROM ${t.table} WHERE date >= ? AND date <= ?`).all(w.from, w.to) as { id: string; date: string; v: number }[];
          const daily = aggregate(db, t, w, 'day');
          expect(days.map((d) => [d.id, d.date, daily.get(d.id)?.get(d.date)?.sum[t.sum[0]], daily.get(d.id)?.get(d.date)?.lastDate])).toEqual(days.map((d) => [d.id, d.date, d.v, d.date]));
          expect([...daily.values()].reduce((n, m) => n + m.size, 0)).toBe(days.length);
          const perMonth = new Map<string, number>();
          for (const d of days) perMonth.set(`${d.id} ${d.date.slice(0, 7)}-01`, (perMonth.get(`${d.id} ${d.date.slice(0, 7)}-01`) ?? 0) + d.v);
          const monthSums = [...monthly].flatMap(([id, byBucket]) => [...byBucket].map(([b, a]): [string, number] => [`${id} ${b}`, a.sum[t.sum[0]]]));
          expect(new Map(monthSums.filter(([, v]) => v !== 0))).toEqual(new Map([...perMonth].filter(([, v]) => v !== 0)));
        }
        const chats = db.prepare(`SELECT character_id AS id, scenario AS k, sum(chats) AS n FROM stats_character_scenarios WHERE date >= ? AND date <= ? GROUP BY 1, 2`).all(w.from, w.to) as { id: string; k: string; n: number }[];
        const keyed = keyedTotals(db, SCENARIOS, w);
        expect(chats.map((r) => [r.id, r.k, keyed.get(r.id)?.get(r.k)?.get('')])).toEqual(chats.map((r) => [r.id, r.k, r.n]));
        db.exec('DELETE FROM stats_characters; DELETE FROM stats_plugins; DELETE FROM stats_character_scenarios; DELETE FROM characters; DELETE FROM plugins;');
      }),
      { numRuns: 60 },
    );
    db.close();
  });

  it('splits a window into whole months and the days around them', () => {
    expect(splitMonths({ from: '2026-01-01', to: '2026-11-21' })).toEqual({ months: { first: '2026-01', last: '2026-10' }, edges: [{ from: '2026-11-01', to: '2026-11-21' }] });
    expect(splitMonths({ from: '2021-11-23', to: '2024-02-29' })).toEqual({ months: { first: '2021-12', last: '2024-02' }, edges: [{ from: '2021-11-23', to: '2021-11-30' }] });
    expect(splitMonths({ from: '2026-11-02', to: '2026-11-30' })).toEqual({ months: null, edges: [{ from: '2026-11-02', to: '2026-11-30' }] });
    expect(splitMonths({ from: '2026-10-31', to: '2026-12-01' })).toEqual({
      months: { first: '2026-11', last: '2026-11' },
      edges: [
        { from: '2026-10-31', to: '2026-10-31' },
        { from: '2026-12-01', to: '2026-12-01' },
      ],
    });
  });
});
