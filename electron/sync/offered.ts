// Collections an older platform may not have (platform-api.md, "What the platform never sends"): a 404
// for one of them means the platform does not offer it. That is recorded for the views to say why the
// metric is not available, and is no failure of the sync; nothing is stored for it.
import type { Db } from '../../db/open';
import { isPlatformError, type ResourceName } from './client/index.js';

export const OPTIONAL_RESOURCES: ReadonlySet<ResourceName> = new Set<ResourceName>(['stats/character-chat-lengths', 'stats/character-topics']);

export function isNotOffered(resource: ResourceName, error: unknown): boolean {
  return OPTIONAL_RESOURCES.has(resource) && isPlatformError(error) && error.kind === 'not_found';
}

/** The answer is the platform's, not a fault: any earlier error of the resource is cleared with it. */
export function recordNotOffered(db: Db, resource: ResourceName, at: string): void {
  db.prepare(
    `INSERT INTO sync_state (resource, not_offered_at) VALUES (?, ?)
     ON CONFLICT (resource) DO UPDATE SET not_offered_at = excluded.not_offered_at, last_error = NULL, cursor = NULL, pass_since = NULL,
       pass_max_updated_at = NULL, pass_started_at = NULL`,
  ).run(resource, at);
}
