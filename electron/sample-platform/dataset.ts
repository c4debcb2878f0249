// The whole sample dataset: catalogue, ledger, payouts, support and daily stats, as of a clock that
// `advanceDay` moves forward one day at a time, with the changes a real platform makes as days pass.
import { formatMicros } from '../../db/money';
import { SCALES, type Scale, type ScaleConfig } from './config';
import type { AnnouncementDef } from './catalogue';
import { makeAnnouncement, makeCharacters, makePlugins, makeStories } from './catalogue';
import { ListFeed, announcementExtras, characterExtras, pluginExtras, storyExtras } from './catalogue-feeds';
import type { Feed, Row } from './feed';
import { Ledger } from './ledger';
import { CURRENCIES, S_SUPPORT, type World } from './ledger-rows';
import type { Clock, Frame } from './model';
import { clockAt } from './model';
import { hash, rngAt, tag, type Rng } from './rng';
import { audienceSpecs } from './stats-audience';
import { characterSpecs } from './stats-characters';
import { conversationSpecs } from './stats-conversations';
import { StatsFeed } from './stats-feed';
import { pluginSpecs, storySpecs } from './stats-works';
import { SupportFeed } from './support';
import { DAY_MS, HOUR_MS, iso, parseDay } from './time';

const T_ADVANCE = tag('advance');

export interface DatasetOptions {
  seed: number;
  scale: Scale;
  /** 'YYYY-MM-DD' */
  today: string;
  /** Without the platform's newer fields and collections (SamplePlatformOptions.older). */
  older?: boolean;
}

export class Dataset {
  readonly cfg: ScaleConfig;
  readonly frame: Frame;
  readonly clock: Clock;
  readonly world: World;
  readonly ledger: Ledger;
  readonly support: SupportFeed;
  readonly statsFeeds: StatsFeed[];
  readonly feeds = new Map<string, Feed>();
  readonly announcements: AnnouncementDef[] = [];
  /** Whether it sends the newer fields and collections (embed prices, users_total, embed_tokens, chat
   *  lengths, topics). */
  readonly newer: boolean;
  private readonly lists: ListFeed[];
  private readonly followersTotal: (day: number) => number;
  private advances = 0;

  constructor(opts: DatasetOptions) {
    this.cfg = SCALES[opts.scale];
    this.newer = !opts.older;
    const anchor = parseDay(opts.today);
    this.frame = { seed: opts.seed >>> 0, firstDay: anchor - this.cfg.days + 1, anchor };
    this.clock = clockAt(anchor);
    this.world = {
      frame: this.frame,
      characters: makeCharacters(this.frame, this.cfg),
      plugins: makePlugins(this.frame, this.cfg),
      stories: makeStories(this.frame, this.cfg),
    };
    this.extendAnnouncements();
    this.ledger = new Ledger(this.world, this.cfg, this.clock);
    this.ledger.extendTo(anchor);
    this.support = new SupportFeed(this.ledger);
    const ownTags = [...new Set(this.world.characters.flatMap((c) => c.tags))];
    const audience = audienceSpecs(this.frame, this.cfg, ownTags);
    this.followersTotal = audience.followersTotal;
    const specs = [
      ...characterSpecs(this.frame, this.world.characters, (day) => this.ledger.embedGrossOn(day), this.newer),
      ...(this.newer ? conversationSpecs(this.frame, this.world.characters) : []),
      ...pluginSpecs(this.frame, this.world.plugins),
      ...storySpecs(this.frame, this.world.stories),
      ...audience.specs,
    ];
    this.statsFeeds = specs.map((s) => new StatsFeed(s, this.clock));
    this.lists = [
      new ListFeed('characters', () => characterExtras(this.world.characters, this.clock, this.newer)),
      new ListFeed('plugins', () => pluginExtras(this.world.plugins, this.clock)),
      new ListFeed('stories', () => storyExtras(this.world.stories, this.clock)),
      new ListFeed('announcements', () => announcementExtras(this.announcements, this.clock, this.followersTotal)),
    ];
    const payouts = new ListFeed('payouts', () => this.ledger.payouts.extras(this.clock));
    for (const f of [...this.lists, this.ledger, payouts, this.support, ...this.statsFeeds]) this.feeds.set(f.name, f);
    this.lists.push(payouts);
    // A few changes already happened today: voided and early-released ledger rows, a charged-back support.
    this.changeLedger(rngAt(this.frame.seed, T_ADVANCE, 0), this.clock.asOfMs - 2 * HOUR_MS);
    this.refresh();
  }

  /** Resource names, as in the path after /v1/. */
  resources(): string[] {
    return [...this.feeds.keys()];
  }

  creator(): Row {
    return {
      id: `cr_${hash(this.frame.seed, tag('creator')).toString(36)}`,
      handle: 'mira.writes',
      display_name: 'Mira Okafor',
      timezone: 'America/Sao_Paulo',
      created_at: iso((this.frame.firstDay - 14) * DAY_MS + 10 * HOUR_MS + 32 * 60_000 + 7_123),
      payout: { schedule: 'monthly', minimum: [{ currency: 'USDT', amount: '10.00' }] },
      verified: true,
    };
  }

