import type { Db } from '../connection';
import { readSettings } from '../queries/settings';
import { readCreator } from '../queries/status';

/** The zone money is reported in: the setting, else the creator profile's, else UTC. */
export function reportingZone(db: Db): string {
  return readSettings(db).timezone ?? readCreator(db)?.timezone ?? 'UTC';
}
