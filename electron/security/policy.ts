// The window's trust rules as plain functions, so they are tested in Node without Electron.

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://studio`;

export interface Origins {
  /** electron-vite's dev server URL, trusted only in an unpackaged development run. */
  devUrl?: string;
  packaged: boolean;
}

/** A page of the app itself: the built renderer on app://studio, or the dev server while developing. */
export function isAppUrl(url: string, origins: Origins): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'studio') return true;
  if (origins.packaged || !origins.devUrl) return false;
  return parsed.origin === new URL(origins.devUrl).origin;
}

/** Only the app's own page, in its top frame, may call the API. */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null, origins: Origins): boolean {
  return !!frame && frame.isMainFrame && isAppUrl(frame.url, origins);
}

/** Links handed to the OS browser: https only, no credentials, and only hosts on the allow-list. */
export function isAllowedExternal(url: string, allowedHosts: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.username === '' && u.password === '' && allowedHosts.includes(u.hostname.toLowerCase());
}

/** The hosts the app links to: the platform the creator syncs from. */
export function externalHosts(platformUrl: string | null): string[] {
  if (!platformUrl) return [];
  try {
    const host = new URL(platformUrl).hostname.toLowerCase();
    // The API usually lives on api.<site>; the creator's pages on the site itself.
    return [host, host.replace(/^api\./, '')];
  } catch {
    return [];
  }
}
