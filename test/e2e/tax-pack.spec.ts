// The tax pack as a new user meets it on the demo data: the dialog asks for a home currency the first
// time, follows the tax year, and the downloaded ZIP holds income valued in that currency (rates from a
// local stand-in for the ECB), payouts apart from income, and the statement PDF.
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pdfLines } from '../export/pdf-text';
import { api, expect, launchSettledDemo, SCREENSHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string };
let ecb: http.Server;

/** Every weekday of 2024–2026 at 1.2500 USD and 0.8500 GBP per euro: 1 USD = 0.8 EUR exactly. */
function ecbHistory(): string {
  const lines = ['Date,USD,GBP,'];
  for (let t = Date.UTC(2026, 11, 31); t >= Date.UTC(2024, 0, 1); t -= 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) lines.push(`${d.toISOString().slice(0, 10)},1.2500,0.8500,`);
  }
  return `${lines.join('\n')}\n`;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const body = ecbHistory();
  ecb = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/csv' }).end(body));
  await new Promise<void>((resolve) => ecb.listen(0, '127.0.0.1', resolve));
  const rates = `http://127.0.0.1:${(ecb.address() as AddressInfo).port}/eurofxref-hist.csv`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-taxpack-'));
  const { url, child } = await launchSettledDemo(['--db', path.join(dir, 'demo.db')], { CREATOR_STUDIO_NO_ELECTRON: '1', CREATOR_STUDIO_RATES_URL: rates });
  demo = { url, child, dir };
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  await new Promise((r) => ecb.close(r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

test('the first tax pack asks for the home currency, then writes income in it, payouts apart, and a statement', async ({ page }) => {
  await page.goto(demo.url);
  await expect(page.getByTestId('kpi-period-USDT')).toBeVisible();
  await page.getByRole('button', { name: 'Tax pack…' }).click();
  const dialog = page.locator('#tax-pack');
  const home = dialog.getByLabel('Your home currency (asked once; change it in Settings)');
  await expect(home).toBeVisible();
  await home.fill('eur');
  await expect(home).toHaveValue('EUR');
  await expect(dialog.locator('span.hint', { hasText: 'Euro' })).toHaveText('Euro');
  const year = new Date().getUTCFullYear();
  await expect(dialog.getByRole('combobox', { name: 'Which tax year' })).toContainText(`${year}: 1 January ${year} – 31 December ${year}`);
  await dialog.getByRole('combobox', { name: 'Which tax year' }).selectOption(String(year));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await dialog.screenshot({ path: path.join(SCREENSHOTS, 'tax-pack-dialog.png') });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save tax pack…' }).click();
  const file = path.join(demo.dir, 'pack.zip');
  await (await download).saveAs(file);
  await expect(dialog.getByText(`Downloaded creator-studio-tax-pack-${year}-01-01_${year}-12-31.zip`)).toBeVisible();

  const out = path.join(demo.dir, 'pack');
  fs.mkdirSync(out);
  const unzip = spawnSync('unzip', ['-q', file, '-d', out], { encoding: 'utf8' });
  test.skip(!!unzip.error, 'unzip is not installed');
  const suffix = `${year}-01-01_${year}-12-31`;
  expect(fs.readdirSync(out).sort()).toEqual(
    [`income-${suffix}.csv`, `ledger-${suffix}.csv`, 'manifest.json', `monthly-summary-${suffix}.csv`, `paid-out-${suffix}.csv`, `payouts-${suffix}.csv`, `statement-${suffix}.pdf`].sort(),
  );
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  expect(manifest.home_currency).toBe('EUR');
  expect(manifest.period).toBe(`tax year ${year} (1 January ${year} – 31 December ${year})`);
  const usdt = manifest.files[1].totals.find((t: { currency: string }) => t.currency === 'USDT');
  // every USDT income row valued (1 USDT = 1 USD = 0.8 EUR), none missing
  expect(usdt.home).toMatchObject({ currency: 'EUR', missing_rows: 0 });
  expect(usdt.home.valued_rows).toBe(usdt.rows);
  expect(manifest.rates.sources).toContain('USDT at 1 USD; ECB euro reference rate');
  // income and payouts are apart: the ledger's USDT income is positive, its payouts negative, and no "net" mixes them
  const ledger = manifest.files[0].totals.find((t: { currency: string }) => t.currency === 'USDT');
  expect(Number(ledger.income.net)).toBeGreaterThan(0);
  expect(ledger).not.toHaveProperty('net');
  expect(manifest.files[4].totals.find((t: { currency: string }) => t.currency === 'USDT')).not.toHaveProperty('net');
  fs.copyFileSync(path.join(out, `statement-${suffix}.pdf`), path.join(SCREENSHOTS, 'tax-pack-statement.pdf'));

  // Settings now shows the home currency and the tax year's first day
  await page.goto(`${demo.url.split('#')[0]}#/settings`);
  const section = page.locator('form', { has: page.getByRole('heading', { name: 'Tax records' }) });
  await expect(section.getByRole('combobox', { name: /^Home currency/ })).toHaveValue('EUR');
  await section.getByRole('combobox', { name: 'Tax year starts on' }).selectOption('04-06');
  await expect(section.getByText(/ECB rates fetched .*, published up to 31 Dec \d{4}\./)).toBeVisible();
  await section.screenshot({ path: path.join(SCREENSHOTS, 'settings-tax-records.png') });
});

test('in the browser the annual statement prints from the page: the statement’s figures, the Earnings page’s income, each section on its own page', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void (w.printed += 1);
  });
  await page.goto(demo.url);
  await expect(page.getByTestId('kpi-period-USDT')).toBeVisible();
  await page.getByRole('button', { name: 'Tax pack…' }).click();
  const dialog = page.locator('#tax-pack');
  const home = dialog.getByLabel('Your home currency (asked once; change it in Settings)');
  if (await home.count()) await home.fill('EUR');
  // Last calendar year (the test before moved the tax year's start to 6 April): whole, so the Earnings
  // page's period over the same days is whole too.
  const year = new Date().getUTCFullYear() - 1;
  await dialog.getByRole('radio', { name: 'Range' }).check();
  await dialog.getByLabel('Tax pack from').fill(`${year}-01-01`);
  await dialog.getByLabel('Tax pack to').fill(`${year}-12-31`);
  await dialog.getByRole('button', { name: 'Print the annual statement…' }).click();

  const statement = page.locator('article.statement');
  await expect(statement.getByRole('heading', { level: 1, name: 'Annual statement of platform income' })).toBeVisible({ timeout: 30_000 });
  await expect(statement.locator('.statement-period')).toHaveText(`1 January ${year} – 31 December ${year}`);
  // The print dialog was asked for once, and reopening the address will not ask again.
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(page.url()).not.toContain('/print');

  // The page's figures are the statement data's, and the Earnings page's gross, fees and net over the same days.
  const days = { from: `${year}-01-01`, to: `${year}-12-31` };
  const zone = 'America/Sao_Paulo';
  type Totals = { currency: string; rows: number; gross: string; fee: string; net: string; home: { net: string; valued_rows: number; missing_rows: number } };
  const data = (await api(page, 'statement', { ...days, tz: zone })) as unknown as { ok: true; value: { incomeTotals: Totals[]; balances: { currency: string; start: string; end: string }[] } };
  expect(data.ok).toBe(true);
  const plain = (text: string) => text.replace(/,/g, '').replace(/−/g, '-').trim();
  const shown = (await statement.getByRole('table', { name: 'Income per currency' }).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')))).map((r) => r.map(plain));
  expect(shown).toEqual(data.value.incomeTotals.map((t) => [t.currency, String(t.rows), t.gross, t.fee, t.net, t.home.valued_rows ? t.home.net : '—', String(t.home.missing_rows)]));
  expect(data.value.incomeTotals.map((t) => t.currency)).toContain('USDT');
  const earnings = (await api(page, 'earnings', { period: { preset: 'custom', ...days, compare: 'none' } })) as unknown as {
    value: { kpis: { currency: string; periodGross: { value: string }; periodFees: { value: string }; periodEarned: { value: string } }[] };
  };
  expect(data.value.incomeTotals.map((t) => [t.currency, t.gross, t.fee, t.net])).toEqual(
    earnings.value.kpis.filter((k) => data.value.incomeTotals.some((t) => t.currency === k.currency)).map((k) => [k.currency, k.periodGross.value, k.periodFees.value, k.periodEarned.value]),
  );
  const balances = (await statement.getByRole('table', { name: 'Balance on the platform' }).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')))).map((r) => r.map(plain));
  expect(balances.map((b) => [b[0], b[1], b[4]])).toEqual(data.value.balances.map((b) => [b.currency, b.start, b.end]));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'statement-page.png') });

  // Printed: the statement alone, on A4, each section from a new page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.nav')).toBeHidden();
  await expect(page.locator('.statement-actions')).toBeHidden();
  await expect(page.locator('.status-bar')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  fs.writeFileSync(path.join(SCREENSHOTS, 'statement-printed.pdf'), pdf);
  const pages = await pdfLines(pdf);
  const pageOf = (heading: string) => pages.findIndex((lines) => lines.some((l) => l.join(' ') === heading));
  const sections = ['Income per currency', 'Income per month and stream', 'Payouts (transfers, not income)', 'Balance on the platform', 'Rates'].map(pageOf);
  expect(sections[0]).toBe(0);
  for (let i = 1; i < sections.length; i++) expect(sections[i]).toBeGreaterThan(sections[i - 1]);
  expect(pages[0].map((l) => l.join(' ')).join('\n')).toContain('Annual statement of platform income');
  expect(pages.flat().map((l) => l.join(' '))).not.toContain('Earnings'); // no navigation
  const usdt = data.value.incomeTotals.find((t) => t.currency === 'USDT')!;
  expect(pages[0].map((l) => l.map(plain))).toContainEqual(['USDT', String(usdt.rows), usdt.gross, usdt.fee, usdt.net, usdt.home.valued_rows ? usdt.home.net : '—', String(usdt.home.missing_rows)]);
  expect(pages.at(-1)!.map((l) => l.join(' '))).toContain(`Creator Studio · annual statement · page ${pages.length} of ${pages.length}`);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'statement-print-media.png'), fullPage: true });
});
