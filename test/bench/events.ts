// Events and their before/after on a large database, as the main process serves them: the events of
// the account's and of the busiest character's charts for each preset period, and the before/after of
// each kind of event (a greeting edit, an announcement, a payout, a note, moves ticked in the review),
// over 7, 14 and 28 days. Targets: the dashboards' (median ≤ 50 ms, p95 ≤ 100 ms).
//   npx tsx test/bench/events.ts <copy of a bench database>   (opening migrates it: never the original)
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { resolvePeriod } from '../../db/queries/period';
import { reportingZone } from '../../db/rollups';
import { PRESETS, type Timing } from './dashboards';
import { BENCH_NOW, percentiles, table } from './util';

async function time(studio: Studio, method: string, input: unknown, runs: number): Promise<Omit<Timing, 'name'>> {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const result = await dispatch(studio, method, input);
    samples.push(performance.now() - t0);
    if (!result.ok) throw new Error(`${method} ${JSON.stringify(input)} failed: ${result.error.message}`);
  }
  return { first: samples[0], ...percentiles(samples.slice(1)) };
}

export async function benchEvents(studio: Studio, runs = 9): Promise<Timing[]> {
  const db = studio.db;
  const zone = reportingZone(db);
  const nowMs = Date.parse(BENCH_NOW);
  const character = db.prepare('SELECT character_id FROM stats_characters GROUP BY character_id ORDER BY sum(chats_started) DESC LIMIT 1').pluck().get() as string;
  const story = db.prepare('SELECT id FROM stories ORDER BY id LIMIT 1').pluck().get() as string;
  const plugin = db.prepare('SELECT id FROM plugins ORDER BY id LIMIT 1').pluck().get() as string;
  const edited = db.prepare(`SELECT id FROM characters WHERE greeting_updated_at IS NOT NULL ORDER BY greeting_updated_at DESC LIMIT 1 OFFSET 20`).pluck().get() as string;
  const announcement = db.prepare('SELECT id FROM announcements ORDER BY posted_at DESC LIMIT 1 OFFSET 5').pluck().get() as string;
  const payout = db.prepare(`SELECT id FROM payouts WHERE status = 'paid' ORDER BY created_at DESC LIMIT 1 OFFSET 2`).pluck().get() as string;
  // What a creator adds: a note about the busiest character, and three moves ticked in a review 10 weeks back.
  const day = resolvePeriod({ preset: 'custom', from: '2026-09-01', to: '2026-09-01' }, zone, nowMs).current.from;
  const note = db.prepare(`INSERT INTO timeline_notes (day, text, item_kind, item_id, created_at, updated_at) VALUES (?, 'bench note', 'character', ?, ?, ?)`).run(day, character, BENCH_NOW, BENCH_NOW).lastInsertRowid;
  const tick = db.prepare(`INSERT OR REPLACE INTO review_notes (period_key, item, checked, note, updated_at, checked_at) VALUES ('2026-W36', ?, 1, '', ?, '2026-09-01T12:00:00Z')`);
  for (const item of [`insight:story-dropoff:${story}`, `insight:plugin-churn:${plugin}`, 'insight:country:BR']) tick.run(item, BENCH_NOW);
  const out: Timing[] = [];
  const push = (name: string, t: Omit<Timing, 'name'>) => {
    out.push({ name, ...t });
    process.stderr.write(`  ${name}: median ${t.median.toFixed(1)} ms\n`);
  };
  for (const preset of PRESETS) {
    const { from, to } = resolvePeriod({ preset }, zone, nowMs, '2021-11-23').current;
    push(`events · account · ${preset}`, await time(studio, 'events', { scope: { kind: 'account' }, from, to }, runs));
    push(`events · character · ${preset}`, await time(studio, 'events', { scope: { kind: 'character', id: character }, from, to }, runs));
  }
  const events: [string, string][] = [
    ['greeting edit', `greeting:${edited}`],
    ['announcement', `announcement:${announcement}`],
    ['payout', `payout:${payout}`],
    ['note on a character', `note:${note}`],
    ['chapter revision (ticked)', `acted:2026-W36:insight:story-dropoff:${story}`],
    ['plugin fix (ticked)', `acted:2026-W36:insight:plugin-churn:${plugin}`],
    ['country scenario (ticked)', 'acted:2026-W36:insight:country:BR'],
  ];
  for (const [name, id] of events) for (const windowDays of [7, 14, 28]) push(`before/after · ${name} · ${windowDays} days`, await time(studio, 'beforeAfter', { event: id, windowDays }, runs));
  db.prepare('DELETE FROM timeline_notes WHERE id = ?').run(note);
  db.prepare(`DELETE FROM review_notes WHERE period_key = '2026-W36'`).run();
  return out;
}

export function printEvents(timings: Timing[]): void {
  table('bench: events and before/after (targets: median ≤ 50 ms, p95 ≤ 100 ms)', [
    ['read', 'median ms   p95 ms   first read ms (not in the median)'],
    ...timings.map((t): [string, string] => [t.name, `${t.median.toFixed(1).padStart(9)} ${t.p95.toFixed(1).padStart(8)}   ${t.first.toFixed(1).padStart(8)}`]),
  ]);
}

if (process.argv[1]?.endsWith('events.ts')) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx test/bench/events.ts <copy of a bench database>');
  const studio = await openStudio(file, { mode: 'browser', now: () => new Date(BENCH_NOW) });
  printEvents(await benchEvents(studio));
  studio.close();
}
