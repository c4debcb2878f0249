// Looking ahead on Earnings: where this month and year end per currency and stream, the next payout per
// withdrawable currency, and the monthly goals. Read from the day rollup (and today's rows), never a
// scan of the ledger; the projections depend on nothing else in the payload, so they may run on the
// read thread while the main thread reads the rest.
import type { Db } from '../../open';
import { daysOf, endOfMonth } from '../../time/days';
import { readGoals } from '../settings';
import { nextPayouts } from '../earnings/next-payout';
import type { PayoutOverview } from '../types/earnings';
import type { EarningsOutlook } from '../types/outlook';
import { outlookClock } from './clock';
import { earnedHistory } from './earned-history';
import { goalProgress, recentMonths, type RecentMonths } from './goals';
import { projectCurrencies, type Projected } from './projections';

export interface ProjectedMonth {
  /** Today in the zone, YYYY-MM-DD, and the instant the estimate is made at. */
  today: string;
  nowMs: number;
  projected: Projected[];
  recent: RecentMonths;
}

export function projectedMonth(db: Db, zone: string, nowMs: number): ProjectedMonth {
  const clock = outlookClock(zone, nowMs);
  const history = earnedHistory(db, zone, clock);
  return {
    today: clock.day,
    nowMs,
    projected: projectCurrencies(history, clock),
    recent: new Map([...history].map(([currency, streams]) => [currency, recentMonths(streams, clock)])),
  };
}

/** The outlook from a month's projections, the payout overview and the goals. */
export function outlookOf(db: Db, zone: string, month: ProjectedMonth, payouts: Pick<PayoutOverview, 'withdrawable' | 'history'>): EarningsOutlook {
  const { today, projected } = month;
  return {
    month: today.slice(0, 7),
    today,
    asOfMs: month.nowMs,
    days: daysOf({ from: today, to: endOfMonth(today.slice(0, 7)) }),
    projections: projected.map((p) => p.payload),
    nextPayouts: nextPayouts(db, { withdrawable: payouts.withdrawable, history: payouts.history, projections: projected, zone, today }),
    goals: goalProgress(readGoals(db), projected, month.recent),
  };
}

export function earningsOutlook(db: Db, zone: string, nowMs: number, payouts: Pick<PayoutOverview, 'withdrawable' | 'history'>): EarningsOutlook {
  return outlookOf(db, zone, projectedMonth(db, zone, nowMs), payouts);
}
