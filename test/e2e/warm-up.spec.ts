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
    await expect(page.locator('#characters-table tbody tr').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: /Audience/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audience');
    await expect(page.locator('#audience-growth canvas')).toBeVisible();
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
    const again = calls.filter((c) => all.includes(c.method));
    expect(again.map((c) => c.method).sort()).toEqual([...all].sort());
    // Still one at a time: the dashboards kept drawn but hidden do not read for themselves.
    for (let i = 1; i < again.length; i++) expect(again[i].sentAt).toBeGreaterThanOrEqual(again[i - 1].doneAt!);
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

const nav = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name }).click();
const measures = (page: Page, dashboard: string) => page.evaluate((d) => performance.getEntriesByName(`dashboard:${d}`, 'measure').length, dashboard);

test('once loaded, every dashboard is drawn hidden; opening one shows those charts, with no read, and only it is reachable', async ({ page, served }) => {
  test.setTimeout(120_000);
  const platform = await startSamplePlatform({ scale: 'tiny' });
  try {
    await page.goto(served.url);
    await connectAndSync(page, platform);
    const calls = await openRecording(page, served.url);
    await expect(page.getByTestId('kpi-alltime-USDT')).toBeVisible();
    await expect(page.locator('.kept-page')).toHaveCount(5, { timeout: 20_000 });
    // Mark every canvas drawn so far: a chart created again would have a new one.
    const drawn = await page.locator('canvas').evaluateAll((canvases) => canvases.map((c) => ((c as HTMLCanvasElement & { kept?: boolean }).kept = true)).length);
    expect(drawn).toBeGreaterThanOrEqual(6); // Earnings 3, Characters 1, Audience 2; Plugins and Stories list tables
    calls.length = 0;

    for (const [name, label] of [['characters', /Characters/], ['plugins', /Plugins/], ['stories', /Stories/], ['audience', /Audience/], ['earnings', /Earnings/]] as const) {
      const before = await measures(page, name);
      await nav(page, label);
      // One page in the accessibility tree: the hidden ones are inert.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
      await expect(page.locator('h1')).toHaveCount(5);
      // The app marks it painted, as for a page drawn at the click (the renderer bench reads these).
      await expect.poll(() => measures(page, name)).toBe(before + 1);
      const shown = page.locator('.kept-page[data-active="true"] canvas');
      const canvases = await shown.evaluateAll((cs) =>
        (cs as (HTMLCanvasElement & { kept?: boolean })[]).map((c) => ({
          kept: c.kept === true,
          // Drawn for the box it shows in, though it was drawn while hidden.
          sized: c.clientWidth > 0 && c.width === Math.round(c.clientWidth * devicePixelRatio),
        })),
      );
      if (name !== 'plugins' && name !== 'stories') expect(canvases.length, name).toBeGreaterThan(0);
      expect(canvases.filter((c) => !c.kept || !c.sized), name).toEqual([]);
    }
    expect(calls.map((c) => c.method).filter((m) => m !== 'getStatus')).toEqual([]);

    // Each page opens where it was left (they share one scroller).
    const main = page.locator('#main');
    await main.evaluate((m) => (m.scrollTop = 600));
    await nav(page, /Characters/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
    expect(await main.evaluate((m) => m.scrollTop)).toBe(0);
    await nav(page, /Earnings/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Earnings');
    expect(await main.evaluate((m) => m.scrollTop)).toBe(600);

    // Nothing on a hidden page takes focus: the keyboard never lands there.
    const hidden = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('.kept-page[data-active="false"] :is(a[href], button, select, input, [tabindex])')];
      return { controls: controls.length, focused: controls.filter((c) => (c.focus(), document.activeElement === c)).length };
    });
    expect(hidden.controls).toBeGreaterThan(20);
    expect(hidden.focused).toBe(0);
  } finally {
    await platform.close();
  }
});

test('a dashboard kept hidden during a sync reads its data when shown again, and shows the new figures', async ({ page, served }) => {
  test.setTimeout(150_000);
  const platform = await startSamplePlatform({ scale: 'tiny' });
  try {
    await page.goto(served.url);
    await connectAndSync(page, platform);
    // Without the warm-up, only what was opened is kept, and nothing reads in the background after the sync.
    await page.evaluate(() => sessionStorage.setItem('creator-studio.no-warm', '1'));
    const calls = await openRecording(page, served.url);
    const allTime = page.getByTestId('kpi-alltime-USDT').locator('.kpi-value');
    const before = await allTime.getAttribute('data-exact');
    await nav(page, /Plugins/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plugins');
    await expect(page.locator('.kept-page')).toHaveCount(2);

    platform.advanceDay();
    calls.length = 0;
    await syncAndWait(page);
    // The page learns of the sync from the status, polled every 30 s when idle; Plugins is read again then.
    await expect.poll(() => calls.filter((c) => c.method === 'plugins' && c.doneAt !== null).length, { timeout: 45_000 }).toBe(1);
    await page.waitForTimeout(1_000);
    expect(calls.filter((c) => c.method === 'earnings')).toEqual([]);

    await nav(page, /Earnings/);
    await expect.poll(() => calls.filter((c) => c.method === 'earnings').length).toBe(1);
    const after = ((await api(page, 'earnings', { period: { preset: 'month' } })) as unknown as { value: { kpis: { currency: string; allTimeEarned: string }[] } }).value.kpis.find(
      (k) => k.currency === 'USDT',
    )!.allTimeEarned;
    expect(after).not.toBe(before);
    await expect(allTime).toHaveAttribute('data-exact', after);
  } finally {
    await platform.close();
  }
});
