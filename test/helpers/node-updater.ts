// electron-updater's own AppImageUpdater, run in Node. Its Electron parts are swapped for the two
// that electron-updater lets a caller give (its own tests do the same): the app adapter (version,
// paths, the quit event) and the HTTP executor (Node's http instead of Electron's net). Everything
// else is electron-updater's code: reading app-update.yml, the generic provider and its feed
// parsing, version comparison, download with sha512 check, its cache, and installing on quit.
import fs from 'node:fs';
import http, { type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppImageUpdater } from 'electron-updater';

// The copy of builder-util-runtime electron-updater itself loads, so its classes are the ones it checks against.
const runtime = createRequire(createRequire(import.meta.url).resolve('electron-updater'))('builder-util-runtime') as {
  HttpExecutor: new () => { doDownload(options: RequestOptions, download: object, redirects: number): void };
  configureRequestUrl(url: URL, options: RequestOptions): void;
  configureRequestOptions(options: RequestOptions): void;
};

interface DownloadOptions {
  headers?: Record<string, string>;
  cancellationToken: { createPromise<R>(run: (resolve: (r: R) => void, reject: (e: Error) => void, onCancel: (f: () => void) => void) => void): Promise<R> };
}

/** Node's http under electron-updater's downloads: `download` is ElectronHttpExecutor's, less Electron's net. */
class NodeHttpExecutor extends runtime.HttpExecutor {
  createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    return http.request(options, callback);
  }

  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const request: RequestOptions = { headers: options.headers };
      runtime.configureRequestUrl(url, request);
      runtime.configureRequestOptions(request);
      const callback = (error: Error | null) => (error == null ? resolve(destination) : reject(error));
      this.doDownload(request, { destination, options, onCancel, callback, responseHandler: null }, 0);
    });
  }
}

export interface NodeUpdater {
  updater: AppImageUpdater;
  /** The installed AppImage the update replaces (process.env.APPIMAGE, as AppImage's runtime sets it). */
  installed: string;
  /** Where electron-updater keeps a downloaded update until it installs. */
  cacheDir: string;
  /** Emits the app's quit event, as Electron does when the app quits. */
  quit(exitCode?: number): void;
}

/**
 * An installed app of version `version` whose app-update.yml (as electron-builder packs it) names
 * the feed at `feedUrl`.
 */
export function nodeAppImageUpdater(dir: string, feedUrl: string, version = '0.1.0'): NodeUpdater {
  const config = path.join(dir, 'resources', 'app-update.yml');
  fs.mkdirSync(path.dirname(config), { recursive: true });
  fs.writeFileSync(config, `provider: generic\nurl: ${feedUrl}\nupdaterCacheDirName: creator-studio-updater\n`);
  const installed = path.join(dir, 'Creator Studio.AppImage');
  fs.writeFileSync(installed, `#!/bin/sh\n# Creator Studio ${version}\nexit 0\n`, { mode: 0o755 });
  process.env.APPIMAGE = installed;
  const onQuit: ((exitCode: number) => void)[] = [];
  const updater = new AppImageUpdater(undefined, {
    version,
    name: 'Creator Studio',
    isPackaged: true,
    appUpdateConfigPath: config,
    userDataPath: path.join(dir, 'user-data'),
    baseCachePath: path.join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => onQuit.forEach((handler) => handler(0)),
    onQuit: (handler: (exitCode: number) => void) => onQuit.push(handler),
  });
  (updater as unknown as { httpExecutor: NodeHttpExecutor }).httpExecutor = new NodeHttpExecutor();
  updater.logger = null;
  // The stand-in AppImage has no block map inside it to download the difference against.
  updater.disableDifferentialDownload = true;
  return { updater, installed, cacheDir: path.join(dir, 'cache', 'creator-studio-updater'), quit: (code = 0) => onQuit.forEach((h) => h(code)) };
}

/** Resolves once `condition` holds, polling; fails after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 10_000, what = 'the condition'): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
