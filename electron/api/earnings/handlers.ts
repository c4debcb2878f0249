// The Earnings dashboard and the sources behind a payout.
import { earningsDashboard } from '../../../db/queries/earnings';
import { payoutBreakdown } from '../../../db/queries/earnings/payouts';
import { reportingZone } from '../../../db/rollups';
import { ApiFailure } from '../failure';
import type { HandlersOf } from '../handler-types';

export const earningsHandlers: HandlersOf<'earnings' | 'payoutBreakdown'> = {
  earnings: (ctx, input) => earningsDashboard(ctx.db, input.period, reportingZone(ctx.db), ctx.now().getTime(), ctx.reader),
  payoutBreakdown(ctx, input) {
    const sources = payoutBreakdown(ctx.db, input.id);
    if (sources === null) throw new ApiFailure('not_found', `The payout ${input.id} is not in your data.`);
    return sources;
  },
};
