import { describe, expect, it } from 'vitest';
import { countryRule } from '../../db/queries/insights/country-surprise';
import { hashtagRule } from '../../db/queries/insights/hashtag-surprise';
import { DEFAULT_THRESHOLDS, readThresholds, saveThresholds, SETTINGS_KEY } from '../../db/queries/insights/thresholds';
import { getSetting, setSetting } from '../../db/queries/settings';
import { insertStats, insertWorks } from '../helpers/audience-fixture';
import { freshDb, runRule } from '../helpers/insight-context';

// Windows: the 28 days ending on the newest stats day (21 November for countries, 20 for hashtags), the
// 28 days before them, and for countries the same days a quarter (91 days) earlier.
const PERIOD_TO = '2026-11-22';

async function countries(br: { now: number; before: number; quarter: number }) {
  const db = await freshDb();
  insertStats(db, 'stats_countries', [
    ...[['2026-11-21', br.now], ['2026-10-10', br.before], ['2026-08-10', br.quarter]].flatMap(([date, n]) => [
      { date, country: 'BR', active_users: n },
      { date, country: 'US', active_users: 1000 - Number(n) },
    ]),
  ]);
  return db;
}

describe('country surprise', () => {
  it('fires for a country whose share is rising fast', async () => {
    // BR: 15% → 25% (+10 points), 3% a quarter ago; US falls from 85% to 75% and never fires
    const { insights } = runRule(countryRule, await countries({ now: 250, before: 150, quarter: 30 }), PERIOD_TO);
    expect(insights.map((i) => i.id)).toEqual(['country:BR']);
    expect(insights[0].title).toBe('Brazil: 25.0% of your active users, rising fast');
    expect(insights[0].finding).toBe(
      'Brazil (BR) made up 25.0% of your daily active users over 25 Oct – 21 Nov 2026, against 15.0% in the 28 days before (+10.0 points) and 3.0% a quarter earlier.',
    );
    expect(insights[0].move).toContain('a Portuguese scenario');
    expect(insights[0].evidence.href).toBe('#/audience/countries');
  });

  it('fires for a country that became large within a quarter, even when last month was flat', async () => {
    const { insights } = runRule(countryRule, await countries({ now: 250, before: 240, quarter: 30 }), PERIOD_TO);
    expect(insights.map((i) => i.title)).toEqual(['Brazil: 25.0% of your active users']);
  });

  it('does not fire for a big country that has always been big, or a slow rise', async () => {
    // 20% a quarter ago, 23% last month, 25% now: +2 points and not newly large
    expect(runRule(countryRule, await countries({ now: 250, before: 230, quarter: 200 }), PERIOD_TO).insights).toEqual([]);
    expect(runRule(countryRule, await countries({ now: 250, before: 150, quarter: 30 }), PERIOD_TO, { countryRisePoints: 12, countryLargePct: 30 }).insights).toEqual([]);
  });
});

async function hashtags(characterTags: string[]) {
  const db = await freshDb();
  insertWorks(db, 'characters', [{ id: 'c1', name: 'Ada', tags: characterTags }]);
  insertWorks(db, 'stories', [{ id: 's1', name: 'Tale', tags: ['Romance'] }]);
  insertStats(db, 'stats_hashtags', [
    { date: '2026-11-20', hashtag: 'found-family', impressions: 1000 },
    { date: '2026-11-20', hashtag: 'fantasy', impressions: 800 },
    { date: '2026-11-20', hashtag: 'romance', impressions: 600 },
    { date: '2026-11-20', hashtag: 'cozy', impressions: 500 },
    { date: '2026-10-20', hashtag: 'found-family', impressions: 400 },
    { date: '2026-10-20', hashtag: 'fantasy', impressions: 500 },
    { date: '2026-09-01', hashtag: 'cozy', impressions: 99_999 }, // outside both windows
  ]);
  return db;
}

describe('hashtag surprise', () => {
  it('fires for a top hashtag none of the works carries', async () => {
    const { insights } = runRule(hashtagRule, await hashtags(['Fantasy']), PERIOD_TO);
    expect(insights.map((i) => i.id)).toEqual(['hashtag:found-family']);
    expect(insights[0].finding).toBe(
      '#found-family had 1,000 impressions over 24 Oct – 20 Nov 2026, 34.5% of all your hashtag impressions (+150% against the 28 days before, when it ranked #2), ' +
        'yet none of your characters, plugins or stories is tagged with it.',
    );
    expect(insights[0].move).toBe('Lean into it: make more characters in #found-family, and tag the existing works that fit it.');
    // cozy is 4th: only with a wider look
    expect(runRule(hashtagRule, await hashtags(['Fantasy']), PERIOD_TO, { hashtagTopN: 4 }).insights.map((i) => i.id)).toEqual(['hashtag:found-family', 'hashtag:cozy']);
  });

  it('does not fire when the top tags are the creator’s own (case and # ignored)', async () => {
    expect(runRule(hashtagRule, await hashtags(['fantasy', '#Found-Family']), PERIOD_TO).insights).toEqual([]);
  });
});

describe('insight thresholds', () => {
  it('default, saved as a patch, clamped to their range and kept in the settings table', async () => {
    const db = await freshDb();
    expect(readThresholds(db)).toEqual(DEFAULT_THRESHOLDS);
    const view = saveThresholds(db, { pluginActivePct: 8, windowDays: 1000, hashtagTopN: 2 });
    expect(view.values).toEqual({ ...DEFAULT_THRESHOLDS, pluginActivePct: 8, windowDays: 90, hashtagTopN: 2 });
    expect(getSetting(db, SETTINGS_KEY)).toEqual(view.values);
    expect(view.meta.find((m) => m.key === 'windowDays')).toMatchObject({ min: 7, max: 90, default: 28 });
    // a hand-edited value out of range or of the wrong type does not break a rule
    setSetting(db, SETTINGS_KEY, { storyDropPct: -5, moverCount: 'many', unknown: 3 });
    expect(readThresholds(db)).toEqual({ ...DEFAULT_THRESHOLDS, storyDropPct: 5 });
  });
});
