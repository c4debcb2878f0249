import path from 'node:path';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { expect, SCREENSHOTS, test } from './fixtures';

test('the shell shows the five dashboards, Review and Settings, reachable by keyboard', async ({ page, served }) => {
  await page.goto(served.url);
  const nav = page.getByRole('navigation', { name: 'Dashboards' });
  const links = nav.getByRole('link');
  await expect(links).toHaveText([/Earnings/, /Characters/, /Plugins/, /Stories/, /Audience/, /Review/, /Settings/]);
  await expect(page.getByRole('heading', { name: 'Connect your platform account' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Never synced');
  // The access token leaves the address bar once the page has it.
  expect(page.url()).not.toContain('token=');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-empty-light.png') });

  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/characters$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
});

test('settings keep the platform URL and timezone and never show the token', async ({ page, served }) => {
  const platform = await startSamplePlatform({ scale: 'tiny', token: 'tok_live_abcdef123456' });
  try {
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: /Settings/ }).click();
    await page.getByLabel('Platform URL').fill(platform.url);
    await page.getByLabel('API token').fill('tok_live_abcdef123456');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText(/A token is kept in memory/)).toBeVisible();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/saveSettings') && r.ok());
    await page.getByLabel(/Reporting timezone/).fill('Europe/Berlin');
    await saved;
    await page.reload();
    await expect(page.getByLabel('Platform URL')).toHaveValue(platform.url);
    await expect(page.getByLabel(/Reporting timezone/)).toHaveValue('Europe/Berlin');
    await expect(page.getByLabel('API token')).toHaveValue('');
    expect(await page.content()).not.toContain('tok_live_abcdef123456');
    await expect(page.getByRole('status')).toContainText('Times in Europe/Berlin');
  } finally {
    await platform.close();
  }
});

test('dark theme follows the OS', async ({ browser, served }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(served.url);
  await expect(page.getByRole('navigation', { name: 'Dashboards' })).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 20, 27)');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-empty-dark.png') });
  await context.close();
});

test('the reporting timezone is found by typing part of its name, offers UTC first, and refuses what is no zone', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: /Settings/ }).click();
  const field = page.getByRole('combobox', { name: /Reporting timezone/ });
  await expect(field).toHaveValue('');
  // The suggestions: every zone the system knows, UTC first (Intl's own list leaves it out).
  const options = page.locator(`datalist#${await field.getAttribute('list').then((l) => l!.replace(/:/g, '\\:'))} option`);
  await expect(options.first()).toHaveAttribute('value', 'UTC');
  expect(await options.count()).toBeGreaterThan(300);
  expect(await options.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter((v) => v.toLowerCase().includes('berl')))).toEqual(['Europe/Berlin']);

  // Typed in any case, by keyboard only: a whole zone name is taken as its last letter is typed, Enter or not.
  await field.focus();
  let saved = page.waitForResponse((r) => r.url().endsWith('/api/saveSettings') && r.ok());
  await page.keyboard.type('utc');
  await page.keyboard.press('Enter');
  await saved;
  await expect(field).toHaveValue('UTC');
  await expect(page.getByRole('status')).toContainText('Times in UTC');

  await field.fill('Atlantis/Capital');
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('is not a timezone');
  await page.reload();
  await expect(page.getByRole('combobox', { name: /Reporting timezone/ })).toHaveValue('UTC');

  // Emptied, it falls back to the creator profile's zone.
  saved = page.waitForResponse((r) => r.url().endsWith('/api/saveSettings') && r.ok());
  await page.getByRole('combobox', { name: /Reporting timezone/ }).fill('');
  await page.keyboard.press('Enter');
  await saved;
  await page.reload();
  await expect(page.getByRole('combobox', { name: /Reporting timezone/ })).toHaveValue('');
});
