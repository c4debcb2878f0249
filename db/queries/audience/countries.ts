// Countries: the platform counts distinct active users per country per day. Those counts cannot be
// added into "users in the period" (a user active on two days would count twice), so a period shows
// the average day, and a country's share is its part of all countries' daily actives.
import type { Db } from '../../open';
import { sumByKey } from '../content/aggregate';
import type { CountryShare, DayRange } from '../types/audience';
import { sharePcts } from '../../words/numbers';

const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // not a valid region code: show it as the platform sent it
  }
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Σ daily active users per country over a window (only used for shares and averages). */
export function countrySums(db: Db, r: DayRange | null): Map<string, number> {
  return r ? sumByKey(db, 'stats_countries', 'country', 'active_users', r) : new Map();
}

/** Unrounded shares (0..1) of a window's country sums. */
export function shares(sums: Map<string, number>): Map<string, number> {
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  return new Map([...sums].map(([c, n]) => [c, total > 0 ? n / total : 0]));
}

export function countryShares(db: Db, cur: DayRange | null, prev: DayRange | null): CountryShare[] {
  const now = countrySums(db, cur);
  const before = prev ? countrySums(db, prev) : null;
  const codes = [...new Set([...now.keys(), ...(before?.keys() ?? [])])];
  // Shares rounded so each window's add up to 100.0%, and the change is the change of what is shown.
  const pctNow = sharePcts(codes.map((c) => now.get(c) ?? 0));
  const pctBefore = before ? sharePcts(codes.map((c) => before.get(c) ?? 0)) : null;
  return codes
    .map((country, i): CountryShare => {
      const s = now.has(country) ? pctNow[i] : null;
      const p = pctBefore && before!.has(country) ? pctBefore[i] : null;
      return {
        country,
        name: countryName(country),
        avgDailyActive: {
          value: cur ? round1((now.get(country) ?? 0) / cur.days) : 0,
          previous: prev && before ? round1((before.get(country) ?? 0) / prev.days) : null,
        },
        sharePct: { value: s, previous: p },
        shareChangePts: s !== null && p !== null ? round1(s - p) : null,
      };
    })
    .sort((a, b) => b.avgDailyActive.value - a.avgDailyActive.value || (b.avgDailyActive.previous ?? 0) - (a.avgDailyActive.previous ?? 0) || a.country.localeCompare(b.country));
}
