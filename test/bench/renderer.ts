// The renderer's timings in a real browser (Debian's Chromium via Playwright) against serve mode on a
// given database: start to the first dashboard painted, dashboard switches per preset, and long tasks
// while a 500-row table scrolls. Figures only; nothing passes or fails. The app's own performance marks
// (renderer/lib/perf-marks.ts) say when a dashboard has painted. Needs `npm run build` (serve mode serves out/renderer).
//   npx tsx test/bench/renderer.ts <db>    runs it alone; BENCH_RENDERER_PRESETS="month:5,year:3,all:3" picks presets and runs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { PRESETS } from './dashboards';
import { browserQuiet, CHROMIUM_ARGS, processMemory, spawnServe, stopServe, type Served } from './serve-process';
import { findBrowser } from '../e2e/browser';
import { percentiles, table } from './util';

// Browser globals used inside page.evaluate callbacks (this file compiles with Node's libs, not the DOM's).
declare const history: { replaceState(data: unknown, unused: string, url: string): void };
declare const window: Record<string, unknown>;
declare function requestAnimationFrame(callback: () => void): number;
type ResourceEntry = { name: string; startTime: number; responseEnd: number; serverTiming: { name: string; duration: number }[] };

const DASHBOARDS = ['earnings', 'characters', 'plugins', 'stories', 'audience'] as const;
type Dashboard = (typeof DASHBOARDS)[number];

export interface Stat {
  median: number;
  p95: number;
  n: number;
}

export interface StartFigures {
  totalMs: number;
  spawnToUrlMs: number;
  urlToNavigationMs: number;
  navigationToPaintedMs: number;
}

/** After the first paint: the app loads and draws every other dashboard in the background (renderer/api/warm-dashboards.ts, shell/PageStack.tsx). */
export interface WarmUpFigures {
  /** First dashboard painted → every dashboard drawn. */
  allDrawnMs: number;
  /** Tasks over 50 ms meanwhile: the longest is the most a click in that time waits for. */
  longTasks: number;
  longestMs: number;
}

export interface RendererFigures {
  /** Into a browser tab that was open and idle. */
  start: StartFigures;
  warmUp: WarmUpFigures;
  /** With the tab opened as serve mode is launched. */
  startNewTab: StartFigures;
  /** Per preset and dashboard, from a fresh page: cold (data fetched from the main process at the click), warmed
   *  (the app loaded it in the background first, as it does when idle) and revisit (back from Settings) switches. */
  switches: { preset: string; dashboard: Dashboard; cold: Stat; warmed: Stat; warm: Stat; coldParts: ColdParts }[];
  /** The first cold switch to each dashboard after start, before the measured rounds: the serve process
   *  and the page meet its code and rows for the first time (in both, later switches run 1.5-2x faster). */
  firstSwitch: { dashboard: Dashboard; ms: number }[];
  scroll: { rows: number; scrolledPx: number; durationMs: number; longTasks: number; longestMs: number; totalLongMs: number };
  /** The serve process (the app's main process without Electron) once every dashboard was read for every preset. */
  memory: { rssMb: number; peakRssMb: number };
}

/** Waits for the newest `dashboard:<name>` measure after `after` (ms on the page's clock); returns it. */
async function painted(page: Page, name: string, after: number, timeoutMs = 120_000): Promise<{ startTime: number; duration: number }> {
  const handle = await page.waitForFunction(
    ([n, t]) => {
      const m = performance.getEntriesByName(`dashboard:${n}`, 'measure').filter((e) => e.startTime >= t);
      const last = m[m.length - 1];
      return last ? { startTime: last.startTime, duration: last.duration } : false;
    },
    [name, after] as const,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as { startTime: number; duration: number };
}

async function api(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('creator-studio.access') ?? '';
      const r = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(i) });
      const body = (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(body.error?.message);
      return body.value;
    },
    [method, input] as const,
  );
}

/** Where a cold switch went: the payload's call in the serve process, and the page from its answer to the painted frame. */
export interface ColdParts {
  dispatchMs: number;
  jsonMs: number;
  /** From the response's last byte to the painted mark: parse, render, charts, layout and one frame. */
  pageMs: number;
}

// renderer/api/warm-dashboards.ts's NO_WARM_KEY (that module needs the DOM's types); freshPage checks it still works.
const NO_WARM_KEY = 'creator-studio.no-warm';
const WARMED_CALLS = [...DASHBOARDS, 'insights', 'review'].map((m) => `/api/${m}`);

/**
 * A fresh page load on Settings (empty query cache). With `warmUp`, once the app has loaded every dashboard in
 * the background as it does when idle; without, with that turned off, so that a switch waits for the database.
 */
