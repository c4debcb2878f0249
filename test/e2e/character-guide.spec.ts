// The earnings guide's last metrics end to end, in Chromium: on the demo (the sample platform serves
// every newer field and collection), a character's unique users, embed pricing, drop-off curve, chat
// lengths and topics export exactly what they show, its price rise is marked on its charts, and the
// Characters table's new columns come from its Columns menu; against an older platform (no such fields,
// a 404 for the two collections), every one of them reads "Not available" with the reason, never 0.
// Screenshots at 1440×900 and 1024×640, light and dark.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from '@playwright/test';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { connectAndSync, expect, launchCli, launchSettledDemo, SCREENSHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string };
/** The sample's character whose embed price doubled 45 days ago, and the one lowered to the minimum. */
const RAISED = 'chr_0003';
const NEW_COLUMNS = ['embedPrice', 'embedTokens', 'embedPerMillion', 'usersTotal', 'newUsers'];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-guide-'));
  const { url, child } = await launchSettledDemo(['--db', path.join(dir, 'demo.db')], { CREATOR_STUDIO_NO_ELECTRON: '1', CREATOR_STUDIO_HOME: dir });
  demo = { url, child, dir };
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

async function openAt(browser: Browser, url: string, hash: string, width = 1440, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The Characters table with the guide's new columns chosen, as its Columns menu would leave it.
  await page.evaluate((keys) => localStorage.setItem('creator-studio.columns.characters', JSON.stringify(Object.fromEntries(keys.map((k) => [k, true])))), NEW_COLUMNS);
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

async function choose(page: Page, preset: string, compare = 'previous'): Promise<void> {
  const picker = page.getByRole('group', { name: 'Period' }).filter({ visible: true }).first();
  await picker.getByRole('combobox').first().selectOption(preset);
  await picker.getByRole('combobox').nth(1).selectOption(compare);
  await page.waitForLoadState('networkidle');
}

/** The period's figures are on the page once its Export button is enabled (it waits while they load). */
async function settled(section: Locator): Promise<void> {
  await expect(section.getByRole('button', { name: /^Export CSV: / }).first()).toBeEnabled({ timeout: 30_000 });
}

async function exported(page: Page, section: Locator): Promise<string[][]> {
  const button = section.getByRole('button', { name: /^Export CSV: / }).first();
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;
}

/** A shown number ("$10.00", "4,020,823", "7.25 USDT", "45.2%") and how many decimals it shows. */
function number(text: string): { value: number; decimals: number } | null {
  const t = text.replace(/^\$/, '').replace(/\s*(USDT|USD|credits|%)$/, '').replace(/,/g, '').replace(/−/g, '-').trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? { value: Number(t), decimals: (t.split('.')[1] ?? '').length } : null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whether a shown cell is the exported one: words as written, numbers at the precision shown, a day
 *  ("23 Oct 2026") as its ISO date. */
function same(shown: string, cell: string): boolean {
  if (shown === cell) return true;
  const day = /^(\d{1,2}) (\w{3}) (\d{4})$/.exec(shown);
  if (day) return cell === `${day[3]}-${String(MONTHS.indexOf(day[2]) + 1).padStart(2, '0')}-${day[1].padStart(2, '0')}`;
  const n = number(shown);
  if (!n || cell === '' || Number.isNaN(Number(cell))) return false;
  return Math.abs(Math.round(Number(cell) * 10 ** n.decimals) - Math.round(n.value * 10 ** n.decimals)) <= 1;
}

/** A section's table against its export: as many rows, each shown cell (of the columns named, or all)
 *  one of its row's cells. */
async function tableAgrees(page: Page, section: Locator, only?: string[]): Promise<string[]> {
  await settled(section);
  const headers = (await section.locator('table.data-table > thead th').allInnerTexts()).map((h) => h.replace(/[▲▼]/g, '').trim());
  const picked = only ? only.map((h) => headers.findIndex((x) => x.startsWith(h))) : null;
  const shown = await section.locator('table.data-table > tbody > tr[data-index]').evaluateAll((rows, cols) =>
    rows.map((row) =>
      [...row.querySelectorAll(':scope > td')].filter((_, i) => !cols || cols.includes(i)).map((td) => {
        const copy = td.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.mini-delta, .pill').forEach((e) => e.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    ),
    picked,
  );
  if (picked?.includes(-1)) return [`a column of ${JSON.stringify(only)} is not shown: ${JSON.stringify(headers)}`];
  const [, ...rows] = await exported(page, section);
  const problems = shown.length === rows.length ? [] : [`${shown.length} rows shown, ${rows.length} exported`];
  shown.forEach((cells, r) => cells.forEach((c) => c !== '–' && rows[r] && !rows[r].some((x) => same(c, x)) && problems.push(`row ${r + 1}: "${c}" not in ${JSON.stringify(rows[r])}`)));
  return problems;
}

/** A section's cards (data-figure) against its export's rows (figure[:currency] → value). */
async function cardsAgree(page: Page, section: Locator): Promise<string[]> {
  await settled(section);
  const cards = await section.locator('[data-figure]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-figure')!, (e.textContent ?? '').replace(/\s+/g, ' ').trim()]));
  const [header, ...rows] = await exported(page, section);
  const [f, c, v] = ['figure', 'currency', 'value'].map((k) => header.indexOf(k));
  const problems: string[] = [];
  for (const [figure, text] of cards) {
    const [name, currency] = figure.split(':');
    const row = rows.find((r) => r[f] === name && (currency === undefined || r[c] === currency));
    if (!row) problems.push(`${figure} is not exported`);
    else if (text === 'Not available' ? row[v] !== '' : !same(text, row[v])) problems.push(`${figure} shows "${text}", the export says "${row[v]}"`);
  }
  expect(cards.length).toBeGreaterThan(1);
  return problems;
}

test('a character’s unique users, embed pricing, drop-off, chat lengths and topics export what they show', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await openAt(browser, demo.url, `#/characters/${RAISED}`);
  const section = (id: string) => page.locator(`#characters-${id}`);
  await expect(section('embed')).toBeVisible({ timeout: 30_000 });
  for (const [preset, compare] of [['month', 'previous'], ['year', 'last_year'], ['all', 'none']] as const) {
    await choose(page, preset, compare);
    const problems = [
      ...(await cardsAgree(page, section('embed'))).map((p) => `${preset} embed: ${p}`),
      ...(await cardsAgree(page, section('users'))).map((p) => `${preset} users: ${p}`),
    ];
    for (const id of ['price-history', 'drop-off', 'chat-lengths', 'topics']) problems.push(...(await tableAgrees(page, section(id))).map((p) => `${preset} ${id}: ${p}`));
    expect(problems).toEqual([]);
  }
  // Its price rise, 5.00 → 10.00, is the newest row of its history and an event on its charts.
  await expect(section('price-history').locator('tbody tr').first()).toContainText(/\$10\.00\s*\$5\.00\s*raised/);
  const overTime = section('over-time');
  await overTime.getByRole('button', { name: /events? on these days/ }).last().click();
  await expect(overTime.getByTestId('event-item').filter({ hasText: 'Embed price raised to $10.00 per million tokens' })).toHaveCount(1);
  // Units the platform counts, and what it never sends: the topics' note says both.
  await expect(section('topics')).toContainText('at least ten of the character’s chats');
  await expect(section('topics')).toContainText('No chat text reaches the studio');
  await page.context().close();
});

test('the Characters table’s new columns agree with its export', async ({ browser }) => {
  const page = await openAt(browser, demo.url, '#/characters');
  const table = page.locator('#characters-table');
  await expect(table.locator('tbody tr[data-index]').first()).toBeVisible({ timeout: 30_000 });
  await choose(page, 'month');
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.replace(/[▲▼]/g, '').trim());
  for (const h of ['Embed price', 'Embed tokens', 'Unique users', 'New users']) expect(headers).toContain(h);
  expect(headers.some((h) => h.startsWith('Earned per M embed tokens'))).toBe(true);
  // Every row: the price at the minimum is marked, and the figures are the export's.
  await expect(table.locator('tbody .pill', { hasText: 'min' }).first()).toBeVisible();
  expect(await tableAgrees(page, table, ['Character', 'Embed price', 'Embed tokens', 'Earned per M embed tokens', 'Unique users', 'New users'])).toEqual([]);
  await page.context().close();
});

