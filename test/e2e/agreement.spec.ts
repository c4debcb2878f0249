import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { parseMicros } from '../../db/money';
import { api, expect, launchSettledDemo, test } from './fixtures';

// Every number agrees: every dashboard and detail page, at every period preset and comparison, read
// from the page table by table, each table exported with its own button, and the CSV held against
// the table row by row and cell by cell. A shown cell must be in its CSV row (money and counts at
// the precision shown, names as written); rows come in the same number and order.
test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string; pages: string[] };

const PRESETS = ['today', 'week', 'month', 'last_month', 'year', 'all'] as const;
const COMPARISONS = ['previous', 'last_year', 'weekday', 'none'] as const;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-agree-'));
  const file = path.join(dir, 'demo.db');
  const { url, child } = await launchSettledDemo(['--db', file], { CREATOR_STUDIO_NO_ELECTRON: '1', CREATOR_STUDIO_HOME: dir });
  const db = new Database(file, { readonly: true });
  const first = (table: string) => db.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 1`).pluck().get() as string;
  const pages = ['earnings', 'characters', 'plugins', 'stories', 'audience', `characters/${first('characters')}`, `plugins/${first('plugins')}`, `stories/${first('stories')}`];
  db.close();
  demo = { url, child, dir, pages };
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

/** The shown cells of a table, row by row: each cell's own value, without its change badge. */
async function tableCells(table: Locator): Promise<string[][]> {
  return table.locator(':scope > tbody > tr[data-index]').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll(':scope > td')].map((td) => {
        const copy = td.cloneNode(true) as HTMLElement;
        // Change badges and tags (your tag, churn, surprise) say something about the value; they are not it.
        copy.querySelectorAll('.mini-delta, .delta, svg, canvas, button, .muted.small, .tag-own, .tag-not-own, .pill, .churn-flag').forEach((e) => e.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    ),
  );
}

const MINUS = /[−–]/g;
/** A shown number: its value and how many decimals it is shown with; null when the text is not one. */
function shownNumber(text: string): { value: number; decimals: number } | null {
  const t = text
    .replace(/^[▲▼■±+]\s*/, '')
    .replace(/\s*(USDT|USD|credits|Credits|★|%|pts?)$/i, '')
    .replace(/^\$/, '')
    .replace(/^−\$/, '-')
    .replace(MINUS, '-')
    .replace(/,/g, '')
    .trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return { value: Number(t), decimals: (t.split('.')[1] ?? '').length };
}

/** "3m 20s", "1h 05m", "45s" in seconds. */
function shownDuration(text: string): number | null {
  const m = /^(?:(\d+)h )?(?:(\d+)m ?)?(?:(\d+)s)?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** Whether a shown cell is one of its CSV row's cells. */
function inRow(shown: string, csv: string[]): boolean {
  const cells = csv.map((c) => c.replace(/^'/, ''));
  if (cells.includes(shown)) return true;
  // A change with no percentage: an empty change cell.
  if (shown === 'from zero' || shown === 'no change') return cells.includes('') || cells.includes('0');
  // "7 · Beacon": the parts of a cell, each in its own column.
  const parts = shown.split(' · ');
  if (parts.length > 1 && parts.every((part) => inRow(part, csv))) return true;
  const n = shownNumber(shown);
  if (n) {
    const scale = 10 ** n.decimals;
    const near = (c: string) => c !== '' && !Number.isNaN(Number(c)) && (Math.abs(Math.round(Number(c) * scale) - Math.round(n.value * scale)) <= 1 || Math.abs(Math.round(Number(c) * 100 * scale) - Math.round(n.value * scale)) <= 1);
    return cells.some(near);
  }
  const d = shownDuration(shown);
  if (d !== null) return cells.some((c) => c !== '' && Math.abs(Number(c) - d) <= 1);
  // A date or an instant as the page writes it ("5 Dec 2026", "5 Dec 2026, 21:07"): its ISO digits in the row.
  const parsed = Date.parse(shown.replace(',', ''));
  if (!Number.isNaN(parsed) && /\d{4}/.test(shown)) {
    const iso = new Date(parsed - new Date(parsed).getTimezoneOffset() * 60_000).toISOString();
    const day = iso.slice(0, 10);
    const minute = `${day} ${iso.slice(11, 16)}`;
    return cells.some((c) => c === day || c.startsWith(minute) || c.startsWith(day) && !/\d{2}:\d{2}/.test(shown));
  }
  // "Failed: the reason": a status and its reason, each in the row.
  const said = shown.split(': ');
  if (said.length === 2 && said.every((part) => inRow(part, csv))) return true;
  // A span of dates: both ends in the row.
  const ends = shown.split(' – ');
  if (ends.length === 2) return ends.every((e) => inRow(e, csv));
  // A range of amounts ("2,610.49–3,976.56 USDT", "$4.90–$55.00"): both ends in the row.
  const range = /^(−?\$?[\d,.]+)–(−?\$?[\d,.]+)( [A-Za-z]+)?$/.exec(shown);
  if (range) return [range[1], range[2]].every((e) => inRow(`${e}${range[3] ?? ''}`, csv));
  return false;
}

async function exportOf(page: Page, button: Locator): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;
}

/** Each table on the shown page with its own Export button, against its CSV. */
const seen = new Set<string>();

async function compareTables(page: Page, where: string, problems: string[]): Promise<number> {
  const pageRoot = page.locator('.page').filter({ visible: true }).first();
  const sections = pageRoot.locator('section.card').filter({ has: page.locator(':scope table.data-table') });
  let compared = 0;
  for (let s = 0; s < (await sections.count()); s++) {
    const section = sections.nth(s);
    const button = section.getByRole('button', { name: /^Export CSV: / }).first();
    if ((await button.count()) === 0) continue;
    // Enabled once the period's figures are on the page (it waits while they load).
    await expect(button).toBeEnabled({ timeout: 30_000 });
    const table = section.locator('table.data-table').first();
    const showAll = section.getByRole('button', { name: /^Show all/ });
    if (await showAll.count()) await showAll.first().click();
    const shown = await tableCells(table);
    const empty = (await table.locator('td.empty-row').count()) > 0;
    const csv = (await exportOf(page, button)).slice(1);
    const name = `${where} · ${await button.getAttribute('aria-label')}`;
    seen.add(`${where.split(' ')[0]} ${await button.getAttribute('aria-label')}`);
    compared++;
    if (empty ? csv.length !== 0 : csv.length !== shown.length) {
      problems.push(`${name}: ${empty ? 0 : shown.length} rows shown, ${csv.length} exported`);
      continue;
    }
    shown.forEach((cells, r) =>
      cells.forEach((cell) => {
        if (cell === '' || cell === '–' || inRow(cell, csv[r])) return;
        problems.push(`${name}, row ${r + 1}: shown "${cell}" is not in the exported row ${JSON.stringify(csv[r])}`);
      }),
    );
  }
  return compared + (await compareKpis(page, pageRoot, where, problems)) + (await compareFigures(page, pageRoot, where, problems));
}

/**
 * The Earnings balances: every figure of a currency's cards (data-figure: its export column), gross and
 * fees included, against that currency's row of the balances export, exactly (data-exact) and as shown;
 * and gross − fees = earned in the export, for the period, its comparison and all time.
 */
async function compareFigures(page: Page, pageRoot: Locator, where: string, problems: string[]): Promise<number> {
  const balances = pageRoot.locator('#earnings-kpis');
  if ((await balances.count()) === 0) return 0;
  const button = balances.getByRole('button', { name: 'Export CSV: kpis' });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const figures = await balances.locator('.kpi-group[data-currency] [data-figure]').evaluateAll((els) =>
    els.map((e) => ({
      currency: e.closest('.kpi-group')!.getAttribute('data-currency')!,
      column: e.getAttribute('data-figure')!,
      exact: e.getAttribute('data-exact'),
      shown: (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
  const [header, ...rows] = await exportOf(page, button);
  const cell = (currency: string, column: string) => rows.find((r) => r[0] === currency)?.[header.indexOf(column)];
  seen.add(`${where.split(' ')[0]} kpis`);
  for (const f of figures) {
    const exported = cell(f.currency, f.column);
    if (exported === undefined) problems.push(`${where} · kpis: ${f.currency} ${f.column} is not exported`);
    else if (f.exact !== exported || !inRow(f.shown, [exported])) problems.push(`${where} · kpis: ${f.currency} ${f.column} shows "${f.shown}" (${f.exact}), the export says ${exported}`);
  }
  if (!figures.some((f) => f.column === 'period_gross')) problems.push(`${where} · kpis: no gross is shown`);
  const micros = (v: string) => BigInt(parseMicros(v));
  for (const row of rows)
    for (const [gross, fees, net] of [
      ['period_gross', 'period_fees', 'period_earned'],
      ['previous_period_gross', 'previous_period_fees', 'previous_period_earned'],
      ['all_time_gross', 'all_time_fees', 'all_time_earned'],
    ]) {
      const [g, f, n] = [gross, fees, net].map((c) => row[header.indexOf(c)] as string | undefined);
      if (g === undefined || f === undefined || n === undefined) problems.push(`${where} · kpis: ${gross}, ${fees} or ${net} missing from ${JSON.stringify(header)} ${JSON.stringify(row)}`);
      else if ((g === '') !== (n === '') || (g !== '' && micros(g) - micros(f) !== micros(n))) problems.push(`${where} · kpis: ${row[0]} ${gross} ${g} − ${fees} ${f} ≠ ${net} ${n}`);
    }
  return 1;
}

/** A page's metric cards (data-testid kpi-<metric>) against its "metrics" export, card by card. */
async function compareKpis(page: Page, pageRoot: Locator, where: string, problems: string[]): Promise<number> {
  const button = pageRoot.getByRole('button', { name: 'Export CSV: metrics' });
  if ((await button.count()) === 0) return 0;
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const cards = await pageRoot.locator('[data-testid^="kpi-"]').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-testid')!.slice(4), (e.querySelector('.kpi-value')?.textContent ?? '').replace(/\s+/g, ' ').trim()]),
  );
  const csv = new Map((await exportOf(page, button)).slice(1).map((row) => [row[0], row]));
  seen.add(`${where.split(' ')[0]} metrics`);
  for (const [metric, value] of cards) {
    const row = csv.get(metric);
    if (!row) problems.push(`${where} · metrics: the card ${metric} is not exported`);
    else if (value !== '–' && !inRow(value, row)) problems.push(`${where} · metrics: card ${metric} shows "${value}", the export says ${JSON.stringify(row)}`);
  }
  if (csv.size !== cards.length) problems.push(`${where} · metrics: ${cards.length} cards, ${csv.size} exported`);
  return 1;
}

test('every table on every page, at every period and comparison, exports what it shows', async ({ page }) => {
  test.setTimeout(900_000);
  await page.goto(demo.url);
  await expect(page.locator('#earnings-kpis')).toBeVisible();
  // The app's own sync at start ends by reloading every figure: walk once it is over, so that no
  // reload lands between reading a table and exporting it.
  await expect.poll(async () => ((await api(page, 'getStatus', {})) as unknown as { value: { syncing: unknown } }).value.syncing, { timeout: 60_000 }).toBeNull();
  // One page in the document at a time: the warm-up would draw the other dashboards hidden beside it.
  await page.evaluate(() => sessionStorage.setItem('creator-studio.no-warm', '1'));
  const problems: string[] = [];
  let combinations = 0;
  let tables = 0;
  for (const route of demo.pages) {
    await page.evaluate((r) => (window.location.hash = `#/${r}`), route);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const picker = page.getByRole('group', { name: 'Period' }).filter({ visible: true }).first();
    for (const preset of PRESETS)
      for (const compare of COMPARISONS) {
        await picker.getByRole('combobox').first().selectOption(preset);
        await picker.getByRole('combobox').nth(1).selectOption(compare);
        await page.waitForLoadState('networkidle');
        combinations++;
        tables += await compareTables(page, `${route} ${preset}/${compare}`, problems);
      }
  }
  console.log(`agreement: ${combinations} page × period × comparison combinations, ${tables} tables and card sets exported and compared (${[...seen].join(', ')})`);
  // Every table this walk knows of was found (a changed selector must not make it compare nothing).
  expect(seen.size).toBeGreaterThanOrEqual(11);
  // The character page's tables of the earnings guide's last metrics among them.
  for (const t of ['price-history', 'drop-off', 'chat-lengths', 'topics']) expect([...seen].some((s) => s.startsWith('characters/') && s.endsWith(`Export CSV: ${t}`)), t).toBe(true);
  expect(problems.slice(0, 40)).toEqual([]);
});
