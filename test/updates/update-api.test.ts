// The StudioApi's update methods, through the dispatcher both transports use: serve mode and an app
// run from its sources say whose job updates are; an installed app answers from its update machine
// (here over electron-updater's AppImageUpdater and a loopback release feed).
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { createUpdateMachine } from '../../electron/core/updates';
import { writingNow } from '../../electron/core/writing';
import { whileExporting } from '../../electron/export/activity';
import { nodeAppImageUpdater, until } from '../helpers/node-updater';
import { startReleaseFeed, type ReleaseFeed } from '../helpers/release-feed';
import { tempDbFile, tempDir } from '../helpers/tmp';

let studio: Studio | undefined;
let feed: ReleaseFeed | undefined;
afterEach(async () => {
  studio?.close();
  await feed?.close();
  studio = feed = undefined;
});

describe('the update methods of the StudioApi', () => {
  it('in serve mode: updates are the desktop app’s job', async () => {
    studio = await openStudio(tempDbFile(), { mode: 'browser' });
    for (const method of ['getUpdateStatus', 'checkForUpdates'] as const)
      expect(await dispatch(studio, method, {})).toMatchObject({ ok: true, value: { supported: false, note: expect.stringContaining('desktop app') } });
    expect(await dispatch(studio, 'installUpdate', {})).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('desktop app') } });
  });

  it('in a desktop app run from its sources: updated with git', async () => {
    studio = await openStudio(tempDbFile(), { mode: 'desktop' });
    expect(await dispatch(studio, 'getUpdateStatus', {})).toMatchObject({ ok: true, value: { supported: false, note: expect.stringContaining('git') } });
  });

  it('in an installed app: checks the feed, reports the download, and will not install while an export is written', async () => {
    feed = await startReleaseFeed();
    feed.publish('0.3.0');
    const live = await openStudio(tempDbFile(), { mode: 'desktop' });
    studio = live;
    const app = nodeAppImageUpdater(tempDir('studio-update-'), feed.url, '0.2.1');
    const machine = createUpdateMachine({ driver: app.updater, currentVersion: '0.2.1', writing: () => writingNow(live), busyPollMs: 40 });
    live.updates = machine;
    expect(await dispatch(live, 'getUpdateStatus', {})).toMatchObject({ ok: true, value: { supported: true, phase: 'idle', currentVersion: '0.2.1', checkedAt: null } });
    expect(await dispatch(live, 'checkForUpdates', {})).toMatchObject({ ok: true, value: { version: '0.3.0' } });
    await until(() => machine.status().phase === 'downloaded', 10_000, 'the download');
    expect(await dispatch(live, 'getUpdateStatus', {})).toMatchObject({ ok: true, value: { phase: 'downloaded', version: '0.3.0', percent: 100 } });
    let finish!: () => void;
    const exporting = whileExporting(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(await dispatch(live, 'installUpdate', {})).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringContaining('export') } });
    finish();
    await exporting;
    expect(await dispatch(live, 'installUpdate', { now: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } }); // inputs are checked first
  });
});
