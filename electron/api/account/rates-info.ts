import type { Db } from '../../../db/open';
import { ratesStatus } from '../../rates/rates-sync';
import { storedSeries } from '../../rates/store';
import type { RatesInfo } from './types';

export function ratesInfo(db: Db): RatesInfo {
  const last = ratesStatus(db);
  return {
    lastFetch: last && { at: last.at, ok: last.ok, error: last.error, latestDay: last.latestDay },
    series: storedSeries(db),
  };
}
