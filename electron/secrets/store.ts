/** The platform token with the address it was entered for: it is sent to that platform and no other. */
export interface PlatformToken {
  token: string;
  platformUrl: string;
}

/** Where the platform token lives. The renderer never sees it: it can only set or clear it. */
export interface SecretStore {
  /** 'os': encrypted by the OS keychain; 'basic': Electron's plain-text fallback (Linux without a keyring);
   *  'session': memory only, gone when the app stops (browser mode). */
  readonly storage: 'os' | 'basic' | 'session';
  get(): PlatformToken | null;
  set(value: PlatformToken): void;
  clear(): void;
}

export class MemorySecretStore implements SecretStore {
  readonly storage = 'session' as const;
  constructor(private value: PlatformToken | null = null) {}
  get(): PlatformToken | null {
    return this.value;
  }
  set(value: PlatformToken): void {
    this.value = value;
  }
  clear(): void {
    this.value = null;
  }
}

/** The same platform written two ways (a trailing slash, a capital in the host) is still the same platform. */
export function samePlatform(a: string, b: string): boolean {
  const canonical = (u: string) => {
    try {
      const url = new URL(u.trim());
      url.search = '';
      url.hash = '';
      return url.href.replace(/\/+$/, '');
    } catch {
      return null;
    }
  };
  const ca = canonical(a);
  return ca !== null && ca === canonical(b);
}

/**
 * The token to send to `platformUrl`, or null when the stored token was entered for another address.
 * Whoever can change the address (any caller of saveSettings) must not thereby receive the token.
 */
export function tokenFor(secrets: SecretStore, platformUrl: string | null): string | null {
  const stored = secrets.get();
  return stored && platformUrl !== null && samePlatform(stored.platformUrl, platformUrl) ? stored.token : null;
}

/** Replaces every occurrence of the secret in text bound for the screen, a log or a file. */
export function redact(text: string, secret: string | null | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('[token hidden]');
}
