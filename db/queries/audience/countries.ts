// Countries: the platform counts distinct active users per country per day. Those counts cannot be
// added into "users in the period" (a user active on two days would count twice), so a period shows
// the average day, and a country's share is its part of all countries' daily actives.
import type { Db } from '../../open';
import { sumByKey } from '../content/aggregate';
import type { CountryShare, DayRange } from '../types/audience';

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
  const shareNow = shares(now);
  const shareBefore = before && shares(before);
  const codes = [...new Set([...now.keys(), ...(before?.keys() ?? [])])];
  return codes
    .map((country): CountryShare => {
      const s = now.has(country) ? shareNow.get(country)! : null;
      const p = shareBefore ? (before!.has(country) ? shareBefore.get(country)! : null) : null;
      return {
        country,
        name: countryName(country),
        avgDailyActive: {
          value: cur ? round1((now.get(country) ?? 0) / cur.days) : 0,
          previous: prev && before ? round1((before.get(country) ?? 0) / prev.days) : null,
        },
        sharePct: { value: s === null ? null : round1(s * 100), previous: p === null ? null : round1(p * 100) },
        shareChangePts: s !== null && p !== null ? round1((s - p) * 100) : null,
      };
    })
    .sort((a, b) => b.avgDailyActive.value - a.avgDailyActive.value || (b.avgDailyActive.previous ?? 0) - (a.avgDailyActive.previous ?? 0) || a.country.localeCompare(b.country));
}
