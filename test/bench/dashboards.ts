// Dashboard reads on a large database, as the main process serves them: every dashboard's full
// payload for each preset period with its comparison.
import { dispatch } from '../../electron/api/dispatch';
import type { Studio } from '../../electron/core/studio';
import { currentKey } from '../../db/queries/review/period-key';
import { reportingZone } from '../../db/rollups';
import { percentiles } from './util';

export const PRESETS = ['today', 'week', 'month', 'last_month', 'year', 'all'] as const;

export interface Timing {
  name: string;
  /** The first read of the payload in the run: SQLite's page cache and the host's hold none of its pages yet. */
  first: number;
  median: number;
  p95: number;
}

/** A first read, kept apart, then `runs` more: their median and p95. */
async function time(studio: Studio, method: string, input: unknown, runs: number): Promise<Omit<Timing, 'name'>> {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const result = await dispatch(studio, method, input);
    samples.push(performance.now() - t0);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  }
  return { first: samples[0], ...percentiles(samples.slice(1)) };
}

export async function benchDashboards(studio: Studio, runs = 9): Promise<Timing[]> {
  const character = studio.db.prepare('SELECT character_id FROM stats_characters GROUP BY character_id ORDER BY sum(chats_started) DESC LIMIT 1').pluck().get() as string;
  const out: Timing[] = [];
  for (const preset of PRESETS) {
    const period = { preset };
    for (const [name, method, input] of [
      ['earnings', 'earnings', { period }],
      ['characters', 'characters', { period }],
      ['character page', 'character', { period, id: character }],
      ['plugins', 'plugins', { period }],
      ['stories', 'stories', { period }],
      ['audience', 'audience', { period }],
    ] as const) {
      const t = await time(studio, method, input, runs);
      out.push({ name: `${name} · ${preset}`, ...t });
      process.stderr.write(`  ${name} · ${preset}: median ${t.median.toFixed(1)} ms\n`);
    }
  }
  // The Audience page's insight cards and the review run over review periods, not the presets.
  const month = currentKey('month', reportingZone(studio.db), studio.now().getTime());
  for (const [name, method, input] of [
    ['insights · this week', 'insights', {}],
    ['insights · this month', 'insights', { key: month }],
    ['review · this week', 'review', { cadence: 'week' }],
    ['review · this month', 'review', { cadence: 'month' }],
  ] as const) {
    const t = await time(studio, method, input, runs);
    out.push({ name, ...t });
    process.stderr.write(`  ${name}: median ${t.median.toFixed(1)} ms\n`);
  }
  return out;
}

/** The brute-force reference: a plain full scan of the largest table, reading every row. */
export function fullScanMs(studio: Studio): { table: string; rows: number; ms: number } {
  const tables = studio.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
  const sizes = tables.map((t) => ({ t, n: studio.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number })).sort((a, b) => b.n - a.n);
  const { t, n } = sizes[0];
  const cols = (studio.db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[]).map((c) => `length(${c})`).join(' + ');
  const t0 = performance.now();
  studio.db.prepare(`SELECT sum(${cols}) FROM ${t}`).get();
  return { table: t, rows: n, ms: performance.now() - t0 };
}
