// Inputs that once hung the app or crashed a handler: days past year 9999, a saved period that no
// longer validates, and table names that are properties of every JavaScript object.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSettings } from '../../db/queries/settings';
import { daysOf } from '../../db/time/days';
import { dispatch } from '../../electron/api/dispatch';
import { FIRST_DAY, LAST_DAY } from '../../db/date-bounds';
import type { Studio } from '../../electron/core/studio';
import { syncedStudio } from '../helpers/studio';
import { exportRange } from '../../electron/export/range';

let studio: Studio;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ studio, close } = await syncedStudio({ scale: 'tiny', today: '2026-11-22', now: '2026-11-22T18:00:00Z' }));
}, 60_000);
afterAll(() => close());

const DASHBOARDS = ['earnings', 'characters', 'plugins', 'stories', 'audience'] as const;

describe('days are bounded at the boundary', () => {
  it('refuses a period, a comparison or a tax pack that names a day outside 2000–2099, saying the bounds', async () => {
    const far = { preset: 'custom', from: '2026-10-10', to: '9999-12-31' };
    for (const dashboard of DASHBOARDS) {
      const answer = await dispatch(studio, dashboard, { period: far });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(`a date from ${FIRST_DAY} to ${LAST_DAY}`) } });
    }
    expect(await dispatch(studio, 'savePeriod', { dashboard: 'earnings', period: far })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(studio, 'earnings', { period: { preset: 'month', compare: { from: '1999-12-31', to: '2000-01-30' } } })).toMatchObject({ ok: false });
    expect(await dispatch(studio, 'taxPack', { from: '2026-01-01', to: '2100-01-01', tz: 'UTC' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(() => exportRange('2026-01-01', '9999-12-31', 'UTC')).toThrow(/9999-12-31 is out of range: use a date from 2000-01-01 to 2099-12-31/);
  });

  it('refuses a day that no calendar has, rather than reading 30 February as 2 March', async () => {
    const answer = await dispatch(studio, 'earnings', { period: { preset: 'custom', from: '2026-02-30', to: '2026-03-05' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(answer)).toContain('not a real date');
    expect((await dispatch(studio, 'earnings', { period: { preset: 'custom', from: '2024-02-29', to: '2024-03-05' } })).ok).toBe(true);
  });

  it('answers every dashboard over the widest period it accepts', async () => {
    const widest = { preset: 'custom', from: FIRST_DAY, to: LAST_DAY };
    for (const dashboard of DASHBOARDS) {
      const answer = await dispatch(studio, dashboard, { period: widest });
      expect(answer.ok, `${dashboard}: ${JSON.stringify(answer).slice(0, 200)}`).toBe(true);
    }
    expect((await dispatch(studio, 'exportTable', { dashboard: 'earnings', table: 'sources', period: widest })).ok).toBe(true);
  }, 60_000);

  it('steps over the days of a range by instant, so even a range at year 9999 ends', () => {
    expect(daysOf({ from: '9999-12-30', to: '9999-12-31' })).toEqual(['9999-12-30', '9999-12-31']);
    expect(daysOf({ from: '2024-02-28', to: '2024-03-01' })).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysOf({ from: '2026-11-23', to: '2026-11-22' })).toEqual([]);
  });

  it('opens a page on its default period when its saved one no longer validates', async () => {
    const good = { preset: 'last_month', compare: 'none' };
    writeSettings(studio.db, { periods: { earnings: { preset: 'custom', from: '2026-10-10', to: '9999-12-31' }, characters: good, plugins: 'junk' } });
    const settings = await dispatch(studio, 'getSettings', {});
    expect(settings).toMatchObject({ ok: true });
    expect(settings.ok && settings.value).toMatchObject({ periods: { characters: good } });
    expect(Object.keys((settings.ok && (settings.value as { periods: object }).periods) || {})).toEqual(['characters']);
  });
});

describe('exportTable names a table of the page, nothing else', () => {
  it('answers not_found, typed, for names every object carries', async () => {
    for (const table of ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof']) {
      for (const dashboard of [...DASHBOARDS, 'review'] as const) {
        const answer = await dispatch(studio, 'exportTable', { dashboard, table, period: { preset: 'month' } });
        expect(answer, `${dashboard}/${table}`).toMatchObject({ ok: false, error: { code: 'not_found', message: `There is no table "${table}" on the ${dashboard} page.` } });
      }
    }
    const character = await dispatch(studio, 'exportTable', { dashboard: 'characters', table: 'constructor', period: { preset: 'month' }, id: 'x' });
    expect(character).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 60_000);
});