test('an older platform: each new figure is not available, with the reason, never zero', async ({ browser }) => {
  test.setTimeout(180_000);
  const older = await startSamplePlatform({ scale: 'tiny', older: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-older-'));
  const { url, child } = await launchCli(['serve', '--db', path.join(dir, 'studio.db')]);
  try {
    const page = await openAt(browser, url, '#/characters');
    await connectAndSync(page, older);
    await page.evaluate(() => (window.location.hash = '#/characters/chr_0001'));
    const section = (id: string) => page.locator(`#characters-${id}`);
    await expect(section('users')).toBeVisible({ timeout: 30_000 });
    for (const id of ['users-total', 'users-new', 'embed-price', 'embed-tokens']) await expect(page.getByTestId(id).locator('.kpi-value')).toHaveText('Not available');
    await expect(section('users')).toContainText('The platform did not send its count of distinct users for these days (older platforms do not).');
    await expect(section('embed')).toContainText('The platform does not send embed prices (older platforms do not).');
    await expect(section('drop-off')).toContainText(/The platform does not offer chat lengths: it answered “not found” for them on .* \(older platforms do not have them\)\./);
    await expect(section('topics')).toContainText(/The platform does not offer topic counts/);
    await expect(section('chat-lengths')).toContainText(/does not offer chat lengths/);
    // No zero stands in for what was not sent: not in the cards, and no table of nothing.
    for (const id of ['users', 'embed']) expect(await section(id).locator('.kpi-value').allInnerTexts()).not.toContain('0');
    for (const id of ['drop-off', 'chat-lengths', 'topics']) await expect(section(id).locator('table')).toHaveCount(0);
    await shootBoth(page, 'guide-older-character', section('users'));
    await page.evaluate(() => (window.location.hash = '#/characters'));
    const table = page.locator('#characters-table');
    await expect(table.locator('tbody tr[data-index]').first()).toBeVisible();
    const cells = await table.locator('tbody td .not-available').allInnerTexts();
    expect(cells.length).toBeGreaterThanOrEqual(2 * 4);
    await expect(page.locator('#characters-table')).toContainText('The platform does not send embed prices (older platforms do not).');
    await page.context().close();
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await older.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

async function shootBoth(page: Page, name: string, target: Locator): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await target.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${page.viewportSize()!.width}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('screenshots: the character page’s new sections and the Characters table’s new columns at 1440×900 and 1024×640, light and dark', async ({ browser }) => {
  test.setTimeout(180_000);
  for (const [width, height] of [[1440, 900], [1024, 640]] as const) {
    const page = await openAt(browser, demo.url, `#/characters/${RAISED}`, width, height);
    await expect(page.locator('#characters-embed')).toBeVisible({ timeout: 30_000 });
    await choose(page, 'month');
    for (const id of ['users', 'embed', 'drop-off', 'topics']) await shootBoth(page, `guide-character-${id}`, page.locator(`#characters-${id}`));
    await page.evaluate(() => (window.location.hash = '#/characters'));
    const table = page.locator('#characters-table');
    await expect(table.locator('tbody tr[data-index]').first()).toBeVisible({ timeout: 30_000 });
    // The new columns, brought into sight as a creator would: the table's own sideways scroll.
    const cue = table.getByRole('button', { name: /^Scroll for more columns/ });
    const box = table.locator('.table-scroll');
    for (let i = 0; i < 6 && (await cue.isVisible()); i++) {
      await cue.click();
      // The scroll is smooth: once it rests, the cue is gone if nothing more is hidden.
      let last = -1;
      await expect
        .poll(async () => {
          const left = await box.evaluate((e) => e.scrollLeft);
          const resting = left === last;
          last = left;
          return resting;
        }, { intervals: [250] })
        .toBe(true);
    }
    await shootBoth(page, 'guide-characters-table', table);
    await page.context().close();
  }
});
