// Events on the timeline end to end, in Chromium against the demo (sample platform, synced): a note
// added by clicking a chart is on the item's charts and the account's after a reload, in their text
// alternatives and in the exported list, and is removed; a greeting edit opens its before/after with
// the verdict against the usual variation. Screenshots at 1440×900 and 1024×640, light and dark.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { expect, launchSettledDemo, SCREENSHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

let demo: { url: string; child: ChildProcess; dir: string; character: { id: string; name: string; edited: string }; preset: 'year' | 'all' };
const NOTE = 'Tried a shorter greeting with a question';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-events-'));
  const file = path.join(dir, 'demo.db');
  const { url, child } = await launchSettledDemo(['--db', file], { CREATOR_STUDIO_NO_ELECTRON: '1', CREATOR_STUDIO_HOME: dir });
  const db = new Database(file, { readonly: true });
  // The character whose greeting was edited longest ago this year, at least eight weeks back (so four
  // weeks after it are published); the whole history when no edit of this year is that old.
  const year = new Date().getUTCFullYear();
  const cutoff = new Date(Date.now() - 56 * 86_400_000).toISOString();
  const pick = (where: string) =>
    db.prepare(`SELECT id, name, greeting_updated_at AS edited FROM characters WHERE greeting_updated_at IS NOT NULL ${where} ORDER BY greeting_updated_at LIMIT 1`).get(`${year}-01-01`, cutoff) as
      | { id: string; name: string; edited: string }
      | undefined;
  const thisYear = pick('AND greeting_updated_at >= ? AND greeting_updated_at < ?');
  const character = thisYear ?? pick('AND ? IS NOT NULL AND greeting_updated_at < ?')!;
  db.close();
  demo = { url, child, dir, character, preset: thisYear ? 'year' : 'all' };
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

async function open(page: Page, hash: string): Promise<void> {
  if (!page.url().startsWith(demo.url.split('#')[0])) await page.goto(demo.url);
  await page.evaluate((h) => (window.location.hash = h), hash);
}

async function choosePeriod(page: Page): Promise<void> {
  const picker = page.getByRole('group', { name: 'Period' }).filter({ visible: true }).first();
  await picker.getByRole('combobox').first().selectOption(demo.preset);
  await page.waitForLoadState('networkidle');
}

/** The events listed under a chart (or a grid of charts), opened. */
async function eventList(section: Locator): Promise<Locator> {
  const toggle = section.getByRole('button', { name: /events? on these days/ }).last();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const showAll = section.getByRole('button', { name: /^Show all/ });
  if (await showAll.count()) await showAll.last().click();
  return section.getByTestId('event-item');
}

async function shoot(page: Page, name: string, target?: Locator): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(300);
    if (target) await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a note added by clicking a chart is on the item’s and the account’s charts after a reload, exports, and is removed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const { id, name } = demo.character;
  await open(page, `#/characters/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await choosePeriod(page);
  const overTime = page.locator('#characters-over-time');
  // Click the conversion chart in its middle: the form opens on the day of the bucket under the pointer.
  const canvas = page.getByTestId('chart-conversion').locator('canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.5);
  const form = page.getByTestId('note-form');
  await expect(form).toBeVisible();
  const day = await form.getByRole('textbox', { name: 'Day' }).inputValue();
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(form.getByRole('checkbox', { name: new RegExp(`^About ${name}`) })).toBeChecked();
  await expect(form.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type(NOTE);
  await form.getByRole('button', { name: 'Save the note' }).click();
  await expect(form).toBeHidden();

  const listed = async (where: Locator) => (await eventList(where)).filter({ hasText: NOTE });
  await expect(await listed(overTime)).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(await listed(overTime)).toHaveCount(1);
  // Each chart of the grid names it in its text alternative.
  const charts = overTime.getByRole('img');
  await expect(charts.first()).toHaveAttribute('aria-label', new RegExp(`Note: ${NOTE}`));
  expect((await charts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).every((label) => label.includes(`Note: ${NOTE}`))).toBe(true);
  await shoot(page, 'events-character', page.getByTestId('chart-chatsStarted'));
  await shoot(page, 'events-character-list', overTime.getByTestId('chart-events'));

  // The account's charts: the note is about the character, and the account holds every note.
  await open(page, '#/earnings');
  await choosePeriod(page);
  const earnings = page.locator('#earnings-over-time');
  const onAccount = await listed(earnings);
  await expect(onAccount).toHaveCount(1);
  await expect(onAccount).toContainText(name);
  await expect(earnings.getByRole('img').first()).toHaveAttribute('aria-label', new RegExp(`Note: ${NOTE} \\(${name}\\)`));
  await shoot(page, 'events-earnings', earnings.locator('canvas'));

  // The list's export holds the list's rows, in its order.
  const shown = await (await eventList(earnings)).evaluateAll((items) => items.map((li) => li.querySelector('.event-day')!.textContent));
  const [download] = await Promise.all([page.waitForEvent('download'), earnings.getByRole('button', { name: 'Export CSV: events' }).click()]);
  const [header, ...rows] = Papa.parse<string[]>(fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;
  expect(header).toEqual(['day', 'kind', 'title', 'detail', 'item_kind', 'item_id', 'item_name', 'event_id']);
  expect(rows).toHaveLength(shown.length);
  expect(rows.filter((r) => r[2] === NOTE).map((r) => [r[0], r[1], r[5], r[6]])).toEqual([[day, 'note', id, name]]);

  // Removed from the item's page: gone there and from the account, after a reload too.
  await open(page, `#/characters/${id}`);
  const item = await listed(overTime);
  await item.getByRole('button', { name: /^Remove/ }).click();
  await item.getByRole('button', { name: 'Remove it' }).click();
  await expect(overTime.getByTestId('event-item').filter({ hasText: NOTE })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(await listed(overTime)).toHaveCount(0);
  await open(page, '#/earnings');
  await expect(await listed(earnings)).toHaveCount(0);
});

