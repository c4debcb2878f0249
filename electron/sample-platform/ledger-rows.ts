// One ledger money movement, generated from its index alone: stream, currency, source and amounts.
// Amounts are integer micro-units from integer arithmetic; net = gross - fee exactly.
import { formatMicros } from '../../db/money';
import type { CharacterDef, Entity, PluginDef, StoryDef } from './catalogue';
import { activeOn } from './catalogue';
import { cumulative, hash, pad, rngAt, tag } from './rng';
import { dayString, iso, monthLabel, monthOf } from './time';
import type { Frame } from './model';
import { progress } from './model';
import type { Row } from './feed';
import { ADJUSTMENT_TEXTS, BOUNTY_TEXTS, CAMPAIGN_PRIZES } from './texts';

export const STREAMS = ['character', 'embed', 'plugin', 'support', 'campaign', 'bounty', 'adjustment', 'referral', 'payout'] as const;
export const CURRENCIES = ['CREDITS', 'USDT', 'USD'] as const;
export const SOURCE_TYPES = ['character', 'plugin', 'story', 'support', 'payout', 'platform'] as const;
export const S_SUPPORT = 3;
export const S_PAYOUT = 8;
export const C_USDT = 1;
export const ST_SUPPORT = 3;
export const ST_PAYOUT = 4;
const ST_PLATFORM = 5;
/** Platform source ids: 0 'platform', 1 'referral-program', CAMPAIGN + month: a campaign of that month. */
const CAMPAIGN = 1_000_000;

/** What a row is, in numbers (cheap to compute for aggregates over a million rows). */
export interface Core {
  stream: number;
  currency: number;
  sourceType: number;
  /** Entity index, platform source id, or the ledger index for support rows. */
  sourceIdx: number;
  /** For support: the character the fan supported. */
  supported: number;
  gross: number;
  fee: number;
  text: number;
}

export interface World {
  frame: Frame;
  characters: CharacterDef[];
  plugins: PluginDef[];
  stories: StoryDef[];
}

interface DaySources {
  chars: CharacterDef[];
  pop: number[];
  embed: number[];
  plugins: PluginDef[];
  commission: number[];
  stories: StoryDef[];
}

const T_LEDGER = tag('ledger');
const CREDITS_PER_UNIT = 25;

/** Picks active sources of a day, cached for the few days a page or a scan touches. */
export class Sources {
  private readonly cache = new Map<number, DaySources>();
  private readonly world: World;

  constructor(world: World) {
    this.world = world;
  }

  on(day: number): DaySources {
    let s = this.cache.get(day);
    if (s) return s;
    const live = <E extends Entity>(list: E[]) => list.filter((e) => activeOn(e, day));
    const chars = live(this.world.characters);
    const plugins = live(this.world.plugins);
    s = {
      chars,
      pop: cumulative(chars.map((c) => c.popularity)),
      embed: cumulative(chars.map((c) => c.embedWeight)),
      plugins,
      commission: cumulative(plugins.map((p) => p.commission)),
      stories: live(this.world.stories),
    };
    if (this.cache.size > 16) this.cache.clear();
    this.cache.set(day, s);
    return s;
  }

  clear(): void {
    this.cache.clear();
  }
}

/** Stream weights: character, embed, plugin, support, campaign, bounty, adjustment, referral. */
export function streamWeights(supportShare: number): number[] {
  return cumulative([0.52, 0.15, 0.22, supportShare, 0.008, 0.007, 0.02, 0.002]);
}

