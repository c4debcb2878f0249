import type { Page } from '@playwright/test';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { api, connectAndSync, expect, syncAndWait, test } from './fixtures';

interface Call {
  method: string;
  body: unknown;
  sentAt: number;
  doneAt: number | null;
}

/**
 * Every API call of the app opened at `url` from a blank page (the document before, whose own warm-up
 * may still be reading, is gone first), with when it was sent and when its answer was read. The access
 * token stays in the tab's sessionStorage.
 */
async function openRecording(page: Page, url: string): Promise<Call[]> {
  await page.goto('about:blank');
  const calls = recordCalls(page);
  await page.goto(url);
  return calls;
}

function recordCalls(page: Page): Call[] {
  const calls: Call[] = [];
  const byRequest = new Map<unknown, Call>();
  page.on('request', (r) => {
    const method = /\/api\/(\w+)$/.exec(r.url())?.[1];
    if (!method) return;
    const call = { method, body: r.postDataJSON(), sentAt: Date.now(), doneAt: null };
    calls.push(call);
    byRequest.set(r, call);
  });
  page.on('requestfinished', (r) => {
    const call = byRequest.get(r);
    if (call) call.doneAt = Date.now();
  });
  return calls;
}

const WARMED = ['characters', 'plugins', 'stories', 'audience', 'insights', 'review'];

test('the other dashboards load in the background after the first has painted, and again after a sync', async ({ page, served }) => {
  test.setTimeout(150_000);
  const platform = await startSamplePlatform({ scale: 'tiny' });
  try {
    await page.goto(served.url);
    await connectAndSync(page, platform);
    expect((await api(page, 'savePeriod', { dashboard: 'plugins', period: { preset: 'year' } })).ok).toBe(true);

    const calls = await openRecording(page, served.url);
    await expect(page.getByTestId('kpi-alltime-USDT')).toBeVisible();
    await expect.poll(() => WARMED.filter((m) => calls.some((c) => c.method === m && c.doneAt !== null)), { timeout: 20_000 }).toEqual(WARMED);

    // The page's own read came first and was answered before any background read began, and those ran one at a time.
    const earnings = calls.find((c) => c.method === 'earnings')!;
    const background = calls.filter((c) => WARMED.includes(c.method));
    expect(background.every((c) => c.sentAt >= earnings.doneAt!)).toBe(true);
    for (let i = 1; i < background.length; i++) expect(background[i].sentAt).toBeGreaterThanOrEqual(background[i - 1].doneAt!);
    // Each dashboard for its own remembered period.
    expect(background.find((c) => c.method === 'plugins')!.body).toEqual({ period: { preset: 'year' } });
    expect(background.find((c) => c.method === 'characters')!.body).toEqual({ period: { preset: 'month' } });
    expect(background.find((c) => c.method === 'review')!.body).toEqual({ cadence: 'week' });

    // Opening a dashboard draws what was loaded: no read at the click.
    calls.length = 0;
    await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: /Characters/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
    await expect(page.locator('#table tbody tr').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: /Audience/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audience');
    await expect(page.locator('#growth canvas')).toBeVisible();
    await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: /Review/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
    await expect(page.getByTestId('review-item-earnings-trend').getByTestId('metric-earned-USDT')).toContainText('USDT');
    expect(calls.map((c) => c.method)).toEqual([]);

    // A sync that wrote rows makes every dashboard stale: the one on screen is read again, and so, unvisited,
    // are the others, once each (the status, polled every 30 s when idle, is how the page learns of the sync).
    platform.advanceDay();
    await syncAndWait(page);
    const all = ['earnings', ...WARMED];
    await expect.poll(() => all.filter((m) => calls.some((c) => c.method === m && c.doneAt !== null)), { timeout: 45_000 }).toEqual(all);
    await page.waitForTimeout(1_000);
    expect(calls.filter((c) => all.includes(c.method)).map((c) => c.method).sort()).toEqual([...all].sort());
  } finally {
    await platform.close();
  }
});

test('the opening dashboard is read once, for its remembered period, before the page first renders', async ({ page, served }) => {
  await page.goto(served.url);
  expect((await api(page, 'savePeriod', { dashboard: 'plugins', period: { preset: 'year' } })).ok).toBe(true);
  const calls = await openRecording(page, `${new URL(served.url).origin}/#/plugins`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plugins');
  await expect.poll(() => calls.some((c) => c.method === 'getStatus')).toBe(true);
  // The status bar asks for the status on the first render: the dashboard's read left before it.
  const order = calls.map((c) => c.method).filter((m) => ['getSettings', 'plugins', 'getStatus'].includes(m));
  expect(order.slice(0, 3)).toEqual(['getSettings', 'plugins', 'getStatus']);
  expect(calls.filter((c) => c.method === 'plugins').map((c) => c.body)).toEqual([{ period: { preset: 'year' } }]);
});
