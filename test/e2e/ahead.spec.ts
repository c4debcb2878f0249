// Looking ahead on the demo, in Chromium: the next payout in a sentence at the top of Earnings, this
// month's projected end labelled as an estimate (what is earned so far checked against the database
// file), a goal set in Settings and its progress on Earnings, and an alert said once and gone for good
// after it is read. Screenshots at 1440×900 and 1024×640, light and dark.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import type { Page } from '@playwright/test';
import { formatMicros, parseMicros } from '../../db/money';
import type { EarningsDashboard } from '../../electron/api/types';
import { expect, launchCli, SCREENSHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string; db: string };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-ahead-'));
  const db = path.join(dir, 'demo.db');
  const { url, child } = await launchCli(['demo', '--db', db], { CREATOR_STUDIO_NO_ELECTRON: '1', CREATOR_STUDIO_HOME: dir });
  demo = { url, child, dir, db };
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

/** Opens Earnings and returns the payload the page itself received. */
async function openEarnings(page: Page): Promise<EarningsDashboard> {
  const payload = page.waitForResponse((r) => r.url().endsWith('/api/earnings')).then(async (r) => ((await r.json()) as { value: EarningsDashboard }).value);
  await page.goto(demo.url);
  await expect(page.getByTestId('kpi-period-USDT')).toBeVisible();
  return payload;
}

async function shots(page: Page, name: string, scroll?: string) {
  for (const [scheme, width, height] of [['light', 1440, 900], ['dark', 1440, 900], ['light', 1024, 640], ['dark', 1024, 640]] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height });
    if (scroll) await page.locator(scroll).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, `ahead-${name}-${width}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1360, height: 860 });
}

test('the top of Earnings says when the next payout comes and about how much', async ({ page }) => {
  const d = await openEarnings(page);
  const line = page.getByTestId('next-payout');
  await expect(line).toBeVisible();
  await expect(line).toContainText('When will I get paid?');
  await expect(line).toContainText('estimate');
  // One sentence, about USDT: the currency the platform pays out on schedule in the demo.
  const usdt = d.outlook.nextPayouts.find((p) => p.currency === 'USDT')!;
  expect(usdt.sentence).toMatch(/USDT/);
  expect(usdt.sentence).toMatch(/(January|February|March|April|May|June|July|August|September|October|November|December)/);
  await expect(line).toHaveAttribute('data-currency', 'USDT');
  await expect(line).toContainText(usdt.sentence!);
  // Every withdrawable currency's sentence is in the Payouts section.
  for (const p of d.outlook.nextPayouts.filter((x) => x.sentence !== null)) await expect(page.getByTestId(`next-payout-${p.currency}`)).toContainText(p.sentence!);
  await shots(page, 'next-payout');
});

test('this month’s projected end is labelled as an estimate and starts from what the database says is earned', async ({ page }) => {
  const d = await openEarnings(page);
  await page.getByRole('tab', { name: 'USDT' }).click();
  const section = page.locator('#earnings-outlook');
  await section.scrollIntoViewIfNeeded();
  const month = page.getByTestId('outlook-month-USDT');
  await expect(month).toContainText('estimate');
  await expect(month).toContainText('ends at');
  const usdt = d.outlook.projections.find((p) => p.currency === 'USDT')!;
  await expect(month.locator('.kpi-value')).toHaveAttribute('data-exact', usdt.month.base);
  // Earned so far, from the ledger rows in the file: this month in the creator's zone up to the instant asked.
  const zone = d.period.zone;
  const start = DateTime.fromISO(`${d.outlook.month}-01`, { zone }).toMillis();
  const file = new Database(demo.db, { readonly: true });
  const sum = file
    .prepare(`SELECT coalesce(sum(net), 0) FROM ledger WHERE currency = 'USDT' AND occurred_ms >= ? AND occurred_ms < ? AND status <> 'reversed' AND stream <> 'payout'`)
    .pluck()
    .safeIntegers(true)
    .get(start, d.period.current.endMs) as bigint;
  file.close();
  await expect(page.getByTestId('outlook-actual-USDT').locator('.kpi-value')).toHaveAttribute('data-exact', formatMicros(sum));
  expect(usdt.month.actual).toBe(formatMicros(sum));
  // low ≤ base ≤ high, and the estimate is never below what is in.
  const v = (s: string) => BigInt(s.replace('.', '').padEnd(s.indexOf('.') + 7, '0'));
  expect(v(usdt.month.low) <= v(usdt.month.base) && v(usdt.month.base) <= v(usdt.month.high)).toBe(true);
  // On This month the chart continues with the estimate of the days left, named as such.
  await expect(page.locator('#earnings-over-time')).toContainText('Outlined bars after today: the estimate of the days still to come');
  await shots(page, 'projection', '#earnings-outlook');
});

test('a goal set in Settings shows its progress on Earnings', async ({ page }) => {
  const d = await openEarnings(page);
  const actual = d.outlook.projections.find((p) => p.currency === 'USDT')!.month.actual;
  // Twice what is earned so far (whole units): the progress is just under or at 50%.
  const goal = String(2n * BigInt(actual.split('.')[0]) + 2n);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Monthly goal in USDT').fill(goal);
  await page.getByRole('button', { name: 'Save goals' }).click();
  await expect(page.locator('form[aria-labelledby="goals-title"]')).toContainText('Saved');
  await shots(page, 'settings-goals', 'form[aria-labelledby="goals-title"]');
  await page.getByRole('link', { name: 'Earnings', exact: true }).click();
  await page.getByRole('tab', { name: 'USDT' }).click();
  const line = page.getByTestId('goal-USDT');
  await line.scrollIntoViewIfNeeded();
  // The payload's decimals drop trailing zeros ("609.88"), so they are read as micro-units, not as digits.
  const micros = (s: string) => BigInt(parseMicros(s));
  const pct = (micros(actual) * 100n) / (BigInt(goal) * 1_000_000n);
  await expect(line).toContainText(`Goal ${Number(goal).toLocaleString('en-US')}.00 USDT: ${pct}% so far`);
  await expect(line).toContainText(/Reached in \d+ of the last \d+ months?\./);
  await shots(page, 'goal', '#earnings-outlook');
});

test('an alert is shown until it is read, and never again after', async ({ page }) => {
  await openEarnings(page);
  const bell = page.getByTestId('alerts-bell');
  await expect(bell).toContainText(/\d+ alerts?/);
  await bell.click();
  const panel = page.getByTestId('alerts-panel');
  const review = panel.locator('[data-alert^="weekly-review:"]');
  await expect(review).toContainText('Your weekly review is ready');
  const id = await review.getAttribute('data-alert');
  const before = await panel.getByTestId('alert').count();
  await shots(page, 'alerts');
  await review.getByRole('button', { name: 'Mark read' }).click();
  await expect(panel.locator(`[data-alert="${id}"]`)).toHaveCount(0);
  await expect(panel.getByTestId('alert')).toHaveCount(before - 1);
  // A new page load asks the core again: the read alert stays gone.
  await page.reload();
  await expect(page.getByTestId('kpi-period-USDT')).toBeVisible();
  await page.getByTestId('alerts-bell').click();
  await expect(page.getByTestId('alerts-panel')).toBeVisible();
  await expect(page.locator(`[data-alert="${id}"]`)).toHaveCount(0);
});
