import { app, session, shell, type WebContents } from 'electron';
import { externalHosts, isAllowedExternal, isAppUrl as isAppUrlFor } from '../security/policy';

export { APP_ORIGIN, APP_SCHEME } from '../security/policy';

export const isAppUrl = (url: string) => isAppUrlFor(url, { devUrl: process.env.ELECTRON_RENDERER_URL, packaged: app.isPackaged });

function lockDown(contents: WebContents, platformUrl: () => string | null): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Only https links to the platform's own hosts reach the OS browser (see isAllowedExternal's tests).
    if (isAllowedExternal(url, externalHosts(platformUrl()))) void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    return { action: 'deny' };
  });
}

/** Applied once, before any window: every webContents, now or later, gets the same rules. */
export function hardenApp(platformUrl: () => string | null): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents, platformUrl));
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
  session.defaultSession.on('will-download', (event) => event.preventDefault());
}
