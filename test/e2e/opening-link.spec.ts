import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, launchCli, test } from './fixtures';

// A program's arguments can be read by every user of the machine (ps, /proc/<pid>/cmdline), so the
// address handed to the browser opener must not carry the access token; it carries a one-time code.
test('the browser opener is handed a one-time code, never the access token, and the code opens the app once', async ({ browser }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-open-'));
  const bin = path.join(dir, 'bin');
  const record = path.join(dir, 'opener-args.txt');
  fs.mkdirSync(bin);
  // A stand-in for the desktop's opener that writes down the arguments it was started with.
  fs.writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${record}"\n`, { mode: 0o755 });
  const { url, child } = await launchCli(['demo', '--db', path.join(dir, 'demo.db')], {
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    DISPLAY: ':0',
    CI: '',
    CREATOR_STUDIO_NO_BROWSER: '',
    CREATOR_STUDIO_NO_ELECTRON: '1',
    CREATOR_STUDIO_HOME: dir,
  });
  try {
    const token = new URL(url).hash.replace('#token=', '');
    expect(token.length).toBeGreaterThanOrEqual(32);
    await expect.poll(() => fs.existsSync(record) && fs.readFileSync(record, 'utf8').length > 0).toBe(true);
    const args = fs.readFileSync(record, 'utf8').trim().split('\n');
    expect(args).toHaveLength(1);
    expect(args[0]).toMatch(new RegExp(`^${new URL(url).origin}/#code=[\\w-]{20,}$`));
    expect(args[0]).not.toContain(token);

    const first = await browser.newContext();
    const page = await first.newPage();
    await page.goto(args[0]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Earnings');
    await expect(page.locator('#earnings-kpis')).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('creator-studio.access'))).toBe(token);
    expect(page.url()).not.toContain('code=');

    // While here: the custom range's inputs carry the bounds the API accepts, and a remembered period
    // that no longer validates (saved before those bounds) opens the page on its default instead.
    const saved = page.waitForResponse('**/api/savePeriod');
    await page.getByRole('group', { name: 'Period' }).first().getByRole('combobox').first().selectOption('custom');
    await saved;
    const from = page.getByLabel('From', { exact: true }).first();
    await expect(from).toHaveAttribute('min', '2000-01-01');
    await expect(page.getByLabel('To', { exact: true }).first()).toHaveAttribute('max', '2099-12-31');
    const db = new Database(path.join(dir, 'demo.db'));
    db.prepare(`INSERT INTO settings (key, value) VALUES ('periods', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(JSON.stringify({ earnings: { preset: 'custom', from: '2026-10-10', to: '9999-12-31' } }));
    db.close();
    await page.reload();
    await expect(page.getByRole('group', { name: 'Period' }).first().getByRole('combobox').first()).toHaveValue('month');
    await expect(page.locator('#earnings-kpis')).toBeVisible();
    await first.close();

    // Someone who read the code from the process list afterwards gets nothing.
    const second = await browser.newContext();
    const late = await second.newPage();
    await late.goto(args[0]);
    await expect(late.getByText(/has no access to Creator Studio/).first()).toBeVisible();
    expect(await late.evaluate(() => sessionStorage.getItem('creator-studio.access'))).toBeNull();
    await second.close();
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
