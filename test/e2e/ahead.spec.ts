// Looking ahead on the demo, in Chromium: the next payout in a sentence at the top of Earnings, this
// month's projected end labelled as an estimate (what is earned so far checked against the database
// file), a goal set in Settings and its progress on Earnings, Export CSV of the estimates on Earnings and
// on a character's, plugin's and story's page holding the figures shown, and an alert said once and gone
// for good after it is read. Screenshots at 1440×900 and 1024×640, light and dark.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { formatMicros, parseMicros } from '../../db/money';
import { formatMoney, moneyRange } from '../../db/words/money';
import { formatCount } from '../../db/words/numbers';
import type { EarningsDashboard } from '../../electron/api/types';
import { api, expect, launchSettledDemo, SCREENSHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string; db: string };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-ahead-'));
  const db = path.join(dir, 'demo.db');
  const { url, child } = await launchSettledDemo(['--db', db], { CREATOR_STUDIO_NO_ELECTRON: '1', CREATOR_STUDIO_HOME: dir });
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

/** The demo syncs once at start and its end reloads every figure: an export waits until it is over. */
async function syncOver(page: Page): Promise<void> {
  await expect.poll(async () => ((await api(page, 'getStatus', {})) as unknown as { value: { syncing: unknown } }).value.syncing, { timeout: 120_000 }).toBeNull();
}

/** Clicks the section's Export CSV and reads the file by its header. */
async function exported(section: Locator): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([section.page().waitForEvent('download'), section.getByRole('button', { name: /^Export CSV/ }).click()]);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
}

/** `scroll`: an element brought into view; `heading`: its first heading in the middle of the screen (a
 *  section taller than the window shows its header and buttons). */
async function shots(page: Page, name: string, scroll?: string, heading = false) {
  for (const [scheme, width, height] of [['light', 1440, 900], ['dark', 1440, 900], ['light', 1024, 640], ['dark', 1024, 640]] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height });
    if (scroll && heading) await page.locator(scroll).filter({ visible: true }).locator('h2').first().evaluate((h) => h.scrollIntoView({ block: 'center' }));
    else if (scroll) await page.locator(scroll).scrollIntoViewIfNeeded();
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

test('Export CSV of this month’s estimate holds every figure the outlook shows', async ({ page }) => {
  await openEarnings(page);
  await syncOver(page);
  await page.reload();
  await expect(page.getByTestId('kpi-period-USDT')).toBeVisible();
  await page.getByRole('tab', { name: 'USDT' }).click();
  const section = page.locator('#earnings-outlook');
  await section.scrollIntoViewIfNeeded();
  const rows = await exported(section);
  // One currency, as the section shows one: its total first, then each stream in the table's order.
  expect(rows.every((r) => r.currency === 'USDT')).toBe(true);
  const [total] = rows;
  expect(total.stream).toBe('All streams');
  await expect(page.getByTestId('outlook-actual-USDT').locator('.kpi-value')).toHaveAttribute('data-exact', total.month_to_date);
  const month = page.getByTestId('outlook-month-USDT');
  await expect(month.locator('.kpi-value')).toHaveAttribute('data-exact', total.month_base);
  await expect(month.locator('.kpi-hint')).toContainText(`${moneyRange(total.month_low, total.month_high, 'USDT')} · ${total.days_left} day`);
  const year = page.getByTestId('outlook-year-USDT');
  await expect(year.locator('.kpi-value')).toHaveAttribute('data-exact', total.year_base);
  await expect(year.locator('.kpi-hint')).toContainText(`${moneyRange(total.year_low, total.year_high, 'USDT')} · ${formatMoney(total.year_to_date, 'USDT')} so far`);
  // The goal the test before set, its progress and how many recent months reached it.
  await expect(page.getByTestId('goal-USDT')).toContainText(`Goal ${formatMoney(total.goal, 'USDT')}: ${total.goal_progress_pct}% so far (${formatMoney(total.month_to_date, 'USDT')})`);
  await expect(page.getByTestId('goal-USDT')).toContainText(`Reached in ${total.goal_reached_months} of the last ${total.goal_recent_months} month`);
  const shown = await section.locator('tbody tr[data-index]').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())));
  // The table's rows: the total first, then each stream.
  expect(shown).toEqual(
    rows.map((r) => [r.stream, formatMoney(r.month_to_date, 'USDT'), formatMoney(r.month_base, 'USDT'), moneyRange(r.month_low, r.month_high, 'USDT'), formatMoney(r.year_base, 'USDT')]),
  );
  await shots(page, 'outlook-export', '#earnings-outlook', true);
  // The demo's USD is prizes only: its estimate says it repeats the rest of one recent month.
  await page.getByRole('tab', { name: 'USD', exact: true }).click();
  await expect(page.getByTestId('outlook-USD')).toContainText('the one whose rest comes closest to all of theirs in proportion to each month’s total');
  await shots(page, 'outlook-lumps', '#earnings-outlook', true);
});

test('Export CSV of a character’s, a plugin’s and a story’s month ahead holds the figures their pages show', async ({ page }) => {
  await openEarnings(page);
  await syncOver(page);
  const period = { preset: 'month' };
  const first = async (method: string, list: string) => ((await api(page, method, { period })) as unknown as { value: Record<string, { id: string }[]> }).value[list][0].id;
  const pages = [
    ['characters', await first('characters', 'characters'), 'earnings', 'Chats'],
    ['plugins', await first('plugins', 'plugins'), 'commission', 'Chats'],
    ['stories', await first('stories', 'stories'), 'prizes', 'Plays'],
  ] as const;
  for (const [dashboard, id, measure, label] of pages) {
    await page.evaluate((h) => (window.location.hash = h), `#/${dashboard}/${id}`);
    const section = page.locator(`#${dashboard}-outlook`).filter({ visible: true });
    await expect(section).toBeVisible();
    const rows = await exported(section);
    const money = rows.filter((r) => r.measure === measure);
    const count = rows.filter((r) => r.measure === label.toLowerCase());
    expect(money.length + count.length, `${dashboard}/${id}`).toBe(rows.length);
    expect(count.length, `${dashboard}/${id}`).toBe(1);
    await expect(section.locator('[data-testid^="outlook-money-"]')).toHaveCount(money.length);
    for (const r of money) {
      const card = section.getByTestId(`outlook-money-${r.currency}`);
      await expect(card.locator('.kpi-value')).toHaveAttribute('data-exact', r.base);
      await expect(card.locator('.kpi-hint')).toContainText(`${moneyRange(r.low, r.high, r.currency)} · ${formatMoney(r.so_far, r.currency)} so far`);
    }
    const c = count[0];
    const card = section.getByTestId('outlook-count');
    await expect(card.locator('.kpi-value')).toHaveAttribute('data-exact', c.base);
    const range = c.low === c.high ? formatCount(Number(c.low)) : `${formatCount(Number(c.low))}–${formatCount(Number(c.high))}`;
    await expect(card.locator('.kpi-hint')).toContainText(`${range} · ${formatCount(Number(c.so_far))} so far`);
    if (dashboard === 'characters') await shots(page, 'item-outlook-export', `#${dashboard}-outlook`, true);
  }
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
