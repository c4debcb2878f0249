import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { clockFromEnv, openStudio, type Studio } from '../../electron/core/studio';
import { tempDbFile } from '../helpers/tmp';

let studio: Studio | null = null;
afterEach(() => studio?.close());

describe('a pinned clock (CREATOR_STUDIO_NOW, for the benchmarks)', () => {
  it('is absent without the variable, and refuses what is not an instant', () => {
    expect(clockFromEnv(undefined)).toBeUndefined();
    expect(clockFromEnv('')).toBeUndefined();
    expect(() => clockFromEnv('next tuesday')).toThrow(/CREATOR_STUDIO_NOW must be an ISO instant/);
  });

  it('sets the day the periods are resolved from', async () => {
    studio = await openStudio(tempDbFile(), { mode: 'browser', now: clockFromEnv('2026-11-22T21:00:00Z') });
    const result = await dispatch(studio, 'earnings', { period: { preset: 'week' } });
    if (!result.ok) throw new Error(result.error.message);
    const { period } = result.value as { period: { current: { from: string; to: string }; previous: { from: string; to: string } } };
    // The reporting zone of a new database is UTC: the week is the 7 days ending on the 22nd.
    expect(period.current).toMatchObject({ from: '2026-11-16', to: '2026-11-22' });
    expect(period.previous).toMatchObject({ from: '2026-11-09', to: '2026-11-15' });
  });
});
