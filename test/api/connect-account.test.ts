import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { accountSwitcher } from '../../electron/core/account';
import { openDemo, syncDemo, type DemoStudio } from '../../electron/core/demo';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { differences } from '../helpers/compare';
import { tempDir } from '../helpers/tmp';

let demo: DemoStudio | undefined;
let account: SamplePlatform | undefined;
afterEach(async () => {
  await demo?.close();
  await account?.close();
  demo = account = undefined;
});

describe('leaving demo mode', () => {
  it('moves the running app onto the creator’s own database and account, leaving the demo data apart', async () => {
    const dir = tempDir();
    const demoFile = path.join(dir, 'demo.db');
    const accountFile = path.join(dir, 'studio.db');
    demo = await openDemo(demoFile, { mode: 'browser' });
    await syncDemo(demo);
    const demoLedger = demo.studio.db.prepare('SELECT count(*) FROM ledger').pluck().get();
    demo.studio.switchAccount = accountSwitcher(demo.studio, { account: accountFile, demo: demoFile }, { mode: 'browser' });
    account = await startSamplePlatform({ scale: 'tiny', seed: 7, today: '2026-11-22', token: 'acct-token-123456' });

    const connected = await dispatch(demo.studio, 'connectAccount', { platformUrl: account.url, token: 'acct-token-123456' });
    expect(connected).toMatchObject({ ok: true, value: { platformUrl: account.url, tokenStored: true } });
    const status = await dispatch(demo.studio, 'getStatus', {});
    expect(status).toMatchObject({ ok: true, value: { demo: false, configured: true } });
    expect((await demo.studio.sync.idle())?.status).toBe('ok');
    expect(differences(demo.studio.db, account, ['ledger', 'characters', 'stats/characters'])).toEqual([]);
    expect(demo.studio.db.name).toBe(accountFile);

    const left = new Database(demoFile, { readonly: true });
    expect(left.prepare(`SELECT value FROM settings WHERE key = 'demo'`).pluck().get()).toBe('true');
    expect(left.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(demoLedger);
    left.close();

    const again = await dispatch(demo.studio, 'connectAccount', { platformUrl: account.url, token: 'acct-token-123456' });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // Back to the demo from Settings: the account's file is closed and kept with every row.
    const accountLedger = demo.studio.db.prepare('SELECT count(*) FROM ledger').pluck().get();
    expect(await dispatch(demo.studio, 'showDemo', {})).toMatchObject({ ok: true });
    expect(demo.studio.db.name).toBe(demoFile);
    expect(await dispatch(demo.studio, 'getStatus', {})).toMatchObject({ ok: true, value: { demo: true, configured: true } });
    expect((await demo.studio.sync.idle())?.status).toBe('ok');
    expect(demo.studio.db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(demoLedger);
    const kept = new Database(accountFile, { readonly: true });
    expect(kept.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(accountLedger);
    expect(kept.prepare(`SELECT value FROM settings WHERE key = 'platformUrl'`).pluck().get()).toBe(JSON.stringify(account.url));
    kept.close();
    expect(await dispatch(demo.studio, 'showDemo', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // And onto the account again, where the rows were kept.
    expect(await dispatch(demo.studio, 'connectAccount', { platformUrl: account.url, token: 'acct-token-123456' })).toMatchObject({ ok: true });
    expect(demo.studio.db.name).toBe(accountFile);
    expect((await demo.studio.sync.idle())?.status).toBe('ok');
    expect(differences(demo.studio.db, account, ['ledger', 'characters', 'stats/characters'])).toEqual([]);
  }, 90_000);
});