async function freshPage(page: Page, warmUp: boolean): Promise<void> {
  await page.evaluate(([key, off]) => (off ? sessionStorage.setItem(key, '1') : sessionStorage.removeItem(key)), [NO_WARM_KEY, !warmUp] as const);
  await page.evaluate(() => history.replaceState(null, '', '#/settings'));
  await page.reload();
  await page.waitForLoadState('networkidle');
  const loaded = () => page.evaluate((calls) => calls.filter((c) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(c))), WARMED_CALLS);
  if (warmUp) {
    await page.waitForFunction((calls) => calls.every((c) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(c))), WARMED_CALLS, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('dashboards:all-drawn').length > 0, undefined, { timeout: 60_000 });
  }
  else if ((await loaded()).length > 0) throw new Error(`the warm-up ran though ${NO_WARM_KEY} was set: ${(await loaded()).join(', ')}`);
}

/** A click on the dashboard in the navigation, from a fresh page on Settings (see freshPage). */
async function coldSwitch(page: Page, name: Dashboard, warmUp = false): Promise<{ ms: number; parts: ColdParts | null }> {
  await freshPage(page, warmUp);
  const now = await page.evaluate(() => performance.now());
  await page.click(`nav a[href="#/${name}"]`);
  const ms = (await painted(page, name, now)).duration;
  if (warmUp) return { ms, parts: null };
  // The serve process names its part in a Server-Timing header, which the page's resource timing keeps.
  const parts = await page.evaluate(
    ([n, t]) => {
      const call = (performance.getEntriesByType('resource') as unknown as ResourceEntry[]).filter((e) => e.name.endsWith(`/api/${n}`) && e.startTime >= t).pop();
      const mark = performance.getEntriesByName(`dashboard:${n}:painted`, 'mark').pop();
      if (!call || !mark) return null;
      // No named functions in here: tsx wraps them in a helper the page does not have.
      const [dispatchMs, jsonMs] = ['dispatch', 'json'].map((key) => call.serverTiming.find((s) => s.name === key)?.duration ?? NaN);
      return { dispatchMs, jsonMs, pageMs: mark.startTime - call.responseEnd };
    },
    [name, now] as const,
  );
  return { ms, parts };
}

/** From Settings back to a dashboard whose data is cached (within the app's one-minute freshness). */
async function warmSwitch(page: Page, name: Dashboard): Promise<number> {
  await page.click('nav a[href="#/settings"]');
  await page.waitForSelector('h1:has-text("Settings")');
  const now = await page.evaluate(() => performance.now());
  await page.click(`nav a[href="#/${name}"]`);
  return (await painted(page, name, now)).duration;
}

async function scrollTable(page: Page): Promise<RendererFigures['scroll']> {
  await page.evaluate(() => history.replaceState(null, '', '#/settings'));
  await page.reload();
  await page.waitForLoadState('networkidle');
  await page.click('nav a[href="#/characters"]');
  await painted(page, 'characters', 0);
  // The table folds after its first rows: every row is shown, then the page's own scroller goes through them.
  const all = page.locator('#characters-table').getByRole('button', { name: /^Show all/ });
  if (await all.count()) await all.click();
  const scroller = page.locator('#main');
  await page.locator('#characters-table').scrollIntoViewIfNeeded();
  const rows = Number((await page.locator('#characters-table h2, #characters-table h3').first().textContent())?.match(/\((\d+)\)/)?.[1] ?? 0);
  await page.evaluate(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' as never });
  });
  const box = (await scroller.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const t0 = await page.evaluate(() => performance.now());
  for (let i = 0; i < 400; i++) {
    await page.mouse.wheel(0, 120);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const done = await scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
    if (done) break;
  }
  const result = await scroller.evaluate((el) => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    return { scrolledPx: el.scrollTop, end: performance.now(), long: w.__long };
  });
  const long = result.long.filter((e) => e.start >= t0);
  return {
    rows,
    scrolledPx: result.scrolledPx,
    durationMs: result.end - t0,
    longTasks: long.length,
    longestMs: long.reduce((m, e) => Math.max(m, e.duration), 0),
    totalLongMs: long.reduce((s, e) => s + e.duration, 0),
  };
}

/** BENCH_RENDERER_PRESETS="month:5,year:3,all:3" (the default): presets and cold/warm switches per dashboard. */
export function presetsFromEnv(value = process.env.BENCH_RENDERER_PRESETS ?? 'month:5,year:3,all:3'): { preset: string; runs: number }[] {
  return value.split(',').map((p) => {
    const [preset, runs = '3'] = p.split(':');
    return { preset, runs: Math.max(1, Number(runs)) };
  });
}

