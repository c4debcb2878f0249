import type { Page } from '@playwright/test';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { expect, test } from './fixtures';

/** Calls the served API as the page does (any caller but the page's own sync button stands for the schedule). */
async function api(page: Page, method: string, input: unknown): Promise<{ ok: boolean }> {
  return page.evaluate(
    async ([m, i]) => {
      const r = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('creator-studio.access') ?? ''}` },
        body: JSON.stringify(i),
      });
      return r.json();
    },
    [method, input] as const,
  );
}

async function syncAndWait(page: Page): Promise<void> {
  const started = await api(page, 'startSync', {});
  expect(started, JSON.stringify(started)).toMatchObject({ ok: true });
  const status = async () => ((await api(page, 'getStatus', {})) as unknown as { value: { syncing: unknown; lastSync: { status: string } | null } }).value;
  await expect.poll(async () => (await status()).syncing, { timeout: 60_000 }).toBeNull();
  expect((await status()).lastSync?.status).toBe('ok');
}

test('a sync started elsewhere (the schedule) refreshes the open dashboard without a click', async ({ page, served }) => {
  test.setTimeout(120_000);
  const platform = await startSamplePlatform({ scale: 'tiny' });
  try {
    await page.goto(served.url);
    expect((await api(page, 'saveSettings', { platformUrl: platform.url })).ok).toBe(true);
    expect((await api(page, 'setToken', { token: platform.token, allowPlainText: true })).ok).toBe(true);
    await syncAndWait(page);
    await page.reload();
    const allTime = page.getByTestId('kpi-alltime-USDT').locator('.kpi-value');
    await expect(allTime).toBeVisible();
    const before = await allTime.getAttribute('data-exact');

    // A new day on the platform, synced without touching the page: the figure must move by itself.
    platform.advanceDay();
    await syncAndWait(page);
    const after = ((await api(page, 'earnings', { period: { preset: 'all' } })) as unknown as { value: { kpis: { currency: string; allTimeEarned: string }[] } }).value.kpis.find(
      (k) => k.currency === 'USDT',
    )!.allTimeEarned;
    expect(after).not.toBe(before);
    // The status is polled every 30 s when idle; the page has that long to notice.
    await expect(allTime).toHaveAttribute('data-exact', after, { timeout: 40_000 });
  } finally {
    await platform.close();
  }
});
