import path from 'node:path';
import { openDataCore, type DataCoreOptions } from '../../db/data-core';
import type { IntegrityState } from '../../db/integrity';
import { backupDir, type Db } from '../../db/open';
import { backupIfStale } from '../../db/recovery';
import { removeStaleTemps } from '../../db/temp-files';
import type { ApiContext } from '../api/context';
import { readSettings } from '../../db/queries/settings';
import { MemorySecretStore, type PlatformToken, type SecretStore } from '../secrets/store';
import { createSyncController, type ManagedSync } from '../sync/controller';

export interface StudioOptions extends DataCoreOptions {
  mode: 'desktop' | 'browser';
  /** Keep a daily backup copy beside the file (the app does; tests and one-off CLI runs don't). */
  dailyBackup?: boolean;
  /** Where the platform token is kept; defaults to memory, seeded from CREATOR_STUDIO_TOKEN for the saved address. */
  secrets?: (db: Db) => SecretStore;
  /** The instant dashboards are read at; the clock by default. */
  now?: () => Date;
}

/**
 * The clock of a process started with CREATOR_STUDIO_NOW=<ISO instant>: the benchmarks read a
 * sample dataset as of its own last day, whatever the date, so periods hold the same days each run.
 */
export function clockFromEnv(value = process.env.CREATOR_STUDIO_NOW): (() => Date) | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`CREATOR_STUDIO_NOW must be an ISO instant such as 2026-11-22T18:00:00Z, not "${value.slice(0, 40)}"`);
  return () => new Date(ms);
}

/** How long the app and serve mode let their first dashboard go before checking every page. */
export const CHECK_AFTER_START_MS = 3000;

/** Opens the database and builds the context every StudioApi handler runs with. */
export type Studio = ApiContext & { sync: ManagedSync; integrity: IntegrityState; close(): void };

export async function openStudio(file: string, options: StudioOptions): Promise<Studio> {
  const core = await openDataCore(file, options);
  const { db } = core;
  // What exports and backups killed mid-way left in the folders the app knows (exports into other
  // folders are cleaned by the next export there). In the background: the first dashboard goes first.
  if (file !== ':memory:') for (const dir of [path.dirname(path.resolve(file)), backupDir(file)]) void removeStaleTemps(dir);
  if (options.dailyBackup) backupIfStale(db, file).catch((e: Error) => console.error(`[backup] ${e.message}`));
  const secrets = options.secrets?.(db) ?? new MemorySecretStore(tokenFromEnv(readSettings(db).platformUrl));
  return {
    db,
    core,
    mode: options.mode,
    secrets,
    integrity: core.integrity,
    sync: createSyncController(db, secrets, { nativeBinding: options.nativeBinding }),
    now: options.now ?? (() => new Date()),
    close: () => core.close(),
  };
}

function tokenFromEnv(platformUrl: string | null): PlatformToken | null {
  const token = process.env.CREATOR_STUDIO_TOKEN;
  return token && platformUrl ? { token, platformUrl } : null;
}
