// The default dataset tells the stories the dashboards must be able to find.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { fetchAll, TODAY, type Row } from './helpers';

let p: SamplePlatform;

beforeAll(async () => {
  p = await startSamplePlatform({ today: TODAY });
});

afterAll(async () => {
  await p.close();
});

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);
const window = (resource: string, from: number, to: number) => fetchAll(p, resource, { since: daysAgo(from), until: daysAgo(to) }).then((x) => x.rows);

function sumBy(rows: Row[], key: string, metric: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(String(r[key]), (out.get(String(r[key])) ?? 0) + (r[metric] as number));
  return out;
}

function argmax(m: Map<string, number>): string {
  return [...m].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('story signals', () => {
  it('has ~2 years of daily stats up to yesterday, and the catalogue of the brief', async () => {
    const audience = (await fetchAll(p, 'stats/audience')).rows;
    expect(audience.length).toBeGreaterThanOrEqual(720);
    expect(audience.at(-1)!.date).toBe(daysAgo(1));
    const chars = (await fetchAll(p, 'characters')).rows;
    const plugins = (await fetchAll(p, 'plugins')).rows;
    const stories = (await fetchAll(p, 'stories')).rows;
    // A character whose price changed comes with its earlier versions too: twelve characters.
    expect(new Set(chars.map((c) => c.id)).size).toBe(12);
    expect(plugins).toHaveLength(5);
    expect(stories).toHaveLength(4);
    expect(chars.filter((c) => c.deleted === true)).toHaveLength(1);
    expect(plugins.filter((c) => c.deleted === true)).toHaveLength(1);
    for (const s of stories) {
      expect((s.chapters as unknown[]).length).toBeGreaterThanOrEqual(5);
      expect((s.chapters as unknown[]).length).toBeLessThanOrEqual(8);
      expect((s.milestones as unknown[]).length).toBeGreaterThan(0);
      expect((s.identities as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('Brazil rose from ~3% to ~25% of active users over the last 3 months', async () => {
    const share = (rows: Row[]) => {
      const by = sumBy(rows, 'country', 'active_users');
      const total = [...by.values()].reduce((a, b) => a + b, 0);
      return (by.get('BR') ?? 0) / total;
    };
    expect(share(await window('stats/countries', 200, 120))).toBeLessThan(0.05);
    expect(share(await window('stats/countries', 7, 1))).toBeGreaterThan(0.2);
  });

  it('one story has a clear drop-off chapter', async () => {
    const rows = (await window('stats/story-chapters', 30, 1)).filter((r) => r.story_id === 'sty_0001');
    const dropped = sumBy(rows, 'chapter', 'dropped');
    expect(argmax(dropped)).toBe('4');
    expect(dropped.get('4')!).toBeGreaterThan(3 * dropped.get('1')!);
  });

  it('one plugin has ~10k installs but ~200 weekly active chats', async () => {
    const last = (await window('stats/plugins', 1, 1));
    const churn = last.find((r) => r.plugin_id === 'plg_0001')!;
    expect(churn.installs_total as number).toBeGreaterThan(8_000);
    expect(churn.installs_total as number).toBeLessThan(12_000);
    expect(churn.active_chats_7d as number).toBeGreaterThan(100);
    expect(churn.active_chats_7d as number).toBeLessThan(350);
    for (const r of last.filter((x) => x.plugin_id !== 'plg_0001')) {
      expect((r.active_chats_7d as number) / (r.installs_total as number)).toBeGreaterThan(0.15);
    }
  });

  it('one character converts but does not hold, another the other way round', async () => {
    const rows = await window('stats/characters', 30, 1);
    const conv = new Map<string, number>();
    const depth = new Map<string, number>();
    const pv = sumBy(rows, 'character_id', 'profile_views');
    const cfp = sumBy(rows, 'character_id', 'chats_from_profile');
    const msgs = sumBy(rows, 'character_id', 'messages');
    const chats = sumBy(rows, 'character_id', 'chats_started');
    for (const id of pv.keys()) {
      conv.set(id, cfp.get(id)! / pv.get(id)!);
      depth.set(id, msgs.get(id)! / chats.get(id)!);
    }
    expect(argmax(conv)).toBe('chr_0001');
    expect(argmax(depth)).toBe('chr_0002');
    const low = (m: Map<string, number>) => [...m].sort((a, b) => a[1] - b[1])[0]![0];
    expect(low(conv)).toBe('chr_0002');
    expect(low(depth)).toBe('chr_0001');
  });

  it('the top hashtag is not one of the creator character tags', async () => {
    const top = argmax(sumBy(await window('stats/hashtags', 90, 1), 'hashtag', 'impressions'));
    const tags = new Set((await fetchAll(p, 'characters')).rows.flatMap((c) => c.tags as string[]));
    expect(top).toBe('found-family');
    expect(tags.has(top)).toBe(false);
  });

  it('activity has a clear peak hour, weekends are busier and activity grows', async () => {
    const hourly = sumBy(await window('stats/activity-hourly', 30, 1), 'hour', 'chats_started');
    expect(argmax(hourly)).toBe('23');
    expect(hourly.get('23')!).toBeGreaterThan(3 * hourly.get('8')!);
    const recent = await window('stats/characters', 91, 1);
    const byDate = sumBy(recent, 'date', 'chats_started');
    const weekend: number[] = [];
    const weekday: number[] = [];
    for (const [date, n] of byDate) (([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) ? weekend : weekday).push(n);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(avg(weekend)).toBeGreaterThan(1.2 * avg(weekday));
    const early = await window('stats/characters', 729, 640);
    expect(recent.reduce((a, r) => a + (r.chats_started as number), 0)).toBeGreaterThan(1.8 * early.reduce((a, r) => a + (r.chats_started as number), 0));
  });

  it('has scenario and model breakdowns, followers and announcement engagement', async () => {
    const scenarios = await window('stats/character-scenarios', 1, 1);
    const models = await window('stats/character-models', 1, 1);
    expect(new Set(scenarios.map((r) => r.character_id)).size).toBe(11);
    expect(new Set(models.map((r) => r.model)).size).toBeGreaterThan(2);
    const audience = (await fetchAll(p, 'stats/audience')).rows;
    expect(audience.at(-1)!.followers_total as number).toBeGreaterThan(audience[0]!.followers_total as number);
    expect(audience.every((r) => (r.new_followers as number) >= 0 && (r.lost_followers as number) >= 0)).toBe(true);
    const ann = (await fetchAll(p, 'announcements')).rows;
    expect(ann.length).toBeGreaterThan(20);
    for (const a of ann) {
      expect(a.opened as number).toBeLessThanOrEqual(a.delivered as number);
      expect(a.engaged as number).toBeLessThanOrEqual(a.opened as number);
    }
    expect(ann.filter((a) => (a.engaged as number) > 0).length).toBeGreaterThan(20);
  });
});
