// Where this month and this year will end, per currency and stream, as payload amounts.
import { projectGroup, type Estimate, type SeriesProjection } from '../../forecast/project';
import { compareStreams } from '../../words/vocabulary';
import { dec } from '../sums';
import type { CurrencyProjection, EstimateRange } from '../types/outlook';
import type { OutlookClock } from './clock';
import type { EarnedHistory } from './earned-history';

export const rangeOf = (e: Estimate): EstimateRange => ({ actual: dec(e.actual), low: dec(e.low), base: dec(e.base), high: dec(e.high) });

/** The projections in micro-units, per currency, for the pieces that build on them (payouts, goals). */
export interface Projected {
  currency: string;
  total: SeriesProjection;
  payload: CurrencyProjection;
}

export function projectCurrencies(history: EarnedHistory, clock: OutlookClock): Projected[] {
  return [...history.keys()].sort().map((currency) => {
    const { parts, total, lumpy } = projectGroup(history.get(currency)!, clock);
    const streams = [...parts]
      .sort(([a], [b]) => compareStreams(a, b))
      .map(([stream, p]) => ({ stream, month: rangeOf(p.month), year: rangeOf(p.year) }));
    return {
      currency,
      total,
      payload: {
        currency,
        month: rangeOf(total.month),
        year: rangeOf(total.year),
        basis: lumpy ? 'lumps' : 'run-rate',
        band: total.band,
        comparable: total.comparable,
        streams,
        days: total.days.map(dec),
      },
    };
  });
}
