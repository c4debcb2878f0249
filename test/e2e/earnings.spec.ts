import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { formatMicros } from '../../db/money';
import { expect, launchSettledDemo, SCREENSHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string; db: string };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-earnings-'));
  const db = path.join(dir, 'demo.db');
  const { url, child } = await launchSettledDemo(['--db', db], { CREATOR_STUDIO_NO_ELECTRON: '1' });
  demo = { url, child, dir, db };
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

/** Earned (net, or gross or fees) in [start, end) per the contract's rule, straight from the database file: an independent path. */
function earnedFromDb(currency: string, start: DateTime, end: DateTime, amount: 'net' | 'gross' | 'fee' = 'net'): string {
  const db = new Database(demo.db, { readonly: true });
  const sum = db
    .prepare(
      `SELECT coalesce(sum(${amount}), 0) FROM ledger WHERE currency = ? AND occurred_ms >= ? AND occurred_ms < ? AND status <> 'reversed' AND stream <> 'payout'`,
    )
    .pluck()
    .safeIntegers(true)
    .get(currency, start.toMillis(), end.toMillis()) as bigint;
  db.close();
  return formatMicros(sum);
}

async function openEarnings(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(demo.url);
  await expect(page.getByTestId('kpi-period-USDT')).toBeVisible();
  return dialogs;
}

test('KPIs equal what the database says, for this month and after switching to last month', async ({ page }) => {
  // "This month" runs to the instant the page asked; the sample data holds rows later today (UTC), so
  // the independent sum must stop at that same instant, read from the page's own request.
  const asked: number[] = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('/api/earnings')) asked.push(((await r.json()) as { value: { period: { current: { endMs: number } } } }).value.period.current.endMs);
  });
  await openEarnings(page);
  const zone = 'America/Sao_Paulo'; // the sample creator's profile timezone
  const now = DateTime.now().setZone(zone);
  const card = page.getByTestId('kpi-period-USDT');
  const value = card.locator('.kpi-value');
  // Net, and beneath it what it was before the platform's fees: gross and fees.
  const figures = (start: DateTime, end: DateTime) =>
    Promise.all([
      expect(value).toHaveAttribute('data-exact', earnedFromDb('USDT', start, end)),
      expect(card.locator('[data-figure="period_gross"]')).toHaveAttribute('data-exact', earnedFromDb('USDT', start, end, 'gross')),
      expect(card.locator('[data-figure="period_fees"]')).toHaveAttribute('data-exact', earnedFromDb('USDT', start, end, 'fee')),
    ]);
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  await figures(now.startOf('month'), DateTime.fromMillis(asked[asked.length - 1]));
  expect(earnedFromDb('USDT', now.startOf('month'), DateTime.fromMillis(asked[asked.length - 1]), 'fee')).not.toBe('0.00');
  await page.getByRole('group', { name: 'Period' }).getByRole('combobox').first().selectOption('last_month');
  const last = now.minus({ months: 1 }).startOf('month');
  await figures(last, last.plus({ months: 1 }));
  await expect(page.getByTestId('period-ranges').filter({ visible: true })).toContainText(last.toFormat('LLL'));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'earnings-last-month-light.png'), fullPage: false });
});

test('Export CSV of the balances holds exactly the figures on the page', async ({ page }) => {
  await openEarnings(page);
  const card = page.getByTestId('kpi-period-CREDITS');
  const shown = await card.locator('.kpi-value').getAttribute('data-exact');
  const gross = await card.locator('[data-figure="period_gross"]').getAttribute('data-exact');
  const fees = await card.locator('[data-figure="period_fees"]').getAttribute('data-exact');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#earnings-kpis').getByRole('button', { name: /Export CSV/ }).click()]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => r.currency).sort()).toEqual(['CREDITS', 'USD', 'USDT']);
  const credits = rows.find((r) => r.currency === 'CREDITS')!;
  expect([credits.period_earned, credits.period_gross, credits.period_fees]).toEqual([shown, gross, fees]);
  await page.locator('#earnings-kpis').screenshot({ path: path.join(SCREENSHOTS, 'earnings-balances-gross-fees.png') });
});

test('fans’ hostile names and messages show as text and run nothing', async ({ page }) => {
  const dialogs = await openEarnings(page);
  await page.getByRole('group', { name: 'Period' }).getByRole('combobox').first().selectOption('all');
  const list = page.getByTestId('support-list');
  await expect(list).toBeVisible();
  await page.locator('#earnings-support').scrollIntoViewIfNeeded();
  // The list folds after its first messages: all of them are one click away.
  await page.locator('#earnings-support').getByRole('button', { name: /^Show all/ }).click();
  // The sample platform's newest support rows carry markup; whichever are on screen must read as text.
  const texts = await list.innerText();
  expect(texts).toMatch(/<script>|<img src=x onerror|<b>bold<\/b>/);
  expect(await list.locator('script, img, b').count()).toBe(0);
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'earnings-support-hostile.png') });
});

