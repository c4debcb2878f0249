// Where each character's chats end and what they are about, per day: chats by how many messages they
// had (the platform's length buckets) and the platform's topic labels with at least ten chats. Both
// collections are newer than the rest: the platform publishes them for the last year of history only.
import type { CharacterDef } from './catalogue';
import { activeOn } from './catalogue';
import type { Frame } from './model';
import { count, revised } from './model';
import { rngAt, tag } from './rng';
import { characterDay } from './stats-characters';
import { EntityDays, type StatsSpec } from './stats-feed';
import { dayString } from './time';

const T_LENGTH = tag('stats-chat-length');
const T_TOPIC_SET = tag('character-topics');
const T_TOPIC_DAY = tag('stats-topic');

/** The buckets as the contract names them, with their first and last message count (null: open). */
export const LENGTH_BUCKETS: readonly [string, number, number | null][] = [
  ['1', 1, 1], ['2', 2, 2], ['3', 3, 3], ['4-5', 4, 5], ['6-10', 6, 10], ['11-20', 11, 20], ['21-50', 21, 50], ['51+', 51, null],
];

export const TOPICS = ['advice', 'feedback', 'how-to', 'language-practice', 'lore', 'pricing', 'roleplay', 'small-talk', 'story', 'support'];

/** Topics of fewer chats than this on a day are never sent; the final count must clear 10 so that the
 *  provisional ones (at most 7% lower) do as well. */
const TOPIC_FLOOR = 11;

/** The first day the platform publishes these collections for. */
export function conversationsFrom(frame: Frame): number {
  return Math.max(frame.firstDay, frame.anchor - 365);
}

/** Chats that ended on a day per length bucket, in key order, empty buckets left out. Lengths follow a
 *  geometric law whose mean is the character's messages per chat: P(length ≥ n) = q^(n−1). */
function lengthsOn(frame: Frame, c: CharacterDef, day: number): [string, number][] {
  const total = characterDay(frame, c, day).chats_started;
  const q = 1 - 1 / Math.max(1.01, c.msgsPerChat);
  const r = rngAt(frame.seed, T_LENGTH, c.idx, day);
  const out: [string, number][] = [];
  for (const [label, first, last] of LENGTH_BUCKETS) {
    const share = q ** (first - 1) - (last === null ? 0 : q ** last);
    const chats = count(total * share * r.noise(0.1));
    if (chats > 0) out.push([label, chats]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

interface TopicMix {
  topics: string[];
  weights: number[];
  phases: number[];
}

const mixes = new WeakMap<CharacterDef, TopicMix>();

function mixOf(frame: Frame, c: CharacterDef): TopicMix {
  let m = mixes.get(c);
  if (m) return m;
  const r = rngAt(frame.seed, T_TOPIC_SET, c.idx);
  const topics = TOPICS.filter(() => r.chance(0.55)).slice(0, 6);
  if (topics.length < 2) topics.push(...TOPICS.filter((t) => !topics.includes(t)).slice(0, 2));
  const weights = topics.map((_, i) => (i === 0 ? 1 : 0.4 + r.next()) * r.noise(0.2));
  const sum = weights.reduce((a, b) => a + b, 0);
  m = { topics, weights: weights.map((w) => (w / sum) * 0.9), phases: topics.map(() => r.int(0, 119)) };
  mixes.set(c, m);
  return m;
}

/** Chats per topic on a day (those with at least TOPIC_FLOOR), in key order. Shares swell and ebb over
 *  four months, so the ranking moves between periods; the first character's "pricing" questions grow
 *  over the last quarter. */
function topicsOn(frame: Frame, c: CharacterDef, day: number): [string, number][] {
  const total = characterDay(frame, c, day).chats_started;
  const m = mixOf(frame, c);
  const r = rngAt(frame.seed, T_TOPIC_DAY, c.idx, day);
  const out: [string, number][] = [];
  m.topics.forEach((topic, i) => {
    const wave = 1 + 0.5 * Math.sin((2 * Math.PI * (day + m.phases[i]!)) / 120);
    const growing = c.idx === 0 && topic === 'pricing' ? 1 + 2 * Math.max(0, Math.min(1, (day - (frame.anchor - 90)) / 90)) : 1;
    const chats = count(total * m.weights[i]! * wave * growing * r.noise(0.15));
    if (chats >= TOPIC_FLOOR) out.push([topic, chats]);
  });
  if (c.idx === 0 && !m.topics.includes('pricing')) {
    const growing = 2 * Math.max(0, Math.min(1, (day - (frame.anchor - 90)) / 90));
    const chats = count(total * 0.15 * growing * r.noise(0.15));
    if (chats >= TOPIC_FLOOR) out.push(['pricing', chats]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

type Split = { c: CharacterDef; parts: [string, number][] };

/** The characters of a day with their rows of that day (EntityDays keeps one day at a time). */
function perDay(characters: CharacterDef[], parts: (c: CharacterDef, day: number) => [string, number][]): EntityDays<Split> {
  return new EntityDays<Split>((day) => characters.filter((c) => activeOn(c, day)).map((c) => ({ c, parts: parts(c, day) })), (s) => s.parts.length);
}

export function conversationSpecs(frame: Frame, characters: CharacterDef[]): StatsSpec[] {
  const first = conversationsFrom(frame);
  const lengths = perDay(characters, (c, day) => lengthsOn(frame, c, day));
  const topics = perDay(characters, (c, day) => topicsOn(frame, c, day));
  return [
    {
      resource: 'stats/character-chat-lengths',
      firstMetric: 'chats',
      firstDay: first,
      rowsOn: (day) => lengths.rowsOn(day),
      row(day, pos, version) {
        const [s, k] = lengths.locate(day, pos);
        const [length, chats] = s.parts[k]!;
        return { character_id: s.c.id, date: dayString(day), length, chats: revised(chats, version) };
      },
    },
    {
      resource: 'stats/character-topics',
      firstMetric: 'chats',
      firstDay: first,
      rowsOn: (day) => topics.rowsOn(day),
      row(day, pos, version) {
        const [s, k] = topics.locate(day, pos);
        const [topic, chats] = s.parts[k]!;
        return { character_id: s.c.id, date: dayString(day), topic, chats: revised(chats, version) };
      },
    },
  ];
}
