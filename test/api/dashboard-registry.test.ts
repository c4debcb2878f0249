// The dashboard registry (db/dashboards.ts) against the running StudioApi: every dashboard it lists
// answers its own method, every page it lists remembers its period, and every table it names on a
// page, an item's page or a comparison exports as CSV, while a page it does not list is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARDS, DATA_PAGES } from '../../db/dashboards';
import { dispatch } from '../../electron/api/dispatch';
import type { FileResult } from '../../electron/api/types';
import type { Studio } from '../../electron/core/studio';
import { syncedStudio } from '../helpers/studio';

let studio: Studio;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ studio, close } = await syncedStudio({ scale: 'tiny', today: '2026-11-22', now: '2026-11-22T18:00:00Z' }));
}, 60_000);
afterAll(() => close());

const period = { preset: 'last_month' } as const;

async function value<T>(method: string, input: unknown): Promise<T> {
  const answer = await dispatch(studio, method, input);
  if (!answer.ok) throw new Error(`${method} ${JSON.stringify(input)}: ${answer.error.message}`);
  return answer.value as T;
}

/** The CSV's header row, after the byte-order mark. */
async function exportedHeader(input: Record<string, unknown>): Promise<string> {
  const file = await value<FileResult>('exportTable', { period, ...input });
  return (file.content ?? '').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
}

describe('the dashboard registry', () => {
  it('lists the five dashboards in the navigation’s order, then the review', () => {
    expect(DASHBOARDS.map((d) => d.title)).toEqual(['Earnings', 'Characters', 'Plugins', 'Stories', 'Audience']);
    expect(DATA_PAGES.map((p) => p.id)).toEqual(['earnings', 'characters', 'plugins', 'stories', 'audience', 'review']);
  });

  it('names a method for each dashboard, which answers with the dashboard for the period asked', async () => {
    for (const d of DASHBOARDS) {
      const payload = await value<{ period: { current: { from: string; to: string } } }>(d.id, { period });
      expect(payload.period.current, d.id).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    }
  });

  it('remembers a period for each page it lists, and for no other page', async () => {
    for (const p of DATA_PAGES) await value('savePeriod', { dashboard: p.id, period: { preset: 'year', compare: 'none' } });
    const settings = await value<{ periods: Record<string, unknown> }>('getSettings', {});
    expect(Object.keys(settings.periods).sort()).toEqual(['audience', 'characters', 'earnings', 'plugins', 'review', 'stories']);
    expect(await dispatch(studio, 'savePeriod', { dashboard: 'settings', period })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(studio, 'characters', { period, id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('exports every table it names on each page', async () => {
    for (const p of DATA_PAGES)
      for (const table of p.tables) expect(await exportedHeader({ dashboard: p.id, table }), `${p.id}/${table}`).toMatch(/^\w/);
  }, 60_000);

  it('exports every table it names on an item’s page and on a comparison', async () => {
    const items = {
      characters: (await value<{ characters: { id: string }[] }>('characters', { period })).characters.map((c) => c.id),
      plugins: (await value<{ plugins: { id: string }[] }>('plugins', { period })).plugins.map((p) => p.id),
      stories: (await value<{ stories: { id: string }[] }>('stories', { period })).stories.map((s) => s.id),
    };
    for (const d of DASHBOARDS) {
      if (!('itemTables' in d)) continue;
      const ids = items[d.id];
      expect(ids.length, d.id).toBeGreaterThan('compareTables' in d ? 1 : 0);
      for (const table of d.itemTables) expect(await exportedHeader({ dashboard: d.id, table, id: ids[0] }), `${d.id}/${table}`).toMatch(/^\w/);
      if ('compareTables' in d)
        for (const table of d.compareTables) expect(await exportedHeader({ dashboard: d.id, table, id: JSON.stringify(ids.slice(0, 2)) }), `${d.id}/${table}`).toMatch(/^metric,unit,/);
    }
  }, 60_000);
});
