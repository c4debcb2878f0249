import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSettings } from '../../db/queries/settings';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { MemorySecretStore } from '../../electron/secrets/store';
import { tempDbFile } from '../helpers/tmp';

const TOKEN = 'tok_live_bound-4e5f6a7b8c';

const CREATOR = { id: 'cr_other', handle: 'other', display_name: 'Other', timezone: 'UTC', created_at: '2026-01-01T00:00:00Z', payout: { schedule: 'monthly', minimum: [] } };

/** Another server on this machine that records every Authorization header it is sent; it answers
 *  who a token belongs to (so a token can be entered for it) and refuses everything else. */
async function listener(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers.authorization ?? '');
    if (req.url === '/v1/creator') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(CREATOR));
    res.writeHead(401, { 'Content-Type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let platform: SamplePlatform | undefined;
let studio: Studio | undefined;
let other: Awaited<ReturnType<typeof listener>> | undefined;
afterEach(async () => {
  studio?.close();
  await platform?.close();
  await other?.close();
  studio = platform = other = undefined;
});

async function boundStudio() {
  platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22', token: TOKEN });
  other = await listener();
  studio = await openStudio(tempDbFile(), { mode: 'browser', secrets: () => new MemorySecretStore(null) });
  expect(await dispatch(studio, 'setToken', { token: TOKEN, platformUrl: platform.url })).toMatchObject({ ok: true, value: { platformUrl: platform.url, tokenStored: true } });
  return { studio, platform, other };
}

describe('the platform token is bound to the address it was entered for', () => {
  it('is forgotten when any caller points the app at another address, so no sync can carry it there', async () => {
    const { studio, other } = await boundStudio();
    const moved = await dispatch(studio, 'saveSettings', { platformUrl: other.url });
    expect(moved).toMatchObject({ ok: true, value: { platformUrl: other.url, tokenStored: false } });
    expect(await dispatch(studio, 'startSync', {})).toMatchObject({ ok: false, error: { code: 'not_configured' } });
    expect(studio.sync.start({ full: true })).toBe(false);
    expect(await dispatch(studio, 'getStatus', {})).toMatchObject({ ok: true, value: { configured: false } });
    expect(other.seen).toEqual([]);
    expect(studio.secrets.get()).toBeNull();
  });

  it('keeps it for the same platform written another way, and syncs with it', async () => {
    const { studio, platform } = await boundStudio();
    const respelt = `${platform.url.replace('http://', 'HTTP://')}/`;
    expect(await dispatch(studio, 'saveSettings', { platformUrl: respelt })).toMatchObject({ ok: true, value: { tokenStored: true } });
    expect(await dispatch(studio, 'startSync', {})).toMatchObject({ ok: true, value: { started: true } });
    expect((await studio.sync.idle())?.status).toBe('ok');
  }, 30_000);

  it('sends a token entered for a new address to that address only, never the old token', async () => {
    const { studio, other } = await boundStudio();
    expect(await dispatch(studio, 'setToken', { token: 'tok_for_other_1234', platformUrl: other.url })).toMatchObject({ ok: true, value: { platformUrl: other.url, tokenStored: true } });
    expect(await dispatch(studio, 'startSync', {})).toMatchObject({ ok: true });
    await studio.sync.idle();
    expect(other.seen.length).toBeGreaterThan(0);
    expect(new Set(other.seen)).toEqual(new Set(['Bearer tok_for_other_1234']));
  }, 30_000);

  it('a token without an address is refused: it could not say where it may go', async () => {
    studio = await openStudio(tempDbFile(), { mode: 'browser', secrets: () => new MemorySecretStore(null) });
    expect(await dispatch(studio, 'setToken', { token: TOKEN })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/platform URL before the token/) } });
    expect(studio.secrets.get()).toBeNull();
  });

  it('CREATOR_STUDIO_TOKEN is taken for the address saved in the database, not for one set later', async () => {
    const file = tempDbFile();
    const first = await openStudio(file, { mode: 'browser' });
    writeSettings(first.db, { platformUrl: 'https://api.example-platform.com' });
    first.close();
    process.env.CREATOR_STUDIO_TOKEN = TOKEN;
    try {
      studio = await openStudio(file, { mode: 'browser' });
    } finally {
      delete process.env.CREATOR_STUDIO_TOKEN;
    }
    expect(studio.secrets.get()).toEqual({ token: TOKEN, platformUrl: 'https://api.example-platform.com' });
    expect(await dispatch(studio, 'saveSettings', { platformUrl: 'https://elsewhere.example' })).toMatchObject({ ok: true, value: { tokenStored: false } });
  });
});
