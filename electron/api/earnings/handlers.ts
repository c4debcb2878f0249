// The Earnings dashboard and the sources behind a payout.
import { payoutBreakdown } from '../../../db/queries/earnings/payouts';
import { ApiFailure } from '../failure';
import type { HandlersOf } from '../handler-types';
import { readAt } from '../read-at';

export const earningsHandlers: HandlersOf<'earnings' | 'payoutBreakdown'> = {
  earnings: (ctx, input) => ctx.core.read('earnings', input, readAt(ctx)),
  payoutBreakdown(ctx, input) {
    const sources = payoutBreakdown(ctx.db, input.id);
    if (sources === null) throw new ApiFailure('not_found', `The payout ${input.id} is not in your data.`);
    return sources;
  },
};