export function earningCore(world: World, sources: Sources, weights: number[], i: number, day: number): Core {
  const r = rngAt(world.frame.seed, T_LEDGER, i);
  const t = progress(world.frame, day);
  let stream = r.weighted(weights);
  if (stream === 1 && r.next() > 0.25 + 0.75 * Math.min(1, t)) stream = 0; // embed grows later
  const src = sources.on(day);
  const gp = Math.round(1000 * (0.7 + 0.6 * Math.min(1.5, t))); // integer permille growth of prices
  const grow = (micros: number) => Math.floor((micros * gp) / 1000);
  const core: Core = { stream, currency: 0, sourceType: ST_PLATFORM, sourceIdx: 0, supported: -1, gross: 0, fee: 0, text: r.int(0, 99) };
  switch (stream) {
    case 0: // character share of chat consumption
      core.currency = r.chance(0.7) ? 0 : 1;
      core.sourceType = 0;
      core.sourceIdx = src.chars[r.weighted(src.pop)]!.idx;
      core.gross = grow(r.int(2_000, 900_000));
      core.fee = Math.floor(core.gross / 10);
      break;
    case 1: // embed/API usage by businesses
      core.currency = 1;
      core.sourceType = 0;
      core.sourceIdx = src.chars[r.weighted(src.embed)]!.idx;
      core.gross = grow(r.int(10_000, 4_000_000));
      core.fee = Math.floor((core.gross * 2) / 10);
      break;
    case 2: // plugin commission
      core.currency = r.chance(0.55) ? 1 : 0;
      core.sourceType = 1;
      core.sourceIdx = src.plugins.length > 0 ? src.plugins[r.weighted(src.commission)]!.idx : 0;
      core.gross = grow(r.int(1_000, 600_000));
      core.fee = Math.floor((core.gross * 5) / 100);
      break;
    case 3: // direct fan support
      core.currency = r.chance(0.55) ? 0 : 1;
      core.sourceType = ST_SUPPORT;
      core.sourceIdx = i;
      core.supported = src.chars[r.weighted(src.pop)]!.idx;
      core.gross = r.pick([1, 2, 3, 5, 5, 10, 10, 20, 50]) * 1_000_000 + (r.chance(0.3) ? r.int(1, 99) * 10_000 : 0);
      core.fee = Math.floor((core.gross * 79) / 1000);
      break;
    case 4: // campaign prize
      core.currency = r.chance(0.05) ? 2 : 1;
      core.sourceIdx = CAMPAIGN + monthOf(day);
      core.gross = r.pick([5, 10, 25, 50]) * 1_000_000;
      break;
    case 5: // bounty on a story
      core.currency = r.chance(0.05) ? 2 : 1;
      if (src.stories.length > 0) {
        core.sourceType = 2;
        core.sourceIdx = r.pick(src.stories).idx;
      }
      core.gross = r.pick([5, 10, 20]) * 1_000_000;
      core.fee = Math.floor((core.gross * 2) / 100);
      break;
    case 6: // platform adjustment, sometimes negative
      core.currency = r.chance(0.5) ? 0 : 1;
      core.gross = r.int(10_000, 5_000_000) * (r.chance(0.3) ? -1 : 1);
      break;
    default: // referral: a stream the contract does not list; clients must keep it under its own name
      core.currency = 0;
      core.sourceIdx = 1;
      core.gross = r.int(100_000, 2_000_000);
  }
  if (core.currency === 0 && stream !== 3) {
    core.gross *= CREDITS_PER_UNIT;
    core.fee *= CREDITS_PER_UNIT;
  }
  return core;
}

export function ledgerId(i: number): string {
  return `led_${pad(i, 10)}`;
}

export function supportId(i: number): string {
  return `sup_${pad(i, 10)}`;
}

/** The source id a (source type, index) pair names; also used for payout breakdown keys. */
export function sourceName(world: World, sourceType: number, idx: number): [string, string] {
  const type = SOURCE_TYPES[sourceType] as string;
  switch (sourceType) {
    case 0: return [type, world.characters[idx]!.id];
    case 1: return [type, world.plugins[idx]!.id];
    case 2: return [type, world.stories[idx]!.id];
    case ST_SUPPORT: return [type, supportId(idx)];
    case ST_PAYOUT: return [type, `pay_${pad(idx + 1, 4)}`];
    default: return [type, idx === 0 ? 'platform' : idx === 1 ? 'referral-program' : `cmp_${monthLabel(idx - CAMPAIGN)}`];
  }
}

/** A numeric key of a source, for aggregate maps. */
export function sourceKey(sourceType: number, idx: number): number {
  return sourceType * 2 ** 40 + idx;
}

export function sourceOfKey(key: number): [number, number] {
  const type = Math.floor(key / 2 ** 40);
  return [type, key - type * 2 ** 40];
}

function description(core: Core): string | undefined {
  if (core.stream === 4) return `Prize: ${CAMPAIGN_PRIZES[core.text % CAMPAIGN_PRIZES.length]}`;
  if (core.stream === 5) return BOUNTY_TEXTS[core.text % BOUNTY_TEXTS.length];
  if (core.stream === 6) return ADJUSTMENT_TEXTS[core.text % ADJUSTMENT_TEXTS.length];
  return undefined;
}

export interface RowState {
  occurredMs: number;
  updatedMs: number;
  status: string;
  availableOn: number | null;
  deleted: boolean;
}

export function earningRow(world: World, i: number, core: Core, st: RowState): Row {
  const [sourceType, sourceId] = sourceName(world, core.sourceType, core.sourceIdx);
  const row: Row = {
    id: ledgerId(i),
    occurred_at: iso(st.occurredMs),
    updated_at: iso(st.updatedMs),
    stream: STREAMS[core.stream],
    source_type: sourceType,
    source_id: sourceId,
    currency: CURRENCIES[core.currency],
    gross: formatMicros(core.gross),
    fee: formatMicros(core.fee),
    net: formatMicros(core.gross - core.fee),
    status: st.status,
  };
  if (st.availableOn !== null) row.available_on = dayString(st.availableOn);
  const text = description(core);
  if (text !== undefined) row.description = text;
  if (hash(world.frame.seed, i) % 29 === 0) row.meta = { x_region: 'sa-east-1', x_batch: i % 97 };
  if (st.deleted) row.deleted = true;
  return row;
}
