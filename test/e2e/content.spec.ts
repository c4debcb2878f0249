// Characters, Plugins and Stories end to end, in Chromium against the demo (sample platform, synced):
// every page draws its charts, tables sort, two characters compare side by side, and an export holds
// exactly the rows the table shows, in its order.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import type { Download, Locator, Page } from '@playwright/test';
import { api, expect, launchSettledDemo, SCREENSHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

let demo: { url: string; child: ChildProcess; dir: string };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-content-'));
  const { url, child } = await launchSettledDemo(['--db', path.join(dir, 'demo.db')], { CREATOR_STUDIO_NO_ELECTRON: '1' });
  demo = { url, child, dir };
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

async function open(page: Page, hash: string, base = demo.url): Promise<void> {
  if (!page.url().startsWith(base.split('#')[0])) {
    await page.goto(base);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The demo syncs once at start and its end reloads every figure: an export clicked meanwhile waits
    // for figures that are replaced under it. Each test starts once that sync is over.
    await expect.poll(async () => ((await api(page, 'getStatus', {})) as unknown as { value: { syncing: unknown } }).value.syncing, { timeout: 120_000 }).toBeNull();
  }
  await page.evaluate((h) => (window.location.hash = h), hash);
}

/** Canvases inside `scope` with something drawn on them. */
async function drawnCanvases(scope: Locator): Promise<number> {
  return scope.locator('canvas').evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).filter((c) => {
      if (!c.width || !c.height) return false;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4 * 11) if (data[i] > 0) return true;
      return false;
    }).length,
  );
}

async function csvOf(download: Download): Promise<string[][]> {
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
}

