// Daily stats per character: activity, conversion from profile, depth of chats, ratings, followers,
// distinct users ever and embed use, and the scenario and model breakdowns.
import type { CharacterDef } from './catalogue';
import { activeOn } from './catalogue';
import type { Row } from './feed';
import type { Frame } from './model';
import { count, growth, ramp, revised, revisedRatingSum, weekly } from './model';
import { rngAt, tag } from './rng';
import { EntityDays, type StatsSpec } from './stats-feed';
import { DAY_MS, dayString } from './time';
import { priceAt } from './embed-prices';

/** What businesses paid for a character's embed/API use on a day (USD micro-units, the ledger's gross by
 *  character index): the tokens they used are that money at the day's price. */
export type EmbedGross = (day: number) => Map<number, number>;

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

/** Tokens used through embed/API by a character on a day: what was paid, at the price of that noon. */
export function embedTokensOn(c: CharacterDef, day: number, gross: EmbedGross): number {
  const paid = gross(day).get(c.idx) ?? 0;
  return Math.round((paid * 1_000_000) / priceAt(c.prices, day * DAY_MS + DAY_MS / 2));
}

const users = new WeakMap<CharacterDef, number[]>();

/** Distinct users who ever chatted, at the end of a day: each day's active users who were not returning
 *  ones are first-timers (built once per character, from its first day on). */
export function usersTotalOn(frame: Frame, c: CharacterDef, day: number): number {
  let cum = users.get(c);
  if (!cum) users.set(c, (cum = []));
  for (let x = c.createdDay + cum.length; x <= day; x++) {
    const d = characterDay(frame, c, x);
    cum.push((cum[cum.length - 1] ?? 0) + d.active_users - d.returning_users);
  }
  return cum[day - c.createdDay] ?? 0;
}

/** Split `total` over weights (given as running sums), with a little noise. */
function share(total: number, cum: number[], k: number, r: ReturnType<typeof rngAt>): number {
  const w = cum[k]! - (k > 0 ? cum[k - 1]! : 0);
  return count(((total * w) / cum[cum.length - 1]!) * r.noise(0.1));
}

/** With `newer` (the platform's newer fields), each day also says users_total and embed_tokens. */
export function characterSpecs(frame: Frame, characters: CharacterDef[], gross: EmbedGross, newer: boolean): StatsSpec[] {
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
        // Tokens count embed use too, whether or not the platform says which part it was.
        const embed = embedTokensOn(c, day, gross);
        row.tokens = revised(d.tokens + embed, version);
        if (newer) {
          row.users_total = usersTotalOn(frame, c, day);
          row.embed_tokens = revised(embed, version);
        }
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
