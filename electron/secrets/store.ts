/** Where the platform token lives. The renderer never sees it: it can only set or clear it. */
export interface SecretStore {
  /** 'os': encrypted by the OS keychain; 'basic': Electron's plain-text fallback (Linux without a keyring);
   *  'session': memory only, gone when the app stops (browser mode). */
  readonly storage: 'os' | 'basic' | 'session';
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

export class MemorySecretStore implements SecretStore {
  readonly storage = 'session' as const;
  constructor(private token: string | null = null) {}
  get(): string | null {
    return this.token;
  }
  set(token: string): void {
    this.token = token;
  }
  clear(): void {
    this.token = null;
  }
}

/** Replaces every occurrence of the secret in text bound for the screen, a log or a file. */
export function redact(text: string, secret: string | null): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('[token hidden]');
}
