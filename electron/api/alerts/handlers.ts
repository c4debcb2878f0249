// The alerts not read yet, and reading them. What fires is decided in db/queries/alerts, the same for
// the desktop's notifications and the browser's notice list.
import { markAlertsRead, unreadAlerts } from '../../../db/queries/alerts';
import { reportingZone } from '../../../db/rollups';
import type { HandlersOf } from '../handler-types';

export const alertHandlers: HandlersOf<'alerts' | 'readAlerts'> = {
  alerts: (ctx) => unreadAlerts(ctx.db, reportingZone(ctx.db), ctx.now().getTime()),
  readAlerts(ctx, input) {
    const nowMs = ctx.now().getTime();
    markAlertsRead(ctx.db, input.ids, nowMs);
    return unreadAlerts(ctx.db, reportingZone(ctx.db), nowMs);
  },
};
