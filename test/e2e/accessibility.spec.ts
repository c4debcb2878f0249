import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { api, expect, launchSettledDemo, test } from './fixtures';

// axe-core on every page, and on the states that change a page, in both themes, on demo data. Any
// critical or serious violation fails; moderate and minor ones are printed with the counts.
test.describe.configure({ mode: 'serial' });
let demo: { url: string; child: ChildProcess; dir: string; ids: { character: string; other: string; plugin: string; story: string } };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-a11y-'));
  const file = path.join(dir, 'demo.db');
  const { url, child } = await launchSettledDemo(['--db', file], { CREATOR_STUDIO_NO_ELECTRON: '1', CREATOR_STUDIO_HOME: dir });
  const db = new Database(file, { readonly: true });
  const first = (table: string) => db.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 2`).pluck().all() as string[];
  const [character, other] = first('characters');
  demo = { url, child, dir, ids: { character, other, plugin: first('plugins')[0], story: first('stories')[0] } };
  db.close();
});

test.afterAll(async () => {
  demo.child.kill('SIGTERM');
  await new Promise((r) => demo.child.once('exit', r));
  fs.rmSync(demo.dir, { recursive: true, force: true });
});

interface State {
  name: string;
  route: string;
  /** Brings the page into the state to check, once it has drawn. */
  act?: (page: Page) => Promise<void>;
}

const STATES: State[] = [
  { name: 'earnings', route: 'earnings' },
  {
    name: 'earnings, payout expanded',
    route: 'earnings',
    act: async (page) => {
      const history = page.getByRole('table', { name: 'Payout history' });
      await history.getByRole('button', { name: /^Show the sources of payout/ }).first().click({ timeout: 10_000 });
      await expect(history.getByRole('table').first()).toBeVisible();
    },
  },
  {
    name: 'earnings, tax pack open',
    route: 'earnings',
    act: async (page) => {
      await page.getByRole('button', { name: 'Tax pack…' }).click({ timeout: 10_000 });
      await expect(page.getByRole('heading', { name: 'Tax pack' })).toBeVisible();
    },
  },
  { name: 'characters', route: 'characters' },
  {
    name: 'characters, a chart as a table and the Columns menu open',
    route: 'characters',
    act: async (page) => {
      await page.locator('#characters-quadrant').getByRole('button', { name: /^Show as table/ }).click({ timeout: 10_000 });
      await expect(page.locator('#characters-quadrant').getByRole('table')).toBeVisible();
      await page.locator('#characters-table').getByRole('button', { name: /^Columns/ }).click();
      await expect(page.locator('#characters-table').getByRole('checkbox').first()).toBeVisible();
    },
  },
  { name: 'character page', route: 'characters/{character}' },
  {
    name: 'character page, its events listed and a note being added',
    route: 'characters/{character}',
    act: async (page) => {
      const overTime = page.locator('#characters-over-time');
      // All time: the character's creation and its greeting edit are on its charts.
      await page.getByRole('group', { name: 'Period' }).getByRole('combobox').first().selectOption('all', { timeout: 10_000 });
      await overTime.getByRole('button', { name: /events? on these days/ }).click({ timeout: 10_000 });
      await expect(overTime.getByTestId('event-item').first()).toBeVisible();
      await overTime.getByRole('button', { name: 'Add a note…' }).click();
      await expect(page.getByTestId('note-form')).toBeVisible();
    },
  },
  {
    name: 'earnings, a before/after open',
    route: 'earnings',
    act: async (page) => {
      const overTime = page.locator('#earnings-over-time');
      await page.getByRole('group', { name: 'Period' }).getByRole('combobox').first().selectOption('year', { timeout: 10_000 });
      await overTime.getByRole('button', { name: /events? on these days/ }).click({ timeout: 10_000 });
      await overTime.getByRole('button', { name: /^Before \/ after/ }).first().click();
      await expect(overTime.getByTestId('before-after').getByRole('table')).toBeVisible();
    },
  },
  { name: 'compare', route: `characters/compare/{character}/{other}` },
  { name: 'plugins', route: 'plugins' },
  { name: 'plugin page', route: 'plugins/{plugin}' },
  { name: 'stories', route: 'stories' },
  { name: 'story page', route: 'stories/{story}' },
  { name: 'audience', route: 'audience' },
  {
    name: 'audience, Today (no stats yet)',
    route: 'audience',
    act: async (page) => {
      await page.getByRole('group', { name: 'Period' }).getByRole('combobox').first().selectOption('today', { timeout: 10_000 });
      await expect(page.getByRole('button', { name: /^Show the last complete day/ })).toBeVisible();
    },
  },
  { name: 'weekly review', route: 'review' },
  { name: 'monthly review', route: 'review/month' },
  { name: 'settings', route: 'settings' },
  {
    name: 'settings with an error',
    route: 'settings',
    act: async (page) => {
      await page.getByLabel('Platform URL').fill('http://127.0.0.1:9', { timeout: 10_000 });
      await page.getByLabel('API token').fill('tok_some_token_123');
      await page.getByRole('button', { name: 'Use my account' }).click({ timeout: 10_000 });
      await expect(page.getByLabel('Platform URL')).toHaveAttribute('aria-invalid', 'true');
    },
  },
];

function routeOf(state: State): string {
  return state.route.replace(/\{(\w+)\}/g, (_, k: keyof typeof demo.ids) => encodeURIComponent(demo.ids[k]));
}

async function scan(browser: Browser, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(demo.url);
  await expect(page.locator('#earnings-kpis')).toBeVisible();
  // One page in the document at a time: the warm-up would draw the other dashboards hidden beside it.
  await page.evaluate(() => sessionStorage.setItem('creator-studio.no-warm', '1'));
  // A state may change a remembered period (Today): each scan starts from the default.
  await api(page, 'savePeriod', { dashboard: 'audience', period: { preset: 'month' } });
  // Reported in a zone ahead of UTC, Today never has published stats, whatever the hour (in São Paulo
  // it has them until 03:00 UTC), so the "no stats yet" state is always there to scan.
  await api(page, 'saveSettings', { timezone: 'Asia/Tokyo' });
  const rows: { state: string; serious: string[]; moderate: string[]; seriousNodes: number; moderateNodes: number }[] = [];
  for (const state of STATES) {
    await page.goto(`${new URL(demo.url).origin}/#/${routeOf(state)}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const acted = await state.act?.(page).then(
      () => null,
      (error: Error) => `could not reach this state: ${error.message.split('\n')[0]}`,
    );
    // Kept pages are hidden (inert, content-visibility): axe looks at the page on screen.
    const t0 = Date.now();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const of = (impacts: string[]) => result.violations.filter((v) => impacts.includes(v.impact ?? ''));
    const describe = (impacts: string[]) => of(impacts).map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
    const nodes = (impacts: string[]) => of(impacts).reduce((n, v) => n + v.nodes.length, 0);
    console.log(`axe ${colorScheme} · ${state.name}: scanned in ${Date.now() - t0} ms`);
    rows.push({
      state: state.name,
      serious: [...(acted ? [acted] : []), ...describe(['critical', 'serious'])],
      moderate: describe(['moderate', 'minor']),
      seriousNodes: nodes(['critical', 'serious']),
      moderateNodes: nodes(['moderate', 'minor']),
    });
  }
  await context.close();
  return rows;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no critical or serious accessibility violation on any page or state, ${scheme}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const rows = await scan(browser, scheme);
    for (const r of rows)
      console.log(
        `axe ${scheme} · ${r.state}: ${r.seriousNodes} serious/critical nodes (${r.serious.length} rules), ${r.moderateNodes} moderate/minor nodes (${r.moderate.length} rules)${[...r.serious, ...r.moderate].map((l) => `\n    ${l}`).join('')}`,
      );
    expect(rows.filter((r) => r.serious.length > 0).map((r) => `${r.state}: ${r.serious.join('; ')}`)).toEqual([]);
  });
}
