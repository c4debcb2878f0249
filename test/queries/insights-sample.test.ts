// The sample platform's default dataset was built to tell the guide's stories; synced into a fresh
// database, every insight rule must find its story there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { audienceDashboard } from '../../db/queries/audience';
import { RULES, runInsights } from '../../db/queries/insights';
import { reviewPayload } from '../../db/queries/review';
import { reviewPeriod } from '../../db/queries/review/period-key';
import { reviewTable } from '../../electron/export/tables/review';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { tempDbFile } from '../helpers/tmp';

const ZONE = 'America/Sao_Paulo'; // the sample creator's profile zone
const NOW = Date.parse('2026-11-22T20:00:00Z');
let platform: SamplePlatform;
let db: Db;

beforeAll(async () => {
  platform = await startSamplePlatform({ today: '2026-11-22' });
  db = (await openDatabase(tempDbFile())).db;
  const summary = await runSync(db, { baseUrl: platform.url, token: platform.token, client: { sleep: async () => {}, random: () => 0.5 } });
  expect(summary.status).toBe('ok');
}, 60_000);

afterAll(async () => {
  db?.close();
  await platform?.close();
});

const ids = (key: string) => runInsights(db, reviewPeriod(key, ZONE, NOW), ZONE, NOW).insights.map((i) => i.id);

describe('insights on the default sample dataset', () => {
  it('this week’s review triggers every rule, each on the work built for it', () => {
    const r = runInsights(db, reviewPeriod('2026-W47', ZONE, NOW), ZONE, NOW);
    for (const rule of RULES) expect(r.rules.find((c) => c.rule === rule.rule)!.fired, rule.rule).toBeGreaterThan(0);
    const found = r.insights.map((i) => i.id);
    expect(found).toEqual(
      expect.arrayContaining([
        'greeting:chr_0002', // Kael: 4.5% conversion, 41 messages per chat
        'sticking:chr_0001', // Luna: 42% conversion, 4 messages per chat
        'story-dropoff:sty_0001', // half the players quit in chapter 4
        'plugin-churn:plg_0001', // ~10k installs, ~200 active chats a week
        'country:BR', // Brazil rising from 3% to ~25%
        'hashtag:found-family', // the top hashtag, on none of the works
        'embed-minimum:chr_0002', // Kael, at the platform's minimum price from the start
        'embed-rise:chr_0003', // its price doubled on 8 October; businesses buy half the tokens since
      ]),
    );
    expect(found.some((id) => id.startsWith('movers:'))).toBe(true);
    expect(r.insights.find((i) => i.rule === 'story-dropoff')!.move).toContain('chapter 3');
  });

  it('the monthly review and earlier weeks find the same stories', () => {
    for (const key of ['2026-11', '2026-10', '2026-W40']) {
      const found = ids(key);
      // The price rise comes after the first week of October.
      for (const rule of RULES.filter((r) => key !== '2026-W40' || r.rule !== 'embed-rise')) expect(found.some((id) => id.startsWith(`${rule.rule}:`)), `${key} ${rule.rule}`).toBe(true);
    }
    expect(ids('2026-W40').some((id) => id.startsWith('embed-rise:'))).toBe(false);
  });

  it('is reproducible: the same data gives the same cards in the same order', () => {
    const a = runInsights(db, reviewPeriod('2026-W47', ZONE, NOW), ZONE, NOW);
    const b = runInsights(db, reviewPeriod('2026-W47', ZONE, NOW), ZONE, NOW);
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('the review carries the insights into its CSV, and the Audience page shows the same stories', () => {
    const review = reviewPayload(db, '2026-W47', 'week', ZONE, NOW);
    const t = reviewTable(review);
    const insightRows = t.rows.filter((r) => r.cells[5] === 'insight');
    expect(insightRows.length).toBe(review.insights.insights.length);
    expect(new Set(insightRows.map((r) => r.cells[10]))).toEqual(new Set(RULES.map((r) => r.rule)));
    const d = audienceDashboard(db, { preset: 'month' }, ZONE, NOW);
    expect(d.hashtags[0]).toMatchObject({ hashtag: 'found-family', own: false, rank: 1 });
    expect(d.countries.find((c) => c.country === 'BR')!.shareChangePts).toBeGreaterThan(3);
    expect(d.followers.total.value).toBeGreaterThan(0);
  });
});
