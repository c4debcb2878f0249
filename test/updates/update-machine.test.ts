// The update cycle against electron-updater's own AppImageUpdater and a release feed on loopback
// HTTP (test/helpers). What this cannot show, for lack of Electron here: electron-updater choosing
// the platform's updater in a real app, fetching through Electron's network stack, quitAndInstall
// quitting the app, and the NSIS, dmg/zip and deb installers replacing an installed app.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUpdateMachine, UpdateRefused, type UpdateMachine } from '../../electron/core/updates';
import { whileExporting } from '../../electron/export/activity';
import type { WritingNow } from '../../electron/api/types';
import { nodeAppImageUpdater, until, type NodeUpdater } from '../helpers/node-updater';
import { startReleaseFeed, type ReleaseFeed } from '../helpers/release-feed';
import { tempDir } from '../helpers/tmp';

let feed: ReleaseFeed;
let app: NodeUpdater;
let stop: (() => void) | undefined;
let writing: WritingNow;

beforeEach(async () => {
  feed = await startReleaseFeed();
  app = nodeAppImageUpdater(tempDir('studio-update-'), feed.url, '0.1.0');
  writing = null;
});
afterEach(async () => {
  stop?.();
  stop = undefined;
  await feed.close();
});

function machine(options: { intervalMs?: number } = {}): UpdateMachine {
  return createUpdateMachine({ driver: app.updater, currentVersion: '0.1.0', writing: () => writing, busyPollMs: 40, now: () => new Date('2026-12-02T09:00:00Z'), ...options });
}

/** An export that keeps writing until `finish` is called, counted by the same counter the app's exports use. */
function exportInProgress(): { finish(): Promise<void> } {
  let release!: () => void;
  const done = whileExporting(() => new Promise<void>((resolve) => (release = resolve)));
  return {
    finish: () => {
      release();
      return done;
    },
  };
}

const downloaded = (m: UpdateMachine) => until(() => m.status().phase === 'downloaded', 10_000, 'the download');