test('the page in the dark theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1360, height: 1400 } });
  const page = await context.newPage();
  await page.goto(demo.url);
  await expect(page.getByTestId('kpi-period-USDT')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'earnings-dark.png') });
  await context.close();
});

test('opening a payout loads its breakdown by source, every line of it, largest first', async ({ page }) => {
  await openEarnings(page);
  const db = new Database(demo.db, { readonly: true });
  const newest = db.prepare('SELECT id, json_array_length(breakdown) AS n FROM payouts ORDER BY created_ms DESC, id LIMIT 1').get() as { id: string; n: number };
  db.close();
  const table = page.getByRole('table', { name: 'Payout history' });
  await table.scrollIntoViewIfNeeded();
  await table.getByRole('button', { name: /^Show the sources of payout/ }).first().click();
  const breakdown = table.getByRole('table').first();
  await expect(breakdown).toBeVisible();
  // A long breakdown folds after its first rows: every line is one click away.
  if (newest.n > 10) await table.getByRole('button', { name: `Show all ${newest.n}` }).click();
  const lines = breakdown.locator('tbody tr');
  await expect(lines).toHaveCount(newest.n);
  const amounts = (await lines.locator('td.num').allInnerTexts()).map((t) => Number(t.replace(/[^0-9.-]/g, '')));
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
});

test('a payout row opens from its disclosure button by keyboard, and each row is one tab stop', async ({ page }) => {
  await openEarnings(page);
  const table = page.getByRole('table', { name: 'Payout history' });
  await table.scrollIntoViewIfNeeded();
  const buttons = table.getByRole('button', { name: /^Show the sources of payout/ });
  const rows = table.locator(':scope > tbody > tr[data-index]');
  await expect(rows.first()).toBeVisible();
  expect(await buttons.count()).toBe(await rows.count());
  expect(await buttons.count()).toBeGreaterThan(2);
  // The state is the button's: no row is focusable or carries aria-expanded.
  expect(await table.locator('tr[aria-expanded], tr[tabindex]').count()).toBe(0);

  await buttons.first().focus();
  await page.keyboard.press('Enter');
  await expect(buttons.first()).toHaveAttribute('aria-expanded', 'true');
  const region = page.locator(`[id="${await buttons.first().getAttribute('aria-controls')}"]`);
  await expect(region.getByRole('table')).toBeVisible();
  await expect(region.getByRole('table').locator('tbody tr').first()).toBeVisible();
  await page.keyboard.press(' ');
  await expect(buttons.first()).toHaveAttribute('aria-expanded', 'false');
  await expect(region).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(buttons.nth(2)).toBeFocused();
});

test('a chart reads as text: its image names the period and each stream’s total, and its table holds the same numbers', async ({ page }) => {
  await openEarnings(page);
  const section = page.locator('#earnings-over-time');
  const chart = section.getByRole('img', { name: /^Earnings in USDT by stream/ });
  await expect(chart.locator('canvas')).toHaveAttribute('aria-hidden', 'true');
  const name = (await chart.getAttribute('aria-label'))!;
  const total = name.match(/Chat share: total ([\d,.]+) USDT/)?.[1];
  expect(total, name).toBeTruthy();

  const controls = await section.getByRole('button', { name: /^Show as table/ }).getAttribute('aria-controls');
  const toggle = section.locator(`button[aria-controls="${controls}"]`);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveAccessibleName(/^Hide the table/);
  const region = page.locator(`[id="${controls}"]`);
  const table = region.getByRole('table');
  await expect(table).toBeVisible();
  // Every bucket of the chart (the page may fold a long table), and Chat share adds up to the total the image names.
  const headers = await table.locator('thead th').allInnerTexts();
  const col = headers.findIndex((h) => h.startsWith('Chat share'));
  expect(col).toBeGreaterThan(0);
  if (await region.getByRole('button', { name: /^Show all/ }).count()) await region.getByRole('button', { name: /^Show all/ }).click();
  const cents = (await table.locator(`tbody tr[data-index] td:nth-child(${col + 1})`).allInnerTexts()).map((t) => BigInt(t.replace(/[^\d−-]/g, '').replace('−', '-')));
  expect(cents.length).toBeGreaterThan(0);
  // Each cell and the total are rounded to the cent from exact amounts: they agree within half a cent a cell.
  const off = cents.reduce((a, b) => a + b, 0n) - BigInt(total!.replace(/[^\d]/g, ''));
  expect(Number(off < 0n ? -off : off)).toBeLessThanOrEqual(cents.length / 2);
});
