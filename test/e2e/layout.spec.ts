// The layout at the window sizes creators use (1440×900, 1280×800, 1024×640), measured with real
// bounding boxes in Chromium against the demo: no money or guide column out of sight without a way
// to it, no scroll box inside the page's scroller, a navigation that gives way on a small window.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, launchCli, SCREENSHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-layout-'));
  const { url, child } = await launchCli(['demo', '--db', path.join(dir, 'demo.db')], { CREATOR_STUDIO_NO_ELECTRON: '1' });
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
  characters: ['Chats', 'Users (30d)', 'Msgs / chat', 'Rating', 'Conversion', 'Earned 30d', 'Marketplace', 'Embed / API', 'Top scenario', 'Top model'],
  plugins: ['Total installs', 'Active in chats (week)', 'Active ÷ installs', 'Commission', 'Chats per install', 'Rating', 'Installs', 'Uninstalls'],
  stories: ['Plays', 'Avg playtime', 'Completion', 'Replay', 'Drop-off chapter', 'Top identity', 'Top milestones'],
};

/** A header's own words, without the sort mark and the currency ("Earned 30d (Credits)" is "Earned 30d"). */
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
