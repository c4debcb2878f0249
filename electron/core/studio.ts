import path from 'node:path';
import { checkInBackground, clearDamageMarker, damageSuspected, type IntegrityState } from '../../db/integrity';
import { asOpenError, backupDir, openDatabase, type Db, type OpenOptions } from '../../db/open';
import { backupIfStale } from '../../db/recovery';
import { inlineReader, threadReader } from '../../db/reader';
import { ensureRollupZone } from '../../db/rollups';
import { removeStaleTemps } from '../../db/temp-files';
import type { ApiContext } from '../api/context';
import { readSettings } from '../../db/queries/settings';
import { MemorySecretStore, type PlatformToken, type SecretStore } from '../secrets/store';
import { createSyncController, type ManagedSync } from '../sync/controller';

export interface StudioOptions extends OpenOptions {
  mode: 'desktop' | 'browser';
  /** Keep a daily backup copy beside the file (the app does; tests and one-off CLI runs don't). */
  dailyBackup?: boolean;
  /** Where the platform token is kept; defaults to memory, seeded from CREATOR_STUDIO_TOKEN for the saved address. */
  secrets?: (db: Db) => SecretStore;
  /** Open on a header check and read every page on a worker afterwards (the app's start); a file an
   *  earlier background check found damaged is checked in full first, as without this option. */
  backgroundCheck?: boolean;
  /** Start that background check this long after opening: reading every page of a large file from
   *  the disk shares the cores and the disk with the first dashboard (start 1.2-1.6 s against 1.0-1.1). */
  checkAfterMs?: number;
  /** Answer part of each dashboard on a second connection on its own thread (the app and serve mode). */
  readThread?: boolean;
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
  const suspected = file !== ':memory:' && damageSuspected(file);
  const later = options.backgroundCheck === true && !suspected && file !== ':memory:';
  const check = later ? 'header' : (options.integrity ?? 'quick');
  const { db } = await openDatabase(file, { ...options, integrity: check });
  if (suspected && check === 'quick') clearDamageMarker(file);
  const integrity: IntegrityState = { state: later ? 'checking' : 'ok', detail: null };
  if (later) setTimeout(() => void checkInBackground(file, integrity, options.nativeBinding), options.checkAfterMs ?? 0).unref();
  // A zone changed while a sync ran, or a database from before the rollups: bring them in line once.
  // This reads the whole ledger, so on a file opened on its header it is where damage may show first.
  try {
    ensureRollupZone(db);
  } catch (error) {
    db.close();
    throw asOpenError(error, file);
  }
  // What exports and backups killed mid-way left in the folders the app knows (exports into other
  // folders are cleaned by the next export there). In the background: the first dashboard goes first.
  if (file !== ':memory:') for (const dir of [path.dirname(path.resolve(file)), backupDir(file)]) void removeStaleTemps(dir);
  if (options.dailyBackup) backupIfStale(db, file).catch((e: Error) => console.error(`[backup] ${e.message}`));
  const secrets = options.secrets?.(db) ?? new MemorySecretStore(tokenFromEnv(readSettings(db).platformUrl));
  const reader = options.readThread && file !== ':memory:' ? threadReader(db, file, options.nativeBinding) : inlineReader(db);
  return {
    db,
    reader,
    mode: options.mode,
    secrets,
    integrity,
    sync: createSyncController(db, secrets, { nativeBinding: options.nativeBinding }),
    now: options.now ?? (() => new Date()),
    close: () => {
      reader.close();
      closeDb(db);
    },
  };
}

function tokenFromEnv(platformUrl: string | null): PlatformToken | null {
  const token = process.env.CREATOR_STUDIO_TOKEN;
  return token && platformUrl ? { token, platformUrl } : null;
}

function closeDb(db: Db): void {
  if (db.open) db.close();
}
