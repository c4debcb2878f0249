// The creator's works: characters, plugins, stories and announcements, with the traits that make the
// generated activity tell stories (a greeting that converts but does not hold, a plugin with churn…).
import type { ScaleConfig } from './config';
import { DAY_MS, HOUR_MS } from './time';
import { cumulative, hash, pad, Rng, rngAt, tag } from './rng';
import type { Frame } from './model';
import { makePrices, type PriceChange } from './embed-prices';
import {
  ANNOUNCEMENT_TITLES, CHAPTER_WORDS, CHARACTER_NAMES, IDENTITIES, MILESTONES, MODELS, NAME_PARTS_A, NAME_PARTS_B,
  OWN_TAGS, PLUGIN_NAMES, PLUGIN_TAGS, SCENARIOS, STORY_TITLES,
} from './texts';

export interface Entity {
  idx: number;
  id: string;
  createdDay: number;
  createdMs: number;
  /** First day without activity; null while the entity lives. */
  deletedDay: number | null;
  deletedMs: number | null;
  /** Unknown fields this row carries (clients must ignore them). */
  extra: Record<string, unknown> | null;
}

export interface CharacterDef extends Entity {
  name: string;
  tags: string[];
  popularity: number;
  embedWeight: number;
  /** chats_from_profile / profile_views */
  conversion: number;
  msgsPerChat: number;
  rating: number;
  returnRate: number;
  followRate: number;
  scenarios: string[];
  scenarioCum: number[];
  models: string[];
  modelCum: number[];
  greetingEdits: number[];
  /** Embed/API price changes, oldest first (embed-prices.ts). */
  prices: PriceChange[];
}

export interface PluginDef extends Entity {
  name: string;
  tags: string[];
  installsPerDay: number;
  initialInstalls: number;
  uninstallRate: number;
  /** active chats per day / installs_total */
  activeRate: number;
  chatsPerActive: number;
  rating: number;
  commission: number;
}

export interface StoryDef extends Entity {
  title: string;
  tags: string[];
  chapters: { index: number; title: string; dropRate: number }[];
  milestones: { key: string; title: string; rate: number }[];
  identities: { key: string; name: string }[];
  identityCum: number[];
  playsPerDay: number;
  replayRate: number;
  playtime: number;
}

export interface AnnouncementDef {
  idx: number;
  id: string;
  postedDay: number;
  postedMs: number;
  title: string;
  openRate: number;
  engageRate: number;
  deletedMs: number | null;
}

const T_CHAR = tag('character');
const T_PLUGIN = tag('plugin');
const T_STORY = tag('story');
const T_ANN = tag('announcement');

