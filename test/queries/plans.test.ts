import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { tempDbFile } from '../helpers/tmp';

// The query plan of every statement a dashboard runs for this month, this year and all time (and the
// insight cards and the review for a week and a month): the big
// tables (ledger and the daily stats) are searched through an index, never scanned whole, as Signal's
// migration tests do. The monthly rollups (one row per item and month) may be read whole.
let studio: Studio;
const seen = new Map<string, string[]>();

beforeAll(async () => {
  const platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22' });
  studio = await openStudio(tempDbFile(), { mode: 'browser' });
  await runSync(studio.db, { baseUrl: platform.url, token: platform.token });
  await platform.close();
  const prepare = studio.db.prepare.bind(studio.db);
  let current = '';
  (studio.db as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    if (current) seen.set(current, [...(seen.get(current) ?? []), sql]);
    return prepare(sql);
  };
  for (const method of ['earnings', 'characters', 'plugins', 'stories', 'audience'] as const)
    for (const preset of ['month', 'year', 'all'] as const) {
      current = method;
      const result = await dispatch(studio, method, { period: { preset } });
      expect(result.ok).toBe(true);
    }
  // A character's page: its embed prices, unique users, chat lengths and topics besides its metrics.
  for (const preset of ['month', 'year', 'all'] as const) {
    current = 'character';
    const result = await dispatch(studio, 'character', { period: { preset }, id: 'chr_0001' });
    expect(result.ok).toBe(true);
  }
  // The insight cards and the review, over the sample's last whole week and month.
  for (const method of ['insights', 'review'] as const)
    for (const key of ['2026-W47', '2026-11']) {
      current = method;
      const result = await dispatch(studio, method, { key });
      expect(result.ok).toBe(true);
    }
  // The events of the account's and an item's charts, and the before/after of each kind of event (moves
  // ticked in the review included), over four weeks on each side.
  studio.db
    .prepare(
      `INSERT INTO review_notes (period_key, item, checked, note, updated_at, checked_at) VALUES
       ('2026-W45', 'insight:story-dropoff:sty_0001', 1, '', '2026-11-02T12:00:00Z', '2026-11-02T12:00:00Z'),
       ('2026-W45', 'insight:plugin-churn:plg_0001', 1, '', '2026-11-02T12:00:00Z', '2026-11-02T12:00:00Z'),
       ('2026-W45', 'insight:country:BR', 1, '', '2026-11-02T12:00:00Z', '2026-11-02T12:00:00Z'),
       ('2026-W45', 'insight:hashtag:fantasy', 1, '', '2026-11-02T12:00:00Z', '2026-11-02T12:00:00Z')`,
    )
    .run();
  current = 'events';
  for (const scope of [{ kind: 'account' }, { kind: 'character', id: 'chr_0001' }])
    expect((await dispatch(studio, 'events', { scope, from: '2026-10-01', to: '2026-11-22' })).ok).toBe(true);
  current = 'beforeAfter';
  for (const event of ['greeting:chr_0001', 'announcement:ann_0001', 'payout:pay_0001', 'created:plugin:plg_0001', ...['story-dropoff:sty_0001', 'plugin-churn:plg_0001', 'country:BR', 'hashtag:fantasy'].map((m) => `acted:2026-W45:insight:${m}`)]) {
    const result = await dispatch(studio, 'beforeAfter', { event, windowDays: 28 });
    expect(result.ok, `${event}: ${JSON.stringify(result)}`).toBe(true);
  }
  current = '';
}, 60_000);
afterAll(() => studio.close());

/** The plan's lines, with a table's alias ("SCAN s") put back to its name ("SCAN stats_plugins"). */
function plan(sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => 0);
  const aliases = new Map([...sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)/gi)].map((m) => [m[2], m[1]]));
  return (studio.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) =>
    r.detail.replace(/^(SCAN|SEARCH) (\w+)\b/, (all, verb: string, name: string) => `${verb} ${aliases.get(name) ?? name}`),
  );
}

describe('dashboard query plans', () => {
  it('earnings sums the partial days of a span (gross, fees and net) from the time index alone, never visiting the ledger rows', () => {
    const byTime = (seen.get('earnings') ?? []).flatMap((sql) => plan(sql).filter((d) => /^SEARCH ledger USING (COVERING )?INDEX ledger_occurred_id\b/.test(d)).map((d) => [d, sql] as const));
    expect(byTime.some(([, sql]) => /sum\(gross\)/.test(sql))).toBe(true);
    expect(byTime.filter(([d]) => !d.includes('COVERING')).map(([d, sql]) => `${d}  <-  ${sql.replace(/\s+/g, ' ').slice(0, 140)}`)).toEqual([]);
  });

  for (const method of ['earnings', 'characters', 'character', 'plugins', 'stories', 'audience', 'insights', 'review', 'events', 'beforeAfter']) {
    it(`${method} never scans the ledger or a stats table whole`, () => {
      const statements = seen.get(method) ?? [];
      expect(statements.length).toBeGreaterThan(2);
      const scans = statements.flatMap((sql) =>
        plan(sql)
          .filter((d) => /^SCAN (ledger|ledger_source_daily|stats_\w+)\b/.test(d) && !/^SCAN \w+_monthly\b/.test(d))
          .map((d) => `${d}  <-  ${sql.replace(/\s+/g, ' ').slice(0, 140)}`),
      );
      expect(scans).toEqual([]);
      // The character days are stored by character: reached through the date index, a row costs a
      // second search by its text key, unless the index holds what the statement reads.
      const lookups = statements.flatMap((sql) => plan(sql).filter((d) => /^SEARCH stats_characters USING INDEX stats_characters_date\b/.test(d)));
      expect(lookups).toEqual([]);
    });
  }
});
