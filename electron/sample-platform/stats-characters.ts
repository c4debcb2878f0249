// Daily stats per character: activity, conversion from profile, depth of chats, ratings, followers,
// and the scenario and model breakdowns.
import type { CharacterDef } from './catalogue';
import { activeOn } from './catalogue';
import type { Row } from './feed';
import type { Frame } from './model';
import { count, growth, ramp, revised, revisedRatingSum, weekly } from './model';
import { rngAt, tag } from './rng';
import { EntityDays, type StatsSpec } from './stats-feed';
import { dayString } from './time';

const T_CHAR_DAY = tag('stats-character');
const T_SPLIT = tag('stats-character-split');

export interface CharacterDay {
  chats_started: number;
  messages: number;
  tokens: number;
  active_users: number;
  active_users_30d: number;
  returning_users: number;
  profile_views: number;
  chats_from_profile: number;
  rating_count: number;
  rating_sum: number;
  new_followers: number;
}

const caches = new WeakMap<Frame, Map<number, CharacterDay>>();

/** Final (fully revised) stats of a character on a day. */
export function characterDay(frame: Frame, c: CharacterDef, day: number): CharacterDay {
  let cache = caches.get(frame);
  if (!cache) caches.set(frame, (cache = new Map()));
  const key = c.idx * 2 ** 21 + day;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = rngAt(frame.seed, T_CHAR_DAY, c.idx, day);
  const chats = count(60 * c.popularity * growth(frame, day) * weekly(day) * ramp(c.createdDay, day) * r.noise(0.3));
  const fromProfile = count(chats * 0.55 * r.noise(0.1));
  const active = Math.min(chats, count(chats * 0.72 * r.noise(0.1)));
  const messages = count(chats * c.msgsPerChat * r.noise(0.15));
  const ratings = count(chats * 0.04 * r.noise(0.3));
  const d: CharacterDay = {
    chats_started: chats,
    messages,
    tokens: messages * (140 + r.int(0, 80)),
    active_users: active,
    active_users_30d: Math.max(active, count(active * 11 * r.noise(0.05))),
    returning_users: Math.min(active, count(active * c.returnRate * r.noise(0.1))),
    profile_views: Math.max(fromProfile, count((fromProfile / c.conversion) * r.noise(0.08))),
    chats_from_profile: fromProfile,
    rating_count: ratings,
    rating_sum: Math.min(5 * ratings, Math.max(ratings, count(ratings * c.rating * r.noise(0.03)))),
    new_followers: count(chats * c.followRate * r.noise(0.3)),
  };
  if (cache.size > 20_000) cache.clear();
  cache.set(key, d);
  return d;
}

/** Split `total` over weights (given as running sums), with a little noise. */
function share(total: number, cum: number[], k: number, r: ReturnType<typeof rngAt>): number {
  const w = cum[k]! - (k > 0 ? cum[k - 1]! : 0);
  return count(((total * w) / cum[cum.length - 1]!) * r.noise(0.1));
}

export function characterSpecs(frame: Frame, characters: CharacterDef[]): StatsSpec[] {
  const active = (day: number) => characters.filter((c) => activeOn(c, day));
  const one = new EntityDays(active, () => 1);
  const byScenario = new EntityDays(active, (c) => c.scenarios.length);
  const byModel = new EntityDays(active, (c) => c.models.length);
  return [
    {
      resource: 'stats/characters',
      firstMetric: 'chats_started',
      firstDay: frame.firstDay,
      rowsOn: (day) => one.rowsOn(day),
      row(day, pos, version) {
        const [c] = one.locate(day, pos);
        const d = characterDay(frame, c, day);
        const row: Row = { character_id: c.id, date: dayString(day) };
        for (const [k, v] of Object.entries(d)) row[k] = revised(v, version);
        row.rating_sum = revisedRatingSum(d.rating_sum, d.rating_count, version);
        if ((c.idx + day) % 50 === 0) row.x_sampled = true;
        return row;
      },
    },
    {
      resource: 'stats/character-scenarios',
      firstMetric: 'chats',
      firstDay: frame.firstDay,
      rowsOn: (day) => byScenario.rowsOn(day),
      row(day, pos, version) {
        const [c, k] = byScenario.locate(day, pos);
        const r = rngAt(frame.seed, T_SPLIT, c.idx, day, k);
        const chats = share(characterDay(frame, c, day).chats_started, c.scenarioCum, k, r);
        return { character_id: c.id, date: dayString(day), scenario: c.scenarios[k], chats: revised(chats, version) };
      },
    },
    {
      resource: 'stats/character-models',
      firstMetric: 'chats',
      firstDay: frame.firstDay,
      rowsOn: (day) => byModel.rowsOn(day),
      row(day, pos, version) {
        const [c, k] = byModel.locate(day, pos);
        const r = rngAt(frame.seed, T_SPLIT, c.idx, day, 100 + k);
        const chats = share(characterDay(frame, c, day).chats_started, c.modelCum, k, r);
        return { character_id: c.id, date: dayString(day), model: c.models[k], chats: revised(chats, version) };
      },
    },
  ];
}
