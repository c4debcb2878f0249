import type { SyncController } from '../api/context';
import type { WritingNow } from '../api/types';
import { exportsWriting } from '../export/activity';

/** What is writing the creator's files right now, if anything: the sync into the database, or an export. */
export function writingNow(live: { sync: Pick<SyncController, 'progress'> }): WritingNow {
  if (live.sync.progress() !== null) return 'sync';
  return exportsWriting() > 0 ? 'export' : null;
}
