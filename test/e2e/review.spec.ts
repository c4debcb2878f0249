import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchSettledDemo, SCREENSHOTS, test } from './fixtures';

// One demo (sample platform + first sync + serve) for the whole file: it takes a few seconds to start.
test.describe.configure({ mode: 'serial' });

let demo: { url: string; child: ChildProcess; dir: string };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-review-'));
  const { url, child } = await launchSettledDemo(['--db', path.join(dir, 'demo.db')], { CREATOR_STUDIO_NO_ELECTRON: '1' });
  demo = { url, child, dir };
});

test.afterAll(async () => {
  if (!demo) return;
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

async function open(page: Page, hash: string) {
  await page.goto(demo.url);
  await expect(page.getByRole('navigation', { name: 'Dashboards' })).toBeVisible();
  await page.evaluate((h) => (window.location.hash = h), hash);
}

const saved = (page: Page) => page.waitForResponse((r) => r.url().endsWith('/api/saveReviewNote') && r.ok());

test('the weekly review on demo data: numbers filled in, a ticked item and its note survive a reload', async ({ page }) => {
  await open(page, '#/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
  const item = page.getByTestId('review-item-earnings-trend');
  await expect(item.getByTestId('metric-earned-USDT')).toContainText('USDT');
  await expect(page.getByTestId('review-item-conversation-metrics')).toContainText('never sees them');
  // The insights of a whole week: one card at least per rule, and links to the evidence. (This week
  // may have just begun in the demo's zone, with nothing moved yet: a Monday has six.)
  const previous = (await page.getByRole('link', { name: 'Previous week' }).getAttribute('href'))!;
  await page.getByRole('link', { name: 'Previous week' }).click();
  await expect(page).toHaveURL(new RegExp(`${previous}$`));
  // The review's own cards: a dashboard kept hidden beside it (the Audience page) has insight cards too.
  const cards = page.getByTestId('insight-card').filter({ visible: true });
  await expect(cards.first()).toBeVisible();
  await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(7);
  await expect(page.getByRole('link', { name: 'Open Kael the Wanderer →' }).first()).toHaveAttribute('href', '#/characters/chr_0002');
  // Back on this week in a fresh page, once its figures are in: a tick must not race a refetch.
  await page.evaluate(() => (window.location.hash = '#/review'));
  await page.reload();
  await expect(item.getByTestId('metric-earned-USDT')).toContainText('USDT');

  const box = page.getByRole('checkbox', { name: 'Check earnings trends' });
  await expect(box).not.toBeChecked();
  let wait = saved(page);
  // The tick shows once the save has cancelled any refetch in flight: wait for it rather than expect it at once.
  await box.click();
  await expect(box).toBeChecked();
  await wait;
  const note = page.getByRole('textbox', { name: 'Note for “Check earnings trends”' });
  await note.fill('Credits down: look at Luna’s chats');
  wait = saved(page);
  await note.blur();
  await wait;
  await expect(page.getByText('1 of 4 done')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'review-light.png') });

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Check earnings trends' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Note for “Check earnings trends”' })).toHaveValue('Credits down: look at Luna’s chats');
  await expect(page.getByRole('checkbox', { name: 'Review conversation metrics' })).not.toBeChecked();

  // Go back a week, then reopen this week's review from the list of reviewed periods.
  await page.getByRole('link', { name: 'Previous week' }).click();
  await expect(page.getByRole('checkbox', { name: 'Check earnings trends' })).not.toBeChecked();
  const reopen = page.getByRole('combobox', { name: 'Reopen a past review' });
  await expect(reopen.locator('option')).toHaveCount(2);
  const key = (await reopen.locator('option').nth(1).getAttribute('value'))!;
  await reopen.selectOption(key);
  await expect(page).toHaveURL(new RegExp(`#/review/${key}$`));
  await expect(page.getByRole('checkbox', { name: 'Check earnings trends' })).toBeChecked();
});

test('the monthly review, and the review in the dark theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await open(page, '#/review/month');
  await expect(page.getByRole('checkbox', { name: 'Analyze month-over-month growth' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Review payout status' })).toBeVisible();
  await expect(page.getByTestId('insight-card').filter({ visible: true }).first()).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'review-month-dark.png') });
  await context.close();
});

test('the Audience page renders its charts and tables', async ({ page }) => {
  await open(page, '#/audience');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audience');
  await expect(page.getByTestId('kpi-followers')).toContainText(/\d/);
  await expect(page.getByRole('img', { name: /New, lost and net followers/ }).locator('canvas')).toBeVisible();
  await expect(page.getByRole('img', { name: /Engagement and open rate/ }).locator('canvas')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Top countries by active users' })).toContainText('Brazil');
  await expect(page.locator('#audience-hashtags')).toContainText('#found-family');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'audience-light.png') });

  // An insight's evidence link (#/audience/hashtags) lands on its section, at the top of the scroller.
  await page.evaluate(() => (window.location.hash = '#/audience/hashtags'));
  const top = async () => {
    const [section, main] = await Promise.all([page.locator('#audience-hashtags').boundingBox(), page.locator('#main').boundingBox()]);
    // abs: a section a fraction of a pixel above the top rounds to −0, which toBe(0) tells apart from 0.
    return Math.abs(Math.round(section!.y - main!.y));
  };
  await expect.poll(top).toBe(0);
});
