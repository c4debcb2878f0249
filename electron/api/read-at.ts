import type { ReadAt } from '../../db/data-core';
import { reportingZone } from '../../db/rollups';
import type { ApiContext } from './context';

/** What a named read is bucketed in and read as of: the reporting zone, at the context's clock. */
export const readAt = (ctx: ApiContext): ReadAt => ({ zone: reportingZone(ctx.db), nowMs: ctx.now().getTime() });
