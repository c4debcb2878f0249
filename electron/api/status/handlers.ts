// The app's status (sync, freshness, the database file) and starting or stopping a sync.
import { schemaVersion } from '../../../db/migrate';
import { readSettings } from '../../../db/queries/settings';
import { lastFinishedRun, lastSuccessfulSyncAt, readCreator } from '../../../db/queries/status';
import { reportingZone, rollupsToBuild } from '../../../db/rollups';
import { tokenFor } from '../../secrets/store';
import type { ApiContext } from '../context';
import { ApiFailure } from '../failure';
import type { HandlersOf } from '../handler-types';
import type { Status } from './types';

const DAMAGED =
  'The database file is damaged, so nothing more is written to it. Quit and reopen Creator Studio: it will set the damaged file aside and restore the newest good backup.';

function status(ctx: ApiContext): Status {
  const s = readSettings(ctx.db);
  const creator = readCreator(ctx.db);
  const last = lastFinishedRun(ctx.db);
  const lastSuccessAt = lastSuccessfulSyncAt(ctx.db);
  const staleAfterMs = 2 * s.syncIntervalMinutes * 60_000;
  return {
    mode: ctx.mode,
    demo: s.demo,
    configured: s.demo || tokenFor(ctx.secrets, s.platformUrl) !== null,
    creator: creator && { handle: creator.handle, displayName: creator.displayName, timezone: creator.timezone },
    lastSync: last && {
      startedAt: last.startedAt,
      finishedAt: last.finishedAt,
      status: last.status,
      rowsWritten: last.rowsWritten,
      error: last.error,
    },
    lastSuccessAt,
    stale: lastSuccessAt === null || ctx.now().getTime() - Date.parse(lastSuccessAt) > staleAfterMs,
    syncing: ctx.sync.progress(),
    totalsBuilding: rollupsToBuild(ctx.db).length > 0,
    reportingTimezone: reportingZone(ctx.db),
    schemaVersion: schemaVersion(ctx.db),
    integrity: { state: ctx.integrity?.state ?? 'ok', detail: ctx.integrity?.detail ?? null },
  };
}

export const statusHandlers: HandlersOf<'getStatus' | 'startSync' | 'cancelSync'> = {
  getStatus: status,
  startSync(ctx, input) {
    if (ctx.integrity?.state === 'damaged') throw new ApiFailure('io', DAMAGED);
    const s = readSettings(ctx.db);
    if (!s.demo && tokenFor(ctx.secrets, s.platformUrl) === null)
      throw new ApiFailure('not_configured', 'Enter the platform URL and your API token in Settings before syncing.');
    return { started: ctx.sync.start({ full: input.full }) };
  },
  cancelSync(ctx) {
    return { cancelled: ctx.sync.cancel() };
  },
};