test('a greeting edit opens its before and after, each figure judged against its usual variation', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { id, name } = demo.character;
  await open(page, `#/characters/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.getByRole('button', { name: 'Before and after the edit' }).click();
  const panel = page.getByTestId('before-after');
  await expect(panel.getByRole('heading', { name: /^Before and after: Greeting edited, / })).toBeFocused();
  for (const metric of ['conversion', 'messagesPerChat']) {
    const row = panel.getByTestId(`before-after-${metric}`);
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute('data-verdict', /^(above|below|within)$/);
    await expect(row).toContainText(/(Beyond usual: (up|down)|Within usual)/);
  }
  await expect(panel).toContainText('28 days');
  await expect(panel.getByTestId('before-after-summary')).toContainText(/(beyond|within) its usual variation/);
  await shoot(page, 'events-before-after');
  await panel.getByRole('button', { name: '14 days' }).click();
  await expect(panel.getByRole('button', { name: '14 days' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel).toContainText(/Before: .* \(14 days\)/);
  // The same comparison from the list under the charts, where the edit is a marker.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Before and after the edit' })).toBeFocused();

  await page.setViewportSize({ width: 1024, height: 640 });
  await choosePeriod(page);
  const overTime = page.locator('#characters-over-time');
  const greeting = (await eventList(overTime)).filter({ hasText: 'Greeting edited' });
  await greeting.getByRole('button', { name: /^Before \/ after/ }).click();
  await expect(overTime.getByTestId('before-after').getByTestId('before-after-conversion')).toBeVisible();
  await shoot(page, 'events-before-after-1024', overTime.getByTestId('before-after'));
  await overTime.getByTestId('before-after').getByRole('button', { name: 'Close' }).click();
  await shoot(page, 'events-character-1024', overTime.getByTestId('chart-events'));
  await open(page, '#/earnings');
  await choosePeriod(page);
  await shoot(page, 'events-earnings-1024', page.locator('#earnings-over-time canvas'));
});

test('a move ticked “Acted on” in the review is an event on its item’s timeline, with its before/after', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '#/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
  // A card about one item (a greeting, a character not sticking, a drop-off, a churning plugin, a mover).
  const card = page.getByTestId('insight-card').filter({ has: page.locator('a.insight-evidence[href^="#/characters/"], a.insight-evidence[href^="#/plugins/"], a.insight-evidence[href^="#/stories/"]') }).first();
  const evidence = (await card.locator('a.insight-evidence').getAttribute('href'))!;
  // Saved once the StudioApi has answered (the tick shows at once, before the database has it).
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/saveReviewNote') && r.ok()), card.getByRole('checkbox', { name: 'Acted on' }).click()]);
  await expect(card.getByRole('checkbox', { name: 'Acted on' })).toBeChecked();
  await open(page, evidence);
  const picker = page.getByRole('group', { name: 'Period' }).filter({ visible: true }).first();
  await picker.getByRole('combobox').first().selectOption('week');
  const overTime = page.locator('.kept-page[data-active="true"] section[id$="-over-time"]');
  const acted = (await eventList(overTime)).filter({ hasText: 'Acted on:' });
  await expect(acted).toHaveCount(1);
  await acted.getByRole('button', { name: /^Before \/ after/ }).click();
  // Ticked today: nothing is published after it yet, and the panel says so.
  await expect(overTime.getByTestId('before-after')).toContainText('Too early to compare');
});