async function exportCsv(page: Page, table: string): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export CSV: ${table}` }).click()]);
  return csvOf(download);
}

/** The index of the column whose header starts with `header` (columns can be shown or hidden). */
async function columnIndex(table: Locator, header: string): Promise<number> {
  const headers = await table.locator('thead th').allInnerTexts();
  const index = headers.findIndex((h) => h.trim().startsWith(header));
  expect(index, headers.join(' | ')).toBeGreaterThanOrEqual(0);
  return index;
}

/** The first line of each cell of a column, row by row as shown. */
async function column(table: Locator, index: number): Promise<string[]> {
  return table.locator(`tbody tr[data-index] td:nth-child(${index + 1})`).evaluateAll((cells) => cells.map((c) => (c as HTMLElement).innerText.split('\n')[0].trim()));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-light.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('characters: the quadrant chart draws, the table sorts, and the export equals the table', async ({ page }) => {
  await open(page, '#/characters');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
  const table = page.locator('#characters-table');
  await expect(table.locator('tbody tr[data-index]')).toHaveCount(11);
  // The shown page's note: a dashboard drawn hidden beside it (Plugins, Stories) has one too.
  await expect(page.getByTestId('stats-note').filter({ visible: true })).toContainText('UTC days');
  expect(await drawnCanvases(page.locator('#characters-quadrant'))).toBe(1);
  await expect(page.getByTestId('quadrant-hooks-not-holds')).toContainText('Luna Vale');
  await expect(page.getByTestId('quadrant-holds-not-hooks')).toContainText('Kael the Wanderer');

  await table.getByRole('button', { name: 'Msgs / chat' }).click();
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('Msgs / chat');
  const depth = (await column(table, await columnIndex(table, 'Msgs / chat'))).map(Number);
  expect(depth).toEqual([...depth].sort((a, b) => b - a));
  const names = await column(table, 0);
  expect(names[0]).toBe('Kael the Wanderer');

  const csv = await exportCsv(page, 'characters');
  expect(csv[0].slice(0, 4)).toEqual(['id', 'name', 'currency', 'chats_started']);
  expect(csv.slice(1).map((r) => r[1])).toEqual(names);
  expect(csv.slice(1).every((r) => r[2] === 'CREDITS')).toBe(true);
  // The page shows one decimal, the CSV two: rounding them again could disagree (19.15 in the CSV,
  // 19.2 on the page from 19.153…), so each pair must lie within both roundings of each other.
  const exported = csv.slice(1).map((r) => Number(r[9]));
  expect(exported.map((v, i) => Math.abs(v - depth[i]) <= 0.05 + 0.005 + 1e-9)).toEqual(depth.map(() => true));
  await shoot(page, 'characters');
});

test('a character page draws every metric over time, its breakdowns and peak hours; reached by keyboard', async ({ page }) => {
  await open(page, '#/characters');
  const rows = page.locator('#characters-table tbody tr[data-index]');
  await expect(rows).toHaveCount(11);
  const second = (await column(page.locator('#characters-table'), 0))[1];
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/characters\/chr_\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);
  await expect(page.getByTestId('kpi-conversion')).toContainText('%');
  await expect.poll(() => drawnCanvases(page.locator('#characters-over-time'))).toBeGreaterThanOrEqual(12);
  // Every chart has its text alternative: a named image over the (hidden) canvas, and a table on demand.
  const charts = page.locator('#characters-over-time').getByRole('img');
  expect(await charts.count()).toBe(await page.locator('#characters-over-time canvas').count());
  for (const name of await charts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) expect(name).toMatch(/ per (day|week|month)\. .*(total|latest) /);
  expect(await page.locator('#characters-over-time').getByRole('button', { name: /^Show as table/ }).count()).toBe(await charts.count());
  await expect(page.locator('#characters-scenarios .share-list li').first()).toBeVisible();
  await expect(page.locator('#characters-peak-hours')).toContainText('Busiest');
  await expect(page.locator('#characters-peak-hours td.heat-cell')).toHaveCount(7 * 24);
  const metrics = await exportCsv(page, 'metrics');
  expect(metrics.slice(1).map((r) => r[0])).toContain('activeUsers30d');
  // The export holds the cards on screen, in their order.
  const cards = await page.locator('#characters-kpis [data-testid^="kpi-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(4)));
  // The eleven of the creator guide and the embed tokens the earnings guide prices.
  expect(cards).toHaveLength(12);
  expect(metrics.slice(1).map((r) => r[0])).toEqual(cards);
  await shoot(page, 'character');
});

test('two characters compare side by side, with differences and overlaid charts', async ({ page }) => {
  await open(page, '#/characters/chr_0001');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luna Vale');
  await page.getByLabel('Compare with').selectOption({ label: 'Kael the Wanderer' });
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  await expect(page).toHaveURL(/#\/characters\/compare\/chr_0001\/chr_0002$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luna Vale vs Kael the Wanderer');
  const table = page.locator('#characters-compare');
  // Every character metric, chats from the profile (conversion's numerator) and embed tokens among them.
  await expect(table.locator('tbody tr[data-index]')).toHaveCount(12);
  await expect.poll(() => drawnCanvases(page.locator('#characters-over-time'))).toBe(12);
  const shown = await column(table, 0);
  const csv = await exportCsv(page, 'compare');
  expect(csv[0]).toEqual(['metric', 'unit', 'Luna Vale', 'Kael the Wanderer', 'difference', 'difference_pct']);
  expect(csv).toHaveLength(1 + shown.length);
  await shoot(page, 'compare');
});

test('plugins: churn is flagged, the table sorts, the export equals it, and a plugin page draws its charts', async ({ page }) => {
  await open(page, '#/plugins');
  const table = page.locator('#plugins-table');
  await expect(table.locator('tbody tr[data-index]')).toHaveCount(4);
  await expect(page.getByTestId('churn-callout')).toContainText('Dice Roller Pro');
  await table.getByRole('button', { name: 'Active ÷ installs' }).click();
  await table.getByRole('button', { name: 'Active ÷ installs' }).click();
  await expect(table.locator('th[aria-sort="ascending"]')).toContainText('Active ÷ installs');
  const names = await column(table, 0);
  expect(names[0]).toBe('Dice Roller Pro');
  const csv = await exportCsv(page, 'plugins');
  expect(csv.slice(1).map((r) => r[1])).toEqual(names);
  expect(csv[1][10]).toBe('yes');
  await shoot(page, 'plugins');

  await table.getByRole('link', { name: 'Dice Roller Pro' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dice Roller Pro');
  await expect.poll(() => drawnCanvases(page.locator('#plugins-over-time'))).toBeGreaterThanOrEqual(9);
  await shoot(page, 'plugin');
});

test('stories: the table exports as shown, and a story page marks its drop-off and names the chapter to revise', async ({ page }) => {
  await open(page, '#/stories');
  const table = page.locator('#stories-table');
  await expect(table.locator('tbody tr[data-index]')).toHaveCount(4);
  await table.getByRole('button', { name: 'Completion' }).click();
  const names = await column(table, 0);
  const csv = await exportCsv(page, 'stories');
  expect(csv.slice(1).map((r) => r[1])).toEqual(names);
  await shoot(page, 'stories');

  await table.getByRole('link', { name: 'The Lighthouse Keeper’s Daughter'.replace('’', "'") }).click();
  await expect(page.getByTestId('drop-off-advice')).toContainText('Revise chapter 3');
  await expect(page.getByTestId('chapter-4')).toHaveClass(/drop-off/);
  await expect(page.getByTestId('chapter-3')).toHaveClass(/revise/);
  await expect.poll(() => drawnCanvases(page.locator('#stories-over-time'))).toBe(6);
  expect(await drawnCanvases(page.locator('#stories-milestones'))).toBe(1);
  expect(await drawnCanvases(page.locator('#stories-identities'))).toBe(1);
  const chapters = await exportCsv(page, 'chapters');
  expect(chapters.find((r) => r[0] === '4')?.[5]).toBe('drop-off');
  await shoot(page, 'story');
});

test('empty states explain, and a table of 500 characters folds and shows more on demand', async ({ page, served }) => {
  await open(page, '#/stories', served.url);
  await expect(page.getByRole('heading', { name: 'Connect your platform account' })).toBeVisible();

  // A synced account with 500 characters and no stories, written as the sync would.
  const db = new Database(served.dbFile);
  const T = '2026-11-01T00:00:00Z';
  db.transaction(() => {
    db.prepare(`INSERT INTO sync_runs (started_at, finished_at, status, rows_written) VALUES (?, ?, 'ok', 1)`).run(T, new Date().toISOString());
    const character = db.prepare(`INSERT INTO characters (id, name, created_at, updated_at, tags) VALUES (?, ?, ?, ?, '[]')`);
    const stats = db.prepare(
      `INSERT INTO stats_characters (character_id, date, chats_started, messages, tokens, active_users, active_users_30d, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, updated_at)
       VALUES (?, ?, ?, ?, ?, 10, 100, 4, 40, 8, 2, 9, 1, ?)`,
    );
    const today = Date.parse(new Date().toISOString().slice(0, 10));
    for (let i = 0; i < 500; i++) {
      const id = `c${String(i).padStart(3, '0')}`;
      character.run(id, `Character ${String(i).padStart(3, '0')}`, T, T);
      for (let d = 1; d <= 40; d++) stats.run(id, new Date(today - d * 86_400_000).toISOString().slice(0, 10), 10 + ((i * d) % 17), 100 + i, 1000, T);
    }
  })();
  db.close();

  await page.reload();
  await open(page, '#/stories', served.url);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await shoot(page, 'stories-empty');
  await open(page, '#/characters', served.url);
  await expect(page.getByRole('heading', { name: 'All characters (500)' })).toBeVisible();
  // Every character sits in one quadrant; each list names the busiest eight until asked for all.
  const counts: number[] = [];
  for (const q of ['hooks-and-holds', 'hooks-not-holds', 'holds-not-hooks', 'neither']) {
    const box = page.getByTestId(`quadrant-${q}`);
    const n = Number((await box.locator('h3').textContent())?.match(/\((\d+)\)/)?.[1] ?? 0);
    counts.push(n);
    await expect(box.locator('li')).toHaveCount(Math.min(n, 8));
    if (n > 8) {
      await box.getByRole('button', { name: `Show all ${n}` }).click();
      await expect(box.locator('li')).toHaveCount(n);
      await box.getByRole('button', { name: 'Show the busiest only' }).click();
      await expect(box.locator('li')).toHaveCount(8);
    }
  }
  expect(counts.reduce((a, b) => a + b, 0)).toBe(500);
  expect(counts.filter((n) => n > 8).length).toBeGreaterThan(0);
  // Folded: the first rows are in the page, the rest on demand; the table never scrolls in a box of its own.
  const rows = page.locator('#characters-table tbody tr[data-index]');
  expect(await rows.count()).toBeLessThan(80);
  await expect(rows).toHaveCount(25);
  await page.locator('#characters-table').getByRole('button', { name: 'Show 25 more' }).click();
  await expect(rows).toHaveCount(50);
  await page.locator('#characters-table').getByRole('button', { name: 'Show all 500' }).click();
  await expect(rows).toHaveCount(500);
  const box = page.locator('#characters-table .table-scroll');
  expect(await box.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  // The page's scroller takes the table to its end, and the keys still walk the rows.
  await page.locator('#main').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator('#characters-table tbody tr[data-index="499"]')).toBeInViewport();
  await page.locator('#characters-table tbody tr[data-index="499"]').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('#characters-table tbody tr[data-index="0"]')).toBeFocused();
  await expect(page.locator('#characters-table tbody tr[data-index="0"]')).toBeInViewport();
  await shoot(page, 'characters-500');
});
