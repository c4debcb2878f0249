import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { expect, launchCli, SCREENSHOTS, test } from './fixtures';

// Connecting an account from the demo, tried the way a new user would: every failure is said beside
// the field at fault, and the demo's dashboards are still there afterwards.
test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string };
let account: SamplePlatform;
let notPlatform: http.Server;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-connect-'));
  const { url, child } = await launchCli(['demo', '--db', path.join(dir, 'demo.db')], { CREATOR_STUDIO_NO_ELECTRON: '1', CREATOR_STUDIO_HOME: dir });
  demo = { url, child, dir };
  account = await startSamplePlatform({ scale: 'tiny', seed: 11, today: '2026-11-22', token: 'tok_creator_own_1234' });
  notPlatform = http.createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><h1>My blog</h1>'));
  await new Promise<void>((resolve) => notPlatform.listen(0, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  await account.close();
  await new Promise((r) => notPlatform.close(r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

async function tryConnect(page: Page, url: string, token: string) {
  await page.goto(`${new URL(demo.url).origin}/#/settings`);
  await page.getByLabel('Platform URL').fill(url);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Use my account' }).click();
}

/** The demo's Earnings page still draws its figures. */
async function expectDemoDashboards(page: Page) {
  await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: /Earnings/ }).click();
  await expect(page.locator('#earnings-kpis')).toBeVisible();
  await expect(page.getByText('Nothing synced yet')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: /Settings/ }).click();
  await expect(page.getByRole('heading', { name: 'You are looking at demo data' })).toBeVisible();
}

test('a dead port, a server that is not the platform, a wrong token: each said beside its field, the demo kept', async ({ page }) => {
  await page.goto(demo.url);
  const dead = http.createServer();
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
  const deadPort = (dead.address() as AddressInfo).port;
  await new Promise((r) => dead.close(r));

  await tryConnect(page, `http://127.0.0.1:${deadPort}`, 'tok_creator_own_1234');
  const url = page.getByLabel('Platform URL');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(`Nothing answers at 127.0.0.1:${deadPort}. Check the address and your internet connection.`);
  await expect(page.getByText('Nothing changed: the demo data is still here.')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'connect-dead-port-light.png') });
  await expectDemoDashboards(page);

  await tryConnect(page, `http://127.0.0.1:${(notPlatform.address() as AddressInfo).port}`, 'tok_creator_own_1234');
  await expect(page.getByLabel('Platform URL')).toHaveAccessibleDescription(/answers, but not as the creator platform/);
  await expectDemoDashboards(page);

  await tryConnect(page, account.url, 'tok_wrong_00000000');
  const token = page.getByLabel('API token');
  await expect(token).toHaveAttribute('aria-invalid', 'true');
  await expect(token).toHaveAccessibleDescription(/The platform refused this token \(401\)/);
  await expect(page.getByLabel('Platform URL')).not.toHaveAttribute('aria-invalid', 'true');
  await expectDemoDashboards(page);

  await tryConnect(page, account.url, 'short');
  await expect(page.getByLabel('API token')).toHaveAccessibleDescription(/^API token: this is too short to be a token/);
  await expectDemoDashboards(page);
});

test('a good token moves the app onto the account; Settings offers the way back to the demo', async ({ page }) => {
  await page.goto(demo.url);
  await tryConnect(page, account.url, 'tok_creator_own_1234');
  await expect(page.getByRole('heading', { name: 'Platform account' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('Platform URL')).toHaveValue(account.url);
  await expect(page.getByRole('status')).toContainText(/Synced|Syncing/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-account-light.png'), fullPage: true });

  await page.getByRole('button', { name: 'Show the demo data' }).click();
  await expect(page.getByRole('heading', { name: 'You are looking at demo data' })).toBeVisible({ timeout: 20_000 });
  await expectDemoDashboards(page);
  expect(fs.existsSync(path.join(demo.dir, 'studio.db'))).toBe(true);
});