  /** Balances per currency, from the ledger alone (available / pending Σ net). */
  balanceMicros(): Map<string, { available: bigint; pending: bigint }> {
    const out = new Map<string, { available: bigint; pending: bigint }>();
    for (const c of CURRENCIES) out.set(c, { available: 0n, pending: 0n });
    for (const [key, { net }] of this.ledger.sums()) {
      const [currency, , status] = key.split('|') as [string, string, string];
      const b = out.get(currency) ?? { available: 0n, pending: 0n };
      if (status === 'available') b.available += net;
      if (status === 'pending') b.pending += net;
      out.set(currency, b);
    }
    return out;
  }

  balances(): Row {
    return {
      as_of: iso(this.clock.asOfMs),
      balances: [...this.balanceMicros()].map(([currency, b]) => ({
        currency,
        available: formatMicros(b.available),
        pending: formatMicros(b.pending),
      })),
    };
  }

  /** One more day: new rows, revised stats, status changes, tombstones, perhaps a payout. */
  advanceDay(): void {
    this.advances++;
    const r = rngAt(this.frame.seed, T_ADVANCE, this.advances);
    const today = this.clock.today + 1;
    const asOf = today * DAY_MS + 12 * HOUR_MS;
    this.changeCatalogue(r, today, asOf);
    Object.assign(this.clock, clockAt(today));
    this.extendAnnouncements();
    this.ledger.extendTo(today);
    this.changeLedger(r, asOf - HOUR_MS);
    this.refresh();
  }

  private refresh(): void {
    for (const f of this.statsFeeds) f.extend();
    for (const f of this.lists) f.refresh();
    this.ledger.rebuildExtras();
  }

  private extendAnnouncements(): void {
    for (;;) {
      const a = makeAnnouncement(this.frame, this.cfg.announcementEvery, this.announcements.length);
      if (a.postedDay > this.clock.today) return;
      this.announcements.push(a);
    }
  }

  /** Catalogue changes of a new day; deletions stop activity from the next day on. */
  private changeCatalogue(r: Rng, today: number, asOf: number): void {
    const { characters, plugins } = this.world;
    const liveChars = characters.filter((c) => c.deletedMs === null);
    const edited = liveChars[this.advances % liveChars.length];
    if (edited) edited.greetingEdits.push(asOf - 3 * HOUR_MS - r.int(0, 3_599_999));
    // Every fourth day a creator moves a price by 0.50 (a new version of that character's row).
    const repriced = this.advances % 4 === 0 ? liveChars[(this.advances / 4) % liveChars.length] : undefined;
    if (repriced) repriced.prices.push({ ms: asOf - 4 * HOUR_MS, micros: repriced.prices[repriced.prices.length - 1]!.micros + 500_000 });
    const kill = (e: { deletedDay: number | null; deletedMs: number | null }, offset: number) => {
      e.deletedDay = today + 1;
      e.deletedMs = asOf - offset;
    };
    const charVictims = liveChars.filter((c) => c.idx > 1 && c !== edited);
    if (this.advances % 3 === 0 && liveChars.length > 2 && charVictims.length > 0) kill(r.pick(charVictims), 2 * HOUR_MS);
    const pluginVictims = plugins.filter((p) => p.deletedMs === null && p.idx > 0);
    if (this.advances % 5 === 0 && pluginVictims.length > 0) kill(r.pick(pluginVictims), 2 * HOUR_MS + 60_000);
    const liveAnn = this.announcements.filter((a) => a.deletedMs === null);
    if (this.advances % 2 === 1 && liveAnn.length > 1) liveAnn[0]!.deletedMs = asOf - HOUR_MS - 60_000;
  }

  /** Ledger changes at `atMs`: two voided pending rows, three released early, one support charged back. */
  private changeLedger(r: Rng, atMs: number): void {
    const ledger = this.ledger;
    const from = ledger.currentMonthStart();
    const to = ledger.baseSize();
    const pick = (olderThan: number, ok: (i: number) => boolean): number | null => {
      for (let attempt = 0; attempt < 60 && to > from; attempt++) {
        const i = r.int(from, to - 1);
        if (ledger.isPendingCandidate(i, olderThan) && ok(i)) return i;
      }
      return null;
    };
    const notSupport = (i: number) => ledger.core(i).stream !== S_SUPPORT;
    for (let k = 0; k < 2; k++) {
      const i = pick(atMs - 2_000, notSupport);
      if (i !== null) ledger.tombstone(i, atMs - k * 1_000);
    }
    for (let k = 0; k < 3; k++) {
      const i = pick(atMs - DAY_MS, () => true);
      if (i !== null) ledger.releaseEarly(i, atMs + 60_000 + k);
    }
    const supports: number[] = [];
    for (let k = this.support.baseSize() - 1; k >= 0 && ledger.supportIdx[k]! >= from; k--) {
      if (ledger.isPendingCandidate(ledger.supportIdx[k]!, atMs)) supports.push(k);
    }
    if (supports.length > 0) this.support.remove(r.pick(supports), atMs + 120_000);
  }
}
