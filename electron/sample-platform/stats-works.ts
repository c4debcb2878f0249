// Daily stats of plugins (installs, churn, real use) and stories (plays, chapters, milestones, identities).
import type { PluginDef, StoryDef } from './catalogue';
import { activeOn } from './catalogue';
import type { Frame } from './model';
import { count, growth, ramp, revised, revisedRatingSum, weekly } from './model';
import { rngAt, tag } from './rng';
import { EntityDays, type StatsSpec } from './stats-feed';
import { dayString } from './time';

const T_PLUGIN_DAY = tag('stats-plugin');
const T_STORY_DAY = tag('stats-story');

function pluginFlows(frame: Frame, p: PluginDef, day: number): { installs: number; uninstalls: number; r: ReturnType<typeof rngAt> } {
  const r = rngAt(frame.seed, T_PLUGIN_DAY, p.idx, day);
  const installs = count(p.installsPerDay * growth(frame, day) * weekly(day) * ramp(p.createdDay, day) * r.noise(0.3));
  const uninstalls = count(installs * p.uninstallRate * r.noise(0.3));
  return { installs, uninstalls, r };
}

interface StoryDay {
  plays: number;
  players: number;
  replays: number;
  playtime_seconds: number;
  completions: number;
  reached: number[];
  dropped: number[];
  hits: number[];
  identityPlays: number[];
}

function storyDay(frame: Frame, s: StoryDef, day: number): StoryDay {
  const r = rngAt(frame.seed, T_STORY_DAY, s.idx, day);
  const plays = count(s.playsPerDay * growth(frame, day) * weekly(day) * ramp(s.createdDay, day) * r.noise(0.25));
  const reached: number[] = [];
  const dropped: number[] = [];
  let left = plays;
  for (const ch of s.chapters) {
    reached.push(left);
    const drop = Math.min(left, count(left * ch.dropRate * r.noise(0.1)));
    dropped.push(drop);
    left -= drop;
  }
  const total = s.identityCum[s.identityCum.length - 1]!;
  let assigned = 0;
  const identityPlays = s.identityCum.map((c, k) => {
    const v = k === s.identityCum.length - 1 ? plays - assigned : Math.min(plays - assigned, count((plays * (c - (s.identityCum[k - 1] ?? 0))) / total));
    assigned += v;
    return v;
  });
  return {
    plays,
    players: Math.min(plays, count(plays * 0.82 * r.noise(0.05))),
    replays: Math.min(plays, count(plays * s.replayRate * r.noise(0.2))),
    playtime_seconds: count(plays * s.playtime * r.noise(0.1)),
    completions: left,
    reached,
    dropped,
    hits: s.milestones.map((m) => Math.min(plays, count(plays * m.rate * r.noise(0.15)))),
    identityPlays,
  };
}

export function pluginSpecs(frame: Frame, plugins: PluginDef[]): StatsSpec[] {
  const days = new EntityDays((day) => plugins.filter((p) => activeOn(p, day)), () => 1);
  // installs_total is an end-of-day count: a running sum, memoised per plugin from its creation.
  const totals = new Map<number, number[]>();
  const totalAt = (p: PluginDef, day: number): number => {
    let t = totals.get(p.idx);
    if (!t) totals.set(p.idx, (t = []));
    while (t.length <= day - p.createdDay) {
      const d = p.createdDay + t.length;
      const { installs, uninstalls } = pluginFlows(frame, p, d);
      t.push(Math.max(0, (t.length > 0 ? t[t.length - 1]! : p.initialInstalls) + installs - uninstalls));
    }
    return t[day - p.createdDay]!;
  };
  return [
    {
      resource: 'stats/plugins',
      firstMetric: 'installs',
      firstDay: frame.firstDay,
      rowsOn: (day) => days.rowsOn(day),
      row(day, pos, version) {
        const [p] = days.locate(day, pos);
        const { installs, uninstalls, r } = pluginFlows(frame, p, day);
        const total = totalAt(p, day);
        const active = count(total * p.activeRate * weekly(day) * r.noise(0.2));
        const ratings = count(active * 0.05 * r.noise(0.3));
        return {
          plugin_id: p.id,
          date: dayString(day),
          installs: revised(installs, version),
          uninstalls: revised(uninstalls, version),
          installs_total: total,
          active_chats: revised(active, version),
          active_chats_7d: revised(Math.max(active, count(active * 5 * r.noise(0.05))), version),
          chats: revised(count(active * p.chatsPerActive * r.noise(0.1)), version),
          rating_count: revised(ratings, version),
          rating_sum: revisedRatingSum(Math.min(5 * ratings, Math.max(ratings, count(ratings * p.rating))), ratings, version),
        };
      },
    },
  ];
}

export function storySpecs(frame: Frame, stories: StoryDef[]): StatsSpec[] {
  const active = (day: number) => stories.filter((s) => activeOn(s, day));
  const one = new EntityDays(active, () => 1);
  const byChapter = new EntityDays(active, (s) => s.chapters.length);
  const byMilestone = new EntityDays(active, (s) => s.milestones.length);
  const byIdentity = new EntityDays(active, (s) => s.identities.length);
  let memoKey = '';
  let memo: StoryDay | null = null;
  const get = (s: StoryDef, day: number): StoryDay => {
    const key = `${s.idx}:${day}`;
    if (key !== memoKey || memo === null) {
      memo = storyDay(frame, s, day);
      memoKey = key;
    }
    return memo;
  };
  const base = { firstDay: frame.firstDay };
  return [
    {
      ...base,
      resource: 'stats/stories',
      firstMetric: 'plays',
      rowsOn: (day) => one.rowsOn(day),
      row(day, pos, v) {
        const [s] = one.locate(day, pos);
        const d = get(s, day);
        return {
          story_id: s.id, date: dayString(day), plays: revised(d.plays, v), players: revised(d.players, v),
          replays: revised(d.replays, v), playtime_seconds: revised(d.playtime_seconds, v), completions: revised(d.completions, v),
        };
      },
    },
    {
      ...base,
      resource: 'stats/story-chapters',
      firstMetric: 'reached',
      rowsOn: (day) => byChapter.rowsOn(day),
      row(day, pos, v) {
        const [s, k] = byChapter.locate(day, pos);
        const d = get(s, day);
        return { story_id: s.id, date: dayString(day), chapter: s.chapters[k]!.index, reached: revised(d.reached[k]!, v), dropped: revised(d.dropped[k]!, v) };
      },
    },
    {
      ...base,
      resource: 'stats/story-milestones',
      firstMetric: 'hits',
      rowsOn: (day) => byMilestone.rowsOn(day),
      row(day, pos, v) {
        const [s, k] = byMilestone.locate(day, pos);
        return { story_id: s.id, date: dayString(day), milestone: s.milestones[k]!.key, hits: revised(get(s, day).hits[k]!, v) };
      },
    },
    {
      ...base,
      resource: 'stats/story-identities',
      firstMetric: 'plays',
      rowsOn: (day) => byIdentity.rowsOn(day),
      row(day, pos, v) {
        const [s, k] = byIdentity.locate(day, pos);
        return { story_id: s.id, date: dayString(day), identity: s.identities[k]!.key, plays: revised(get(s, day).identityPlays[k]!, v) };
      },
    },
  ];
}