function pickDistinct(r: Rng, pool: readonly string[], n: number, first?: string): string[] {
  const out = first === undefined ? [] : [first];
  while (out.length < n) {
    const v = r.pick(pool);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

function byName(pairs: [string, number][]): [string, number][] {
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function createdAt(day: number, r: Rng): number {
  return day * DAY_MS + 9 * HOUR_MS + r.int(0, 8 * 3600) * 1000 + r.int(0, 999);
}

function generatedName(k: number): string {
  return `${NAME_PARTS_A[k % NAME_PARTS_A.length]} ${NAME_PARTS_B[Math.floor(k / NAME_PARTS_A.length) % NAME_PARTS_B.length]} ${k + 1}`;
}

/** Spread creation days: the first few exist from the start, the rest over 75% of history. */
function creationDay(frame: Frame, k: number, n: number, early: number, r: Rng): number {
  if (k < early) return frame.firstDay;
  const span = frame.anchor - frame.firstDay;
  const day = frame.firstDay + Math.floor(((k - early + 1) / Math.max(1, n - early)) * 0.75 * span) + r.int(0, 5);
  return Math.min(day, frame.anchor - 2);
}

export function makeCharacters(frame: Frame, cfg: ScaleConfig): CharacterDef[] {
  const n = cfg.characters;
  const deleteIdx = n >= 3 ? n - 2 : -1;
  const span = frame.anchor - frame.firstDay;
  return Array.from({ length: n }, (_, k) => {
    const r = rngAt(frame.seed, T_CHAR, k);
    const createdDay = creationDay(frame, k, n, 3, r);
    const deletedDay = k === deleteIdx ? frame.anchor - Math.max(2, Math.min(40, Math.floor(span / 4))) : null;
    // Sub-rows are listed in key order (by name) so feed order within a date follows the key.
    const scenarios = byName(pickDistinct(r, SCENARIOS, r.int(2, 4)).map((name, i) => [name, (i === 0 ? 1 : 0.55 / i) * r.noise(0.2)]));
    const models = byName(pickDistinct(r, MODELS, 3).map((name, i) => [name, ([0.55, 0.3, 0.15][i] as number) * r.noise(0.3)]));
    const edits: number[] = [];
    for (let e = r.int(0, 2); e > 0; e--) {
      const day = r.int(createdDay + 1, frame.anchor - 1);
      if (day > createdDay) edits.push(day * DAY_MS + r.int(0, DAY_MS - 1));
    }
    edits.sort((a, b) => a - b);
    const extra: Record<string, unknown> | null =
      k % 4 === 1 ? { avatar_url: `https://cdn.example-platform.com/avatars/chr_${pad(k + 1, 4)}.png` }
      : k % 5 === 2 ? { x_beta: { voice: true, languages: ['en', 'pt-BR'] } } : null;
    // In this order: the generator's draws must stay where they were.
    const tags = pickDistinct(r, OWN_TAGS, r.int(2, 3), OWN_TAGS[k % OWN_TAGS.length]);
    const createdMs = createdAt(createdDay, r);
    return {
      idx: k,
      id: `chr_${pad(k + 1, 4)}`,
      name: k < CHARACTER_NAMES.length ? (CHARACTER_NAMES[k] as string) : generatedName(k),
      tags,
      createdDay,
      createdMs,
      deletedDay,
      deletedMs: deletedDay === null ? null : deletedDay * DAY_MS + 15 * HOUR_MS + r.int(0, 3_599_999),
      extra,
      // Character 0: a greeting that converts but a character that does not hold attention;
      // character 1: the other way round.
      popularity: k === 0 ? 1.4 : k === 1 ? 0.9 : 0.2 + r.next(),
      embedWeight: 0.1 + r.next(),
      conversion: k === 0 ? 0.42 : k === 1 ? 0.045 : 0.11 + 0.13 * r.next(),
      msgsPerChat: k === 0 ? 4.2 : k === 1 ? 41 : 9 + 13 * r.next(),
      rating: 3.6 + 1.2 * r.next(),
      returnRate: 0.25 + 0.35 * r.next(),
      followRate: 0.01 + 0.03 * r.next(),
      scenarios: scenarios.map(([name]) => name),
      scenarioCum: cumulative(scenarios.map(([, w]) => w)),
      models: models.map(([name]) => name),
      modelCum: cumulative(models.map(([, w]) => w)),
      greetingEdits: edits,
      prices: makePrices(frame, k, createdDay, createdMs),
    };
  });
}

export function makePlugins(frame: Frame, cfg: ScaleConfig): PluginDef[] {
  const n = cfg.plugins;
  const deleteIdx = n >= 2 ? Math.min(2, n - 1) : -1;
  const span = frame.anchor - frame.firstDay;
  return Array.from({ length: n }, (_, k) => {
    const r = rngAt(frame.seed, T_PLUGIN, k);
    const createdDay = creationDay(frame, k, n, 2, r);
    const deletedDay = k === deleteIdx ? frame.anchor - Math.max(2, Math.min(60, Math.floor(span / 5))) : null;
    // Plugin 0: ~10k installs but ~200 chats a week: churn.
    const target = k === 0 ? 10_000 : 600 + r.int(0, 2400);
    const initialInstalls = k === 0 ? 1_200 : r.int(0, 50);
    const uninstallRate = k === 0 ? 0.1 : 0.04 + 0.06 * r.next();
    const days = Math.max(1, frame.anchor - createdDay + 1);
    const activeRate = k === 0 ? 0.0042 : 0.05 + 0.07 * r.next();
    return {
      idx: k,
      id: `plg_${pad(k + 1, 4)}`,
      name: k < PLUGIN_NAMES.length ? (PLUGIN_NAMES[k] as string) : `${generatedName(k)} Plugin`,
      tags: pickDistinct(r, PLUGIN_TAGS, 2),
      createdDay,
      createdMs: createdAt(createdDay, r),
      deletedDay,
      deletedMs: deletedDay === null ? null : deletedDay * DAY_MS + 11 * HOUR_MS + r.int(0, 3_599_999),
      extra: k % 3 === 1 ? { x_permissions: ['read_chat'] } : null,
      installsPerDay: (target - initialInstalls) / (days * 0.98 * (1 - uninstallRate)),
      initialInstalls,
      uninstallRate,
      activeRate,
      chatsPerActive: 1.2 + 1.3 * r.next(),
      rating: 3.5 + 1.4 * r.next(),
      commission: target * activeRate,
    };
  });
}

export function makeStories(frame: Frame, cfg: ScaleConfig): StoryDef[] {
  const n = cfg.stories;
  const span = frame.anchor - frame.firstDay;
  return Array.from({ length: n }, (_, k) => {
    const r = rngAt(frame.seed, T_STORY, k);
    const createdDay = frame.firstDay + Math.floor(span * (0.15 + (0.55 * k) / Math.max(1, n - 1)));
    const chapterCount = k === 0 ? 7 : r.int(5, 8);
    const chapters = Array.from({ length: chapterCount }, (_, c) => ({
      index: c + 1,
      title: CHAPTER_WORDS[(c + k * 3) % CHAPTER_WORDS.length] as string,
      // Story 0 loses half its players in chapter 4: a clear drop-off chapter.
      dropRate: c === chapterCount - 1 ? 0.15 + 0.15 * r.next() : k === 0 ? [0.04, 0.05, 0.06, 0.52, 0.08, 0.07][c] as number : 0.05 + 0.07 * r.next(),
    }));
    const milestones = MILESTONES.slice(0, r.int(3, 5)).map(([key, title]) => ({ key, title, rate: 0.15 + 0.55 * r.next() })).sort((a, b) => (a.key < b.key ? -1 : 1));
    const identities = IDENTITIES.slice(0, r.int(2, 4)).map(([key, name]) => ({ key, name })).sort((a, b) => (a.key < b.key ? -1 : 1));
    return {
      idx: k,
      id: `sty_${pad(k + 1, 4)}`,
      title: k < STORY_TITLES.length ? (STORY_TITLES[k] as string) : `The ${generatedName(k)}`,
      tags: pickDistinct(r, OWN_TAGS, 2),
      createdDay,
      createdMs: createdAt(createdDay, r),
      deletedDay: null,
      deletedMs: null,
      extra: k % 2 === 0 ? { cover_url: `https://cdn.example-platform.com/covers/sty_${pad(k + 1, 4)}.jpg`, x_rating: 'teen' } : null,
      chapters,
      milestones,
      identities,
      identityCum: cumulative(identities.map((_, i) => (i === 0 ? 1.6 : 1) * r.noise(0.3))),
      playsPerDay: 60 + r.int(0, 140),
      replayRate: 0.08 + 0.2 * r.next(),
      playtime: 900 + r.int(0, 1800),
    };
  });
}

/** Announcement j: posted every `every` days (± a few) from day 20 of history. */
export function makeAnnouncement(frame: Frame, every: number, j: number): AnnouncementDef {
  const r = rngAt(frame.seed, T_ANN, j);
  const postedDay = frame.firstDay + Math.min(20, every) + j * every + (hash(frame.seed, T_ANN, j) % Math.max(1, Math.min(5, every - 1)));
  const base = ANNOUNCEMENT_TITLES[j % ANNOUNCEMENT_TITLES.length] as string;
  return {
    idx: j,
    id: `ann_${pad(j + 1, 4)}`,
    postedDay,
    postedMs: postedDay * DAY_MS + 15 * HOUR_MS + r.int(0, 3_599_999),
    title: j < ANNOUNCEMENT_TITLES.length ? base : `${base} (#${j + 1})`,
    openRate: 0.35 + 0.2 * r.next(),
    engageRate: 0.1 + 0.15 * r.next(),
    deletedMs: null,
  };
}

/** Whether an entity has activity on `day`. */
export function activeOn(e: Entity, day: number): boolean {
  return e.createdDay <= day && (e.deletedDay === null || day < e.deletedDay);
}
