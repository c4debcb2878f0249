// The layout at the window sizes creators use (1440×900, 1280×800, 1024×640), measured with real
// bounding boxes in Chromium against the demo: no money or guide column out of sight without a way
// to it, no scroll box inside the page's scroller, a navigation that gives way on a small window.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { api, expect, launchSettledDemo, SCREENSHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-layout-'));
  const { url, child } = await launchSettledDemo(['--db', path.join(dir, 'demo.db')], { CREATOR_STUDIO_NO_ELECTRON: '1' });
  demo = { url, child, dir };
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

async function openAt(browser: Browser, width: number, height: number, hash: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  await page.goto(demo.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

/** The money and guide-metric columns of each content table (the creator analytics guide's metrics). */
const GUIDE_COLUMNS: Record<'characters' | 'plugins' | 'stories', string[]> = {
  characters: [
    ...['Chats', 'Users (30d)', 'Msgs / chat', 'Rating', 'Conversion', 'Earned', 'Earned, last 30 days', 'Marketplace', 'Embed / API', 'Top scenario', 'Top model'],
    ...['Embed price', 'Embed tokens', 'Earned per M embed tokens', 'Unique users', 'New users'],
  ],
  plugins: ['Total installs', 'Active in chats (week)', 'Active ÷ installs', 'Commission', 'Chats per install', 'Rating', 'Installs', 'Uninstalls'],
  stories: ['Plays', 'Avg playtime', 'Completion', 'Replay', 'Drop-off chapter', 'Top identity', 'Top milestones'],
};

/** A header's own words, without the sort mark and the currency ("Earned (Credits)" is "Earned"). */
const bare = (text: string) => text.replace(/[▲▼]/g, '').replace(/\s+/g, ' ').trim().replace(/ \((Credits|USDT|USD)\)$/, '');

async function headerCell(table: Locator, header: string): Promise<Locator | null> {
  const texts = (await table.locator(':scope thead').first().locator('th').allInnerTexts()).map(bare);
  const index = texts.indexOf(header);
  return index < 0 ? null : table.locator(':scope thead').first().locator('th').nth(index);
}

/** Whether a header cell lies wholly inside its table's box and the window, by their bounding boxes. */
async function inSight(page: Page, box: Locator, cell: Locator): Promise<boolean> {
  const [b, c] = [await box.boundingBox(), await cell.boundingBox()];
  const width = page.viewportSize()!.width;
  return !!b && !!c && c.x >= b.x - 1 && c.x + c.width <= Math.min(b.x + b.width, width) + 1;
}

for (const name of ['characters', 'plugins', 'stories'] as const) {
  test(`1280×800: every money and guide column of the ${name} table is in sight or one control away`, async ({ browser }) => {
    const page = await openAt(browser, 1280, 800, `#/${name}`);
    const table = page.locator(`#${name}-table`);
    const box = table.locator('.table-scroll');
    await expect(table.locator('tbody tr[data-index]').first()).toBeVisible();
    await box.scrollIntoViewIfNeeded();
    // The default columns fit the page: nothing scrolls sideways, so nothing is out of sight unannounced.
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const menu = table.getByRole('button', { name: /^Columns/ });
    const missing = [];
    for (const header of GUIDE_COLUMNS[name]) if (!(await headerCell(table, header))) missing.push(header);
    // What is left out is counted on the Columns button, which is in sight.
    if (missing.length) await expect(menu).toContainText(/\d+ hidden/);
    await expect(menu).toBeInViewport();

    for (const header of GUIDE_COLUMNS[name]) {
      let cell = await headerCell(table, header);
      if (!cell) {
        await menu.click();
        const option = table.getByRole('checkbox', { name: new RegExp(`^${header.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}( \\((Credits|USDT|USD)\\))?$`) });
        await expect(option).toBeInViewport();
        await option.check();
        await page.keyboard.press('Escape');
        await expect(menu).toBeFocused();
        cell = await headerCell(table, header);
        expect(cell, `${header} after choosing it`).not.toBeNull();
      }
      // In sight, or brought into it by the "Scroll for more columns" button, which shows while any is clipped.
      for (let step = 0; step < 8 && !(await inSight(page, box, cell!)); step++) {
        const cue = table.getByRole('button', { name: /^Scroll for more columns/ });
        await expect(cue).toBeInViewport();
        await cue.click();
        await page.waitForTimeout(400);
      }
      expect(await inSight(page, box, cell!), `${header} in sight`).toBe(true);
    }
    // Every column now shown, the choice is remembered for this table.
    await page.reload();
    await expect(table.locator('tbody tr[data-index]').first()).toBeVisible();
    for (const header of GUIDE_COLUMNS[name]) expect(await headerCell(table, header), header).not.toBeNull();
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, `layout-${name}-all-columns-1280.png`) });
    await page.context().close();
  });
}

