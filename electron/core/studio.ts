import { openDatabase, type Db, type OpenOptions } from '../../db/open';
import { backupIfStale } from '../../db/recovery';
import { ensureRollupZone } from '../../db/rollups';
import type { ApiContext } from '../api/context';
import { MemorySecretStore, type SecretStore } from '../secrets/store';
import { createSyncController, type ManagedSync } from '../sync/controller';

export interface StudioOptions extends OpenOptions {
  mode: 'desktop' | 'browser';
  /** Keep a daily backup copy beside the file (the app does; tests and one-off CLI runs don't). */
  dailyBackup?: boolean;
  /** Where the platform token is kept; defaults to memory, seeded from CREATOR_STUDIO_TOKEN. */
  secrets?: (db: Db) => SecretStore;
}

/** Opens the database and builds the context every StudioApi handler runs with. */
export type Studio = ApiContext & { sync: ManagedSync; close(): void };

export async function openStudio(file: string, options: StudioOptions): Promise<Studio> {
  const { db } = await openDatabase(file, options);
  // A zone changed while a sync ran, or a database from before the rollups: bring them in line once.
  ensureRollupZone(db);
  if (options.dailyBackup) backupIfStale(db, file).catch((e: Error) => console.error(`[backup] ${e.message}`));
  const secrets = options.secrets?.(db) ?? new MemorySecretStore(process.env.CREATOR_STUDIO_TOKEN ?? null);
  return {
    db,
    mode: options.mode,
    secrets,
    sync: createSyncController(db, secrets, { nativeBinding: options.nativeBinding }),
    now: () => new Date(),
    close: () => closeDb(db),
  };
}

function closeDb(db: Db): void {
  if (db.open) db.close();
}
