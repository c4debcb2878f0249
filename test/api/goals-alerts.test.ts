// Goals and alert switches through the StudioApi, as the Settings page saves them, and the alerts'
// two methods: the list not read yet, and reading some.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { tempDbFile } from '../helpers/tmp';

let studio: Studio;
beforeAll(async () => {
  studio = await openStudio(tempDbFile(), { mode: 'browser', now: () => new Date('2026-12-07T12:00:00Z') });
});
afterAll(() => studio.close());

describe('goals', () => {
  it('are kept per currency as the app prints money, each save replacing the last', async () => {
    const saved = await dispatch(studio, 'saveSettings', { goals: { USDT: '1,500', CREDITS: '250.5' } });
    expect(saved).toMatchObject({ ok: true, value: { goals: { USDT: '1500.00', CREDITS: '250.50' } } });
    const again = await dispatch(studio, 'saveSettings', { goals: { USDT: '2000' } });
    expect(again).toMatchObject({ ok: true, value: { goals: { USDT: '2000.00' } } });
    expect(((await dispatch(studio, 'getSettings', {})) as { value: { goals: unknown } }).value.goals).toEqual({ USDT: '2000.00' });
  });

  it('refuses a goal that is not an amount above zero, and keeps the saved ones', async () => {
    for (const bad of ['0', '-5', 'lots', '1.1234567', '']) {
      const answer = await dispatch(studio, 'saveSettings', { goals: { USDT: bad } });
      expect(answer, bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await dispatch(studio, 'saveSettings', { goals: { usdt: '5' } })).toMatchObject({ ok: false });
    expect(((await dispatch(studio, 'getSettings', {})) as { value: { goals: unknown } }).value.goals).toEqual({ USDT: '2000.00' });
  });
});

describe('alerts', () => {
  it('switches change one at a time; the others stay', async () => {
    const s = await dispatch(studio, 'saveSettings', { alerts: { hideAmounts: true } });
    expect(s).toMatchObject({ ok: true, value: { alerts: { payouts: true, syncFailing: true, weeklyReview: true, insights: true, hideAmounts: true } } });
    const t = await dispatch(studio, 'saveSettings', { alerts: { weeklyReview: false } });
    expect(t).toMatchObject({ ok: true, value: { alerts: { weeklyReview: false, hideAmounts: true } } });
    await dispatch(studio, 'saveSettings', { alerts: { weeklyReview: true } });
  });

  it('lists the review of the week just ended until it is read, then never again', async () => {
    const first = (await dispatch(studio, 'alerts', {})) as { ok: true; value: { id: string }[] };
    expect(first.value.map((a) => a.id)).toEqual(['weekly-review:2026-W49']);
    const left = await dispatch(studio, 'readAlerts', { ids: ['weekly-review:2026-W49'] });
    expect(left).toEqual({ ok: true, value: [] });
    expect(await dispatch(studio, 'alerts', {})).toEqual({ ok: true, value: [] });
    expect(await dispatch(studio, 'readAlerts', { ids: [] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
