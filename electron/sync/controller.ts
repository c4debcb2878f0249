import type { Db } from '../../db/open';
import type { SyncController } from '../api/context';
import type { SecretStore } from '../secrets/store';

/** Placeholder until the sync engine lands: reports that syncing is not available yet. */
export function createSyncController(_db: Db, _secrets: SecretStore): SyncController {
  return {
    start: () => false,
    cancel: () => false,
    progress: () => null,
  };
}