/** Elements inside the page's scroller that scroll up and down themselves (a scroll box inside a scroll box). */
async function innerScrollers(page: Page): Promise<string[]> {
  return page.locator('#main').evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !el.closest('.kept-page[data-active="false"]'))
      .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollHeight} in ${el.clientHeight})`),
  );
}

for (const [width, height] of [
  [1440, 900],
  [1024, 640],
] as const) {
  test(`${width}×${height}: long lists fold in the page; nothing scrolls in a box of its own`, async ({ browser }) => {
    const page = await openAt(browser, width, height, '#/earnings');
    const routes = ['earnings', 'characters', 'characters/chr_0001', 'plugins', 'stories', 'audience', 'review'];
    for (const route of routes) {
      await page.evaluate((h) => (window.location.hash = h), `#/${route}`);
      await expect(page.locator('.kept-page[data-active="true"] h1, main > .page h1').first()).toBeVisible();
      await expect(page.locator('[role="status"].loading')).toHaveCount(0);
      expect(await innerScrollers(page), route).toEqual([]);
    }
    // Payouts, Countries and Top characters were boxes that scrolled: now their first rows, and the rest on demand.
    await page.evaluate(() => (window.location.hash = '#/audience'));
    const countries = page.getByRole('table', { name: 'Top countries by active users' });
    await expect(countries.locator('tbody tr[data-index]').first()).toBeVisible();
    expect(await countries.locator('tbody tr[data-index]').count()).toBeLessThanOrEqual(15);
    await page.context().close();
  });
}

test('1440×900: Direct support folds to the height of the Reconciliation card beside it', async ({ browser }) => {
  const page = await openAt(browser, 1440, 900, '#/earnings');
  const picker = page.getByRole('group', { name: 'Period' }).first().getByRole('combobox').first();
  await picker.selectOption('all');
  const support = page.locator('#earnings-support');
  const recon = page.locator('#earnings-reconciliation');
  await expect(support.getByTestId('support-list').locator('li').first()).toBeVisible();
  await support.scrollIntoViewIfNeeded();
  const [s, r] = [(await support.boundingBox())!, (await recon.boundingBox())!];
  // Side by side, and neither runs far past the other.
  expect(Math.abs(s.y - r.y)).toBeLessThan(2);
  expect(s.height).toBeLessThanOrEqual(Math.max(r.height * 1.25, 600));
  const more = support.getByRole('button', { name: /^Show \d+ more/ });
  await expect(more).toBeVisible();
  const before = await support.getByTestId('support-list').locator('li').count();
  await more.click();
  expect(await support.getByTestId('support-list').locator('li').count()).toBeGreaterThan(before);
  await picker.selectOption('month');
  await page.context().close();
});

test('1024×640: the navigation keeps its icons, named and reachable by keyboard; the withdrawable balances are in the first screen', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await openAt(browser, 1024, 640, '#/earnings', colorScheme);
    const nav = page.getByRole('navigation', { name: 'Dashboards' });
    const navBox = (await nav.boundingBox())!;
    expect(navBox.width).toBeLessThanOrEqual(72);
    const links = nav.getByRole('link');
    const names = ['Earnings', 'Characters', 'Plugins', 'Stories', 'Audience', 'Review', 'Settings'];
    await expect(links).toHaveCount(names.length);
    for (const [i, name] of names.entries()) {
      await expect(links.nth(i)).toHaveAccessibleName(name);
      const box = (await links.nth(i).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(navBox.x + navBox.width);
      expect(box.height, name).toBeGreaterThanOrEqual(32);
    }
    await expect(page.getByTestId('kpi-available-USDT')).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, `layout-earnings-1024-${colorScheme}.png`) });
    // The money a creator can take out of the platform, whole, above the status bar, without scrolling.
    const withdrawable = page.locator('[data-testid^="kpi-available-"]').filter({ hasText: 'withdrawable' });
    expect(await withdrawable.count()).toBeGreaterThan(0);
    const footer = (await page.locator('footer.status-bar').boundingBox())!;
    for (const card of await withdrawable.all()) {
      const b = (await card.boundingBox())!;
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height).toBeLessThanOrEqual(footer.y);
      expect(b.x + b.width).toBeLessThanOrEqual(1024);
    }
    expect(await page.locator('#main').evaluate((m) => m.scrollTop)).toBe(0);
    // Keyboard: past the skip link, the icons are links in order.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/characters$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
    await page.context().close();
  }
  // A wide window keeps the labels beside the icons.
  const wide = await openAt(browser, 1440, 900, '#/earnings');
  await expect(wide.getByRole('navigation', { name: 'Dashboards' }).getByText('Characters')).toBeVisible();
  expect((await wide.getByRole('navigation', { name: 'Dashboards' }).boundingBox())!.width).toBeGreaterThan(180);
  await wide.context().close();
});