/**
 * Start: serve mode is spawned, prints its URL, and a tab opens it on the default dashboard. Into `page`
 * when given (a tab that was open and idle), else into a tab opened as serve mode is spawned.
 */
async function measureStart(browser: Browser, dbFile: string, home: string, idleTab?: Page): Promise<{ start: StartFigures; served: Served }> {
  const spawning = spawnServe(dbFile, home);
  const page = idleTab ?? (await browser.newPage({ viewport: { width: 1360, height: 900 } }));
  const served = await spawning;
  await page.goto(served.url);
  const first = await painted(page, 'earnings', 0);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const start = {
    totalMs: origin + first.startTime + first.duration - served.spawnedAt,
    spawnToUrlMs: served.urlMs,
    urlToNavigationMs: origin - (served.spawnedAt + served.urlMs),
    navigationToPaintedMs: first.duration,
  };
  if (!idleTab) await page.close();
  process.stderr.write(`  start${idleTab ? '' : ' (tab opened at spawn)'}: ${start.totalMs.toFixed(0)} ms (server ${start.spawnToUrlMs} ms, page ${start.navigationToPaintedMs.toFixed(0)} ms)\n`);
  return { start, served };
}

// Long tasks from the page's first script on (an observer the app's code cannot miss), for the warm-up's figures.
const OBSERVE_LONG_TASKS = `window.__startLong = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__startLong.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask' });`;

async function measureWarmUp(page: Page): Promise<WarmUpFigures> {
  await page.waitForFunction(() => performance.getEntriesByName('dashboards:all-drawn').length > 0, undefined, { timeout: 60_000 });
  const { painted, drawn, long } = await page.evaluate(() => ({
    painted: performance.getEntriesByName('dashboard:earnings:painted')[0].startTime,
    drawn: performance.getEntriesByName('dashboards:all-drawn')[0].startTime,
    long: (window as unknown as { __startLong: { start: number; duration: number }[] }).__startLong,
  }));
  const meanwhile = long.filter((t) => t.start >= painted && t.start < drawn);
  const figures = { allDrawnMs: drawn - painted, longTasks: meanwhile.length, longestMs: meanwhile.reduce((m, t) => Math.max(m, t.duration), 0) };
  process.stderr.write(`  warm-up: every dashboard drawn ${figures.allDrawnMs.toFixed(0)} ms after the first paint; longest task meanwhile ${figures.longestMs.toFixed(0)} ms\n`);
  return figures;
}

