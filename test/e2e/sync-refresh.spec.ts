import { startSamplePlatform } from '../../electron/sample-platform/index';
import { api, connectAndSync, expect, syncAndWait, test } from './fixtures';

test('a sync started elsewhere (the schedule) refreshes the open dashboard without a click', async ({ page, served }) => {
  test.setTimeout(120_000);
  const platform = await startSamplePlatform({ scale: 'tiny' });
  try {
    await page.goto(served.url);
    await connectAndSync(page, platform);
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
