import { safeStorage } from 'electron';
import type { Db } from '../../db/open';
import { deleteSetting, getSetting, setSetting } from '../../db/queries/settings';
import type { SecretStore } from './store';

const KEY = 'token.encrypted';

/** The token encrypted by the OS keychain (safeStorage), stored as ciphertext in the settings table. */
export class SafeStorageSecretStore implements SecretStore {
  readonly storage: 'os' | 'basic';
  private cached: string | null | undefined;

  constructor(private readonly db: Db) {
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
    this.storage = backend === 'basic_text' || !safeStorage.isEncryptionAvailable() ? 'basic' : 'os';
  }

  get(): string | null {
    if (this.cached !== undefined) return this.cached;
    const stored = getSetting<string>(this.db, KEY);
    this.cached = stored ? safeStorage.decryptString(Buffer.from(stored, 'base64')) : null;
    return this.cached;
  }

  set(token: string): void {
    setSetting(this.db, KEY, safeStorage.encryptString(token).toString('base64'));
    this.cached = token;
  }

  clear(): void {
    deleteSetting(this.db, KEY);
    this.cached = null;
  }
}