export async function benchRenderer(dbFile: string, { presets = presetsFromEnv() }: { presets?: { preset: string; runs: number }[] } = {}): Promise<RendererFigures> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-bench-renderer-'));
  const browser = await chromium.launch({ executablePath: findBrowser()?.executablePath, args: CHROMIUM_ARGS });
  let served: Served | null = null;
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('pageerror', (e) => process.stderr.write(`  page error: ${e.message}\n`));
    await browserQuiet();
    process.stderr.write('renderer: starting serve mode…\n');
    await page.addInitScript(OBSERVE_LONG_TASKS);
    const first = await measureStart(browser, dbFile, home, page);
    served = first.served;
    const start = first.start;
    const warmUp = await measureWarmUp(page);

    const saved = ((await api(page, 'getSettings', {})) as { periods: Record<string, unknown> }).periods;
    const switches: RendererFigures['switches'] = [];
    const firstSwitch: RendererFigures['firstSwitch'] = [];
    let scroll: RendererFigures['scroll'];
    let memory: RendererFigures['memory'];
    try {
      for (const d of DASHBOARDS) await api(page, 'savePeriod', { dashboard: d, period: { preset: presets[0].preset } });
      for (const d of DASHBOARDS) firstSwitch.push({ dashboard: d, ms: (await coldSwitch(page, d)).ms });
      for (const { preset, runs } of presets) {
        for (const d of DASHBOARDS) await api(page, 'savePeriod', { dashboard: d, period: { preset } });
        for (const d of DASHBOARDS) {
          const cold: number[] = [];
          const warmed: number[] = [];
          const warm: number[] = [];
          const parts: ColdParts[] = [];
          for (let i = 0; i < runs; i++) {
            const c = await coldSwitch(page, d);
            cold.push(c.ms);
            if (c.parts) parts.push(c.parts);
            warm.push(await warmSwitch(page, d));
            warmed.push((await coldSwitch(page, d, true)).ms);
          }
          const median = (k: keyof ColdParts) => percentiles(parts.map((p) => p[k])).median;
          const coldParts = { dispatchMs: median('dispatchMs'), jsonMs: median('jsonMs'), pageMs: median('pageMs') };
          switches.push({ preset, dashboard: d, cold: percentiles(cold), warmed: percentiles(warmed), warm: percentiles(warm), coldParts });
          const m = (xs: number[]) => percentiles(xs).median.toFixed(0);
          process.stderr.write(`  ${d} · ${preset}: cold median ${m(cold)} ms, warmed ${m(warmed)} ms, revisit ${m(warm)} ms\n`);
        }
      }
      await api(page, 'savePeriod', { dashboard: 'characters', period: { preset: 'month' } });
      scroll = await scrollTable(page);
      for (const preset of PRESETS) for (const d of DASHBOARDS) await api(page, d, { period: { preset } });
      memory = processMemory(served.child.pid!);
    } finally {
      for (const d of DASHBOARDS) await api(page, 'savePeriod', { dashboard: d, period: saved[d] ?? { preset: 'month' } });
    }
    await stopServe(served);
    served = null;
    const second = await measureStart(browser, dbFile, home);
    await stopServe(second.served);
    return { start, warmUp, startNewTab: second.start, switches, firstSwitch, scroll, memory };
  } finally {
    await browser.close();
    if (served) await stopServe(served);
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** The figures as `npm run bench` prints them. */
export function printRenderer(f: RendererFigures): void {
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  table('bench: renderer in Chromium, serve mode (targets: start ≤ 1.5 s, switch ≤ 200 ms, no long task > 50 ms while scrolling)', [
    ['start: spawn of serve → first dashboard painted, into an idle tab', ms(f.start.totalMs)],
    ['  spawn → URL printed (open, integrity check, migrations)', ms(f.start.spawnToUrlMs)],
    ['  URL printed → page navigation starts', ms(f.start.urlToNavigationMs)],
    ['  navigation → Earnings painted (bundle, data, charts)', ms(f.start.navigationToPaintedMs)],
    ['start into a tab opened at spawn (its own start-up shares the cores)', ms(f.startNewTab.totalMs)],
    [
      'after start: first paint → every dashboard loaded and drawn in the background',
      `${ms(f.warmUp.allDrawnMs)}; ${f.warmUp.longTasks} tasks over 50 ms meanwhile, longest ${ms(f.warmUp.longestMs)} (the most a click then waits)`,
    ],
    [`first switch to each dashboard after start (${f.switches[0]?.preset}; not in the medians below)`, f.firstSwitch.map((s) => `${s.dashboard} ${ms(s.ms)}`).join(', ')],
    [`scroll the ${f.scroll.rows}-row Characters table top to bottom (${f.scroll.scrolledPx} px)`, `${ms(f.scroll.durationMs)}, ${f.scroll.longTasks} long tasks, longest ${ms(f.scroll.longestMs)}, ${ms(f.scroll.totalLongMs)} in all`],
    ['serve process RSS after every dashboard and preset (target ≤ 250 MB)', `${f.memory.rssMb.toFixed(0)} MB (peak ${f.memory.peakRssMb.toFixed(0)} MB)`],
  ]);
  table(
    'bench: dashboard switch to painted, median / p95 ms, from a fresh page (cold: data read from the main process at the click; warmed: loaded and drawn hidden by the app in the background first, as when it idles; revisit: back from Settings to a page kept drawn)',
    [
      ['dashboard · preset', '  cold median    p95   warmed median    p95   revisit median    p95   runs   cold: call in serve + JSON, page after the answer (medians)'],
      ...f.switches.map((s): [string, string] => {
        const pair = (x: Stat, w: number) => `${x.median.toFixed(0).padStart(w)} ${x.p95.toFixed(0).padStart(6)}`;
        const parts = `${s.coldParts.dispatchMs.toFixed(0)} + ${s.coldParts.jsonMs.toFixed(0)}, ${s.coldParts.pageMs.toFixed(0)}`;
        return [`${s.dashboard} · ${s.preset}`, `${pair(s.cold, 13)} ${pair(s.warmed, 15)} ${pair(s.warm, 16)} ${String(s.cold.n).padStart(6)}   ${parts}`];
      }),
    ],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? process.env.BENCH_DB;
  if (!file) throw new Error('usage: tsx test/bench/renderer.ts <database file>');
  benchRenderer(file).then((f) => {
    printRenderer(f);
    if (process.env.BENCH_JSON) console.log(JSON.stringify(f, null, 2));
  });
}
