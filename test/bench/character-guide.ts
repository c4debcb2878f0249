// The earnings guide's last metrics on a large database, as the main process serves them: the
// Characters table and a character's page for each preset period (whole payloads), and alone the parts
// they added (embed prices and unique users of every character; one character's chat lengths, topics
// and price history) and the two insight rules on the per-token price. Targets: the dashboards'
// (median ≤ 50 ms, p95 ≤ 100 ms).
//   npx tsx test/bench/character-guide.ts <copy of a bench database> [--fill]
// --fill first syncs what a database made before the newer fields lacks (characters with their price
// versions, the character stats with users_total and embed_tokens, chat lengths, topics) from the large
// sample dataset of the bench's day. Opening migrates the file: never give it the original.
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { reportingZone } from '../../db/rollups';
import { chatLengths } from '../../db/queries/characters/chat-lengths';
import { currentPrices, priceHistory } from '../../db/queries/characters/embed';
import { characterTopics } from '../../db/queries/characters/topics';
import { uniqueUsers } from '../../db/queries/characters/users';
import { statsPeriodInfo, statsWindows } from '../../db/queries/content/windows';
import { embedMinimumRule, embedRiseRule } from '../../db/queries/insights/embed-price';
import { readThresholds } from '../../db/queries/insights/thresholds';
import { fullScanMs, PRESETS, type Timing } from './dashboards';
import { BENCH_NOW, percentiles, table } from './util';

async function timed(runs: number, f: () => unknown): Promise<Omit<Timing, 'name'>> {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    await f();
    samples.push(performance.now() - t0);
  }
  return { first: samples[0], ...percentiles(samples.slice(1)) };
}

const call = (studio: Studio, method: string, input: unknown) => async () => {
  const r = await dispatch(studio, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
};

export async function benchCharacterGuide(studio: Studio, runs = 9): Promise<Timing[]> {
  const db = studio.db;
  const zone = reportingZone(db);
  const nowMs = Date.parse(BENCH_NOW);
  const busiest = db.prepare('SELECT character_id FROM stats_characters GROUP BY character_id ORDER BY sum(chats_started) DESC LIMIT 1').pluck().get() as string;
  // The character whose price went up last: its page draws the rise on its charts.
  const raised = (db.prepare(
    `SELECT character_id FROM (SELECT character_id, updated_at, per_million_micros > lag(per_million_micros) OVER (PARTITION BY character_id ORDER BY updated_at) AS rise FROM character_embed_prices)
     WHERE rise ORDER BY updated_at DESC LIMIT 1`,
  ).pluck().get() as string | undefined) ?? busiest;
  const out: Timing[] = [];
  const push = async (name: string, f: () => unknown) => {
    const t = await timed(runs, f);
    out.push({ name, ...t });
    process.stderr.write(`  ${name}: median ${t.median.toFixed(1)} ms\n`);
  };
  for (const preset of PRESETS) {
    const period = { preset };
    const info = statsPeriodInfo(db, 'stats_characters', period, zone, nowMs);
    const w = statsWindows(db, 'stats_characters', info);
    await push(`characters (whole payload) · ${preset}`, call(studio, 'characters', { period }));
    await push(`  its prices and unique users · ${preset}`, () => [currentPrices(db, zone), uniqueUsers(db, w)]);
    await push(`character ${busiest} (whole payload) · ${preset}`, call(studio, 'character', { period, id: busiest }));
    await push(`  its chat lengths and drop-off · ${preset}`, () => chatLengths(db, w, busiest));
    await push(`  its topics · ${preset}`, () => characterTopics(db, w, busiest));
    await push(`  its unique users · ${preset}`, () => uniqueUsers(db, w, busiest));
    await push(`character ${raised}, price raised (whole payload) · ${preset}`, call(studio, 'character', { period, id: raised }));
  }
  await push(`price history of ${raised}`, () => priceHistory(db, raised, zone));
  const t = readThresholds(db);
  for (const rule of [embedMinimumRule, embedRiseRule]) await push(`insight rule ${rule.rule} (this week)`, () => rule.run({ db, t, periodTo: '2026-11-22', movers: null }));
  return out;
}

if (process.argv[1]?.endsWith('character-guide.ts')) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx test/bench/character-guide.ts <copy of a bench database> [--fill]');
  // As the app serves them: with its read thread, once it is up.
  const studio = await openStudio(file, { mode: 'browser', readThread: true, now: () => new Date(BENCH_NOW) });
  await studio.core.threadReady();
  if (process.argv.includes('--fill')) {
    const platform = await startSamplePlatform({ scale: 'large', today: BENCH_NOW.slice(0, 10) });
    const t0 = performance.now();
    const summary = await runSync(studio.db, {
      baseUrl: platform.url,
      token: platform.token,
      full: true,
      resources: ['characters', 'stats/characters', 'stats/character-chat-lengths', 'stats/character-topics'],
      client: { sleep: async () => {}, random: () => 0.5 },
    });
    await platform.close();
    process.stderr.write(`filled in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${summary.status}, ${summary.rowsWritten} rows\n`);
  }
  const counts = ['character_embed_prices', 'stats_character_chat_lengths', 'stats_character_topics'].map((t) => `${t} ${studio.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()}`);
  const timings = await benchCharacterGuide(studio);
  const scan = fullScanMs(studio);
  process.stdout.write(`reference: a full scan of ${scan.table} (${scan.rows} rows) took ${scan.ms.toFixed(0)} ms\n`);
  table(`bench: the guide's last metrics (${counts.join(', ')}; targets: median ≤ 50 ms, p95 ≤ 100 ms)`, [
    ['read', 'median ms   p95 ms   first read ms (not in the median)'],
    ...timings.map((x): [string, string] => [x.name, `${x.median.toFixed(1).padStart(9)} ${x.p95.toFixed(1).padStart(8)}   ${x.first.toFixed(1).padStart(8)}`]),
  ]);
  studio.close();
}