describe('updates from the release feed', () => {
  it('finds a newer release at start, downloads it in the background, and installs it when the app quits', async () => {
    const release = feed.publish('0.2.0');
    const m = machine();
    stop = m.start();
    await downloaded(m);
    expect(m.status()).toMatchObject({ supported: true, phase: 'downloaded', currentVersion: '0.1.0', version: '0.2.0', percent: 100, error: null, checkedAt: '2026-12-02T09:00:00.000Z' });
    expect(feed.downloads()).toHaveLength(1);
    expect(fs.readFileSync(app.installed, 'utf8')).toContain('Creator Studio 0.1.0'); // nothing replaced before the quit
    m.beforeQuit();
    app.quit(0);
    expect(fs.readFileSync(app.installed)).toEqual(release);
  });

  it('downloads nothing when the feed holds the version already installed', async () => {
    feed.publish('0.1.0');
    const m = machine();
    const status = await m.check();
    expect(status).toMatchObject({ phase: 'idle', version: null, checkedAt: '2026-12-02T09:00:00.000Z', error: null });
    expect(feed.feedReads()).toHaveLength(1);
    expect(feed.downloads()).toEqual([]);
  });

  it('checks at start and again at every interval, until stopped', async () => {
    feed.publish('0.1.0');
    const m = machine({ intervalMs: 60 });
    stop = m.start();
    await until(() => feed.feedReads().length >= 3, 5_000, 'three checks');
    stop();
    stop = undefined;
    const reads = feed.feedReads().length;
    await new Promise((r) => setTimeout(r, 200));
    expect(feed.feedReads().length).toBeLessThanOrEqual(reads + 1); // at most the check already under way
  });

  it('waits for an export being written before downloading, then downloads', async () => {
    feed.publish('0.2.0');
    const exporting = exportInProgress();
    writing = 'export';
    const m = machine();
    expect(await m.check()).toMatchObject({ phase: 'available', version: '0.2.0', waitingFor: 'export' });
    await new Promise((r) => setTimeout(r, 200)); // five looks at the writing meanwhile
    expect(feed.downloads()).toEqual([]);
    expect(m.status()).toMatchObject({ phase: 'available', waitingFor: 'export' });
    writing = null;
    await exporting.finish();
    await downloaded(m);
    expect(feed.downloads()).toHaveLength(1);
    expect(m.status().waitingFor).toBeNull();
  });

  it('stops a download when a sync starts, and downloads again once it has finished', async () => {
    const release = feed.publish('0.2.0');
    feed.slowMs = 15; // 32 chunks: about half a second
    const m = machine();
    await m.check();
    await until(() => feed.downloads().length === 1 && m.status().phase === 'downloading', 5_000, 'the download to start');
    writing = 'sync';
    // electron-updater's cancellation: the download's promise fails at once and its partial file is dropped.
    await until(() => m.status().phase === 'available', 2_000, 'the download to stop');
    expect(m.status()).toMatchObject({ phase: 'available', waitingFor: 'sync', version: '0.2.0', percent: null });
    await new Promise((r) => setTimeout(r, 200));
    expect(feed.downloads()).toHaveLength(1); // no new attempt while the sync runs
    feed.slowMs = 0;
    writing = null;
    await downloaded(m);
    expect(feed.downloads()).toHaveLength(2);
    m.beforeQuit();
    app.quit(0);
    expect(fs.readFileSync(app.installed)).toEqual(release);
  });

  it('does not install on quit while something is writing; the next quit installs it', async () => {
    const release = feed.publish('0.2.0');
    const m = machine();
    await m.check();
    await downloaded(m);
    writing = 'sync';
    m.beforeQuit();
    app.quit(0);
    expect(fs.readFileSync(app.installed, 'utf8')).toContain('Creator Studio 0.1.0');
    // The app starts again: the update downloaded before is found in electron-updater's cache.
    const again = nodeAppImageUpdater(tempDir('studio-update-'), feed.url, '0.1.0');
    fs.cpSync(app.cacheDir, again.cacheDir, { recursive: true });
    app = again;
    writing = null;
    const next = machine();
    await next.check();
    await downloaded(next);
    expect(feed.downloads()).toHaveLength(1); // not fetched twice
    next.beforeQuit();
    again.quit(0);
    expect(fs.readFileSync(again.installed)).toEqual(release);
  });

  it('refuses to install now while something is writing, or before anything is downloaded', async () => {
    feed.publish('0.2.0');
    const m = machine();
    expect(() => m.install()).toThrow(UpdateRefused);
    await m.check();
    await downloaded(m);
    writing = 'export';
    let refusal: unknown;
    try {
      m.install();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(UpdateRefused);
    expect(refusal).toMatchObject({ reason: 'busy', message: expect.stringContaining('export') });
    expect(fs.readFileSync(app.installed, 'utf8')).toContain('Creator Studio 0.1.0');
  });

  it('reports a feed that fails, in one line, and recovers at the next check', async () => {
    feed.publish('0.2.0');
    feed.failWith = 503;
    const m = machine();
    const failed = await m.check();
    expect(failed.phase).toBe('error');
    expect(failed.error).toMatch(/503/);
    expect(failed.error).not.toContain('\n');
    feed.failWith = 0;
    await m.check();
    await downloaded(m);
    expect(m.status().error).toBeNull();
  });

  it('discards a download whose checksum does not match the feed, and installs nothing', async () => {
    feed.publish('0.2.0', { wrongChecksum: true });
    const m = machine();
    await m.check();
    await until(() => m.status().phase === 'error', 10_000, 'the failed download');
    expect(m.status().error).toMatch(/did not match the release feed/);
    m.beforeQuit();
    app.quit(0);
    expect(fs.readFileSync(app.installed, 'utf8')).toContain('Creator Studio 0.1.0');
  });
});
