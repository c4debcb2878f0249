import { safeStorage } from 'electron';
import type { Db } from '../../db/open';
import { deleteSetting, getSetting, readSettings, setSetting } from '../../db/queries/settings';
import type { PlatformToken, SecretStore } from './store';

const KEY = 'token.encrypted';

/** The token and its platform address, encrypted together by the OS keychain (safeStorage) and
 *  stored as ciphertext in the settings table: the binding cannot be edited without the keychain. */
export class SafeStorageSecretStore implements SecretStore {
  readonly storage: 'os' | 'basic';
  private cached: PlatformToken | null | undefined;

  constructor(private readonly db: Db) {
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
    this.storage = backend === 'basic_text' || !safeStorage.isEncryptionAvailable() ? 'basic' : 'os';
  }

  get(): PlatformToken | null {
    if (this.cached !== undefined) return this.cached;
    const stored = getSetting<string>(this.db, KEY);
    this.cached = stored ? decode(safeStorage.decryptString(Buffer.from(stored, 'base64')), readSettings(this.db).platformUrl) : null;
    return this.cached;
  }

  set(value: PlatformToken): void {
    setSetting(this.db, KEY, safeStorage.encryptString(JSON.stringify(value)).toString('base64'));
    this.cached = value;
  }

  clear(): void {
    deleteSetting(this.db, KEY);
    this.cached = null;
  }
}

/** Tokens stored before the binding are the bare token, entered for the address saved beside it. */
function decode(plain: string, savedUrl: string | null): PlatformToken | null {
  if (plain.startsWith('{')) {
    const value = JSON.parse(plain) as PlatformToken;
    return typeof value.token === 'string' && typeof value.platformUrl === 'string' ? value : null;
  }
  return savedUrl ? { token: plain, platformUrl: savedUrl } : null;
}
