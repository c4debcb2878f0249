// Country surprise: a country whose share of active users is rising fast, or has become large
// recently ("do you have a Brazilian audience you didn't know about? Maybe ship a Portuguese
// scenario"). A country that has always been large is no surprise, so size alone never fires.
import { dayRange } from '../audience/stats-window';
import { addDays } from '../../time/days';
import { countryName, countrySums, shares } from '../audience/countries';
import { rangeLabel } from '../../words/dates';
import { ratioText, signedPoints } from '../../words/numbers';
import { byStrength, statsWindow, type Rule } from './context';

/** The language a localised scenario would be written in, where one language clearly dominates. */
const LANGUAGE: Record<string, string> = {
  BR: 'Portuguese', PT: 'Portuguese', MX: 'Spanish', ES: 'Spanish', AR: 'Spanish', CO: 'Spanish', CL: 'Spanish', PE: 'Spanish',
  FR: 'French', DE: 'German', AT: 'German', IT: 'Italian', JP: 'Japanese', KR: 'Korean', ID: 'Indonesian', TR: 'Turkish',
  PL: 'Polish', NL: 'Dutch', RU: 'Russian', UA: 'Ukrainian', VN: 'Vietnamese', TH: 'Thai', CN: 'Chinese', TW: 'Chinese', SE: 'Swedish',
};

/** A quarter back, in whole weeks so the weekday mix of the two windows is the same. */
const QUARTER_DAYS = 91;

export const countryRule: Rule = {
  rule: 'country',
  label: 'Country surprise',
  definition: (t) =>
    `A country whose share of daily active users over the last ${t.windowDays} days rose by at least ${t.countryRisePoints} points against the ${t.windowDays} days before, ` +
    `or reached at least ${t.countryLargePct}% after being under half that share a quarter earlier.`,
  run(ctx) {
    const w = statsWindow(ctx, 'stats_countries');
    if (!w) return { insights: [], note: 'No country stats synced yet.' };
    const quarter = dayRange(addDays(w.current.from, -QUARTER_DAYS), addDays(w.current.to, -QUARTER_DAYS));
    const now = shares(countrySums(ctx.db, w.current));
    const before = shares(countrySums(ctx.db, w.previous));
    const earlier = shares(countrySums(ctx.db, quarter));
    const insights = [...now]
      .map(([country, share]) => {
        const prev = before.get(country) ?? 0;
        const old = earlier.get(country) ?? 0;
        const risePts = (share - prev) * 100;
        const rising = before.size > 0 && risePts >= ctx.t.countryRisePoints;
        const newlyLarge = earlier.size > 0 && share * 100 >= ctx.t.countryLargePct && old < share / 2;
        if (!rising && !newlyLarge) return null;
        const name = countryName(country);
        const language = LANGUAGE[country];
        return {
          id: `country:${country}`,
          rule: 'country' as const,
          title: `${name}: ${ratioText(share)} of your active users${rising ? ', rising fast' : ''}`,
          finding:
            `${name} (${country}) made up ${ratioText(share)} of your daily active users over ${rangeLabel(w.current)}, ` +
            `against ${ratioText(prev)} in the ${w.previous.days} days before (${signedPoints(risePts, 'points')}) and ${ratioText(old)} a quarter earlier.`,
          figures: [
            { label: 'Share now', value: ratioText(share) },
            { label: 'Window before', value: ratioText(prev) },
            { label: 'A quarter earlier', value: ratioText(old) },
            { label: 'Change', value: signedPoints(risePts, 'points') },
          ],
          why: 'An audience you did not plan for is a localisation opportunity: content in their language and setting converts and keeps them.',
          move: language
            ? `Add localised scenarios for that audience, e.g. a ${language} scenario for your most popular character, and watch this share and that character’s conversion.`
            : `Add localised scenarios for that audience (their language and setting) for your most popular character, and watch this share.`,
          evidence: { label: 'See countries', href: '#/audience/countries' },
          strength: Math.max(risePts / 100, newlyLarge ? share : 0),
        };
      })
      .filter((x) => x !== null)
      .sort(byStrength);
    return { insights };
  },
};