test('the Audience peak-hours heatmap has a colour legend and names its days: at least 28, so no weekday is empty', async ({ browser }) => {
  const page = await openAt(browser, 1440, 900, '#/audience');
  const section = page.locator('#audience-peak-hours');
  const picker = page.getByRole('group', { name: 'Period' }).first().getByRole('combobox').first();
  for (const preset of ['week', 'month'] as const) {
    await picker.selectOption(preset);
    await expect(section.getByTestId('heat-coverage')).toContainText(/28 days|\d{2} days/);
    const coverage = (await section.getByTestId('heat-coverage').innerText()).match(/(\d+) days, (\d+)(?: or \d+)? of each weekday/);
    expect(coverage, preset).not.toBeNull();
    expect(Number(coverage![1])).toBeGreaterThanOrEqual(28);
    expect(Number(coverage![2])).toBeGreaterThanOrEqual(4);
    // Every weekday has chats somewhere in its row.
    const rows = section.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(7);
    for (let d = 0; d < 7; d++) {
      const labels = await rows.nth(d).locator('td').evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? ''));
      expect(labels.reduce((sum, l) => sum + Number(l.match(/: ([\d,]+) chats/)![1].replace(/,/g, '')), 0), `weekday ${d}, ${preset}`).toBeGreaterThan(0);
    }
  }
  // The legend: its swatches darken from fewer to more, with the range in words.
  const legend = section.getByTestId('heat-legend');
  await expect(legend).toContainText(/Fewer chats.*More.*from [\d,]+ to [\d,]+ chats started in an hour, over the \d+ days/);
  const shades = await legend.locator('.heat-cell > span').evaluateAll((s) => s.map((e) => Number(getComputedStyle(e).opacity)));
  expect(shades.length).toBe(5);
  expect(shades).toEqual([...shades].sort((a, b) => a - b));
  expect(shades[4]).toBeGreaterThan(shades[0]);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'layout-audience-peak-hours.png') });
  await page.context().close();
});

test('Today on a stats dashboard says stats arrive per finished UTC day and shows the last complete day in one click', async ({ browser }) => {
  const page = await openAt(browser, 1280, 800, '#/characters');
  // Reported in a zone ahead of UTC, "today" always lies after the newest published stats day
  // (in São Paulo it is still yesterday UTC until 03:00 UTC, and that day has its stats).
  await expect.poll(async () => ((await api(page, 'getStatus', {})) as unknown as { value: { syncing: unknown } }).value.syncing, { timeout: 60_000 }).toBeNull();
  expect((await api(page, 'saveSettings', { timezone: 'Asia/Tokyo' })).ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  for (const name of ['characters', 'plugins', 'stories', 'audience']) {
    await page.evaluate((h) => (window.location.hash = h), `#/${name}`);
    const header = page.locator(`.kept-page[data-active="true"]`);
    const preset = header.getByRole('group', { name: 'Period' }).getByRole('combobox').first();
    await preset.selectOption('today');
    const note = header.getByTestId('stats-note');
    await expect(note).toContainText('finished UTC day');
    const show = note.getByRole('button', { name: /^Show the last complete day/ });
    await expect(show).toBeInViewport();
    await show.click();
    await expect(preset).toHaveValue('custom');
    // The newest published day: the demo's stats run to yesterday (UTC).
    await expect(header.getByLabel('From', { exact: true })).toHaveValue(yesterday);
    await expect(header.getByLabel('To', { exact: true })).toHaveValue(yesterday);
    await expect(header.locator('[role="note"]').first()).toContainText('Stats count on UTC days');
    await expect(header.getByRole('button', { name: /^Show the last complete day/ })).toHaveCount(0);
    if (name === 'characters') await expect(header.locator('#characters-table tbody tr[data-index]').first()).toContainText(/\d/);
    await page.screenshot({ path: path.join(SCREENSHOTS, `layout-${name}-last-complete-day.png`) });
    await preset.selectOption('month');
    await expect(preset).toHaveValue('month');
  }
  expect((await api(page, 'saveSettings', { timezone: null })).ok).toBe(true);
  await page.context().close();
});
