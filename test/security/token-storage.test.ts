import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import type { PlatformToken, SecretStore } from '../../electron/secrets/store';
import { tempDbFile } from '../helpers/tmp';

/** A store like Electron's safeStorage on Linux without a keyring (the 'basic_text' backend). */
class PlainTextStore implements SecretStore {
  readonly storage = 'basic' as const;
  value: PlatformToken | null = null;
  get = () => this.value;
  set = (t: PlatformToken) => void (this.value = t);
  clear = () => void (this.value = null);
}

let studio: Studio | undefined;
let platform: SamplePlatform;
beforeAll(async () => {
  platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22', token: 'tok_abcdefgh' });
});
afterAll(() => platform.close());
afterEach(() => studio?.close());

describe('storing the token without an OS keyring', () => {
  it('asks first, and stores only after the user agrees', async () => {
    const store = new PlainTextStore();
    studio = await openStudio(tempDbFile(), { mode: 'desktop', secrets: () => store });
    const platformUrl = platform.url;
    const refused = await dispatch(studio, 'setToken', { token: 'tok_abcdefgh', platformUrl });
    expect(refused).toMatchObject({ ok: false, error: { code: 'confirm' } });
    expect(store.value).toBeNull();
    const agreed = await dispatch(studio, 'setToken', { token: 'tok_abcdefgh', platformUrl, allowPlainText: true });
    expect(agreed).toMatchObject({ ok: true, value: { tokenStored: true, tokenStorage: 'basic' } });
    expect(store.value).toEqual({ token: 'tok_abcdefgh', platformUrl });
  });
});
