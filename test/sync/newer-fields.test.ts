import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { rollupsToBuild } from '../../db/rollups';
import { differences } from '../helpers/compare';
import { codeTriggers, rollupTriggers } from '../helpers/rollup-snapshot';
import { tempDbFile } from '../helpers/tmp';
import { fetchAll } from '../sample-platform/helpers';

// The platform's newer fields and collections (embed prices and their versions, users_total,
// embed_tokens, chat lengths, topics) over real HTTP; and an older platform without them, whose 404 for
// the two collections is recorded as "not offered", stores nothing and fails nothing.
const TODAY = '2026-11-22';
const noWait = { sleep: async () => {}, random: () => 0.5 };
const NEW = ['stats/character-chat-lengths', 'stats/character-topics'] as const;
let platforms: SamplePlatform[] = [];
let db: Db | undefined;

afterEach(async () => {
  db?.close();
  for (const p of platforms) await p.close();
  platforms = [];
  db = undefined;
});

async function platform(older = false) {
  const p = await startSamplePlatform({ scale: 'tiny', today: TODAY, older });
  platforms.push(p);
  return p;
}

const sync = (d: Db, p: SamplePlatform) => runSync(d, { baseUrl: p.url, token: p.token, client: noWait });
const notOffered = (d: Db) => d.prepare(`SELECT resource, not_offered_at IS NOT NULL AS no FROM sync_state WHERE resource IN (?, ?) ORDER BY resource`).raw().all(...NEW);
/** Per live character, each version of its row whose price differs from the version before it. */
async function priceHistory(p: SamplePlatform): Promise<unknown[][]> {
  const { rows } = await fetchAll(p, 'characters');
  const gone = new Set(rows.filter((r) => r.deleted === true).map((r) => r.id));
  const out: unknown[][] = [];
  const last = new Map<unknown, string>();
  for (const r of rows) {
    const price = r.embed_price as { currency: string; per_million_tokens: string } | undefined;
    if (r.deleted === true || gone.has(r.id) || !price) continue;
    const said = `${price.currency} ${price.per_million_tokens}`;
    if (last.get(r.id) !== said) out.push([r.id, r.updated_at, price.currency, Math.round(Number(price.per_million_tokens) * 100) * 10_000]);
    last.set(r.id, said);
  }
  return out.sort((x, y) => String(x[0]).localeCompare(String(y[0])) || String(x[1]).localeCompare(String(y[1])));
}

const count = (d: Db, table: string) => d.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('the newer fields and collections', () => {
  it('are copied exactly, with every version of each embed price the feed delivered', async () => {
    const p = await platform();
    db = (await openDatabase(tempDbFile())).db;
    const summary = await sync(db, p);
    expect(summary).toMatchObject({ status: 'ok', failures: [] });
    expect(differences(db, p, ['characters', 'stats/characters', ...NEW])).toEqual([]);
    // Every price each live character had, at the first version of its row that carried it: read from
    // the feed itself, every version in the order the platform sent them.
    expect(db.prepare(`SELECT character_id, updated_at, currency, per_million_micros FROM character_embed_prices ORDER BY 1, 2`).raw().all()).toEqual(await priceHistory(p));
    // The first character lowered its price to the platform's minimum; the third raised it from 5.00 to 10.00.
    expect(db.prepare(`SELECT per_million_micros FROM character_embed_prices WHERE character_id = 'chr_0001' ORDER BY updated_at`).pluck().all()).toEqual([6_000_000, 3_750_000]);
    expect(db.prepare(`SELECT per_million_micros FROM character_embed_prices WHERE character_id = 'chr_0003' ORDER BY updated_at`).pluck().all()).toEqual([5_000_000, 10_000_000]);
    // Nothing unknown: each day says its distinct users and its embed part of the tokens.
    expect(count(db, 'stats_characters')).toBeGreaterThan(0);
    expect(db.prepare(`SELECT count(*) FROM stats_characters WHERE users_total IS NULL OR embed_tokens IS NULL OR embed_tokens > tokens`).pluck().get()).toBe(0);
    // Topics are sent only where at least ten chats of the character had them that day.
    expect(count(db, 'stats_character_topics')).toBeGreaterThan(0);
    expect(db.prepare(`SELECT min(chats) FROM stats_character_topics`).pluck().get()).toBeGreaterThanOrEqual(10);
    expect(notOffered(db)).toEqual([[NEW[0], 0], [NEW[1], 0]]);
  });

  it('keep the price a character had before a change, seen by a later sync as a new version', async () => {
    const p = await platform();
    db = (await openDatabase(tempDbFile())).db;
    await sync(db, p);
    const before = count(db, 'character_embed_prices');
    // The fourth day moves one character's price by 0.50 (the other days edit greetings: new versions of
    // the rows, at the same prices, which add no price).
    for (let i = 0; i < 4; i++) {
      p.advanceDay();
      expect((await sync(db, p)).status).toBe('ok');
    }
    const changed = db.prepare(`SELECT character_id, per_million_micros FROM character_embed_prices ORDER BY updated_at DESC LIMIT 1`).raw().get() as [string, number];
    expect(count(db, 'character_embed_prices')).toBe(before + 1);
    const history = db.prepare(`SELECT per_million_micros FROM character_embed_prices WHERE character_id = ? ORDER BY updated_at`).pluck().all(changed[0]) as number[];
    expect(history.at(-1)! - history.at(-2)!).toBe(500_000);
    expect(db.prepare(`SELECT embed_price_micros FROM characters WHERE id = ?`).pluck().get(changed[0])).toBe(changed[1]);
    expect(differences(db, p, ['characters', 'stats/characters', ...NEW])).toEqual([]);
  });
});

describe('an older platform without them', () => {
  it('syncs in full, records the two collections as not offered and stores no value for what it does not send', async () => {
    const p = await platform(true);
    db = (await openDatabase(tempDbFile())).db;
    const summary = await sync(db, p);
    expect(summary).toMatchObject({ status: 'ok', failures: [], error: null });
    expect(notOffered(db)).toEqual([[NEW[0], 1], [NEW[1], 1]]);
    expect(db.prepare(`SELECT count(*) FROM sync_state WHERE last_error IS NOT NULL`).pluck().get()).toBe(0);
    expect(count(db, 'stats_character_chat_lengths') + count(db, 'stats_character_topics') + count(db, 'character_embed_prices')).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM characters WHERE embed_price_micros IS NOT NULL OR embed_price_currency IS NOT NULL`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*), count(users_total), count(embed_tokens), sum(embed_days) FROM stats_characters`).raw().get()).toEqual([count(db, 'stats_characters'), 0, 0, 0]);
    expect(db.prepare(`SELECT sum(embed_tokens), sum(embed_days) FROM stats_characters_monthly`).raw().get()).toEqual([0, 0]);
    // A first pass that stored nothing left the rollups of the two collections as they were: kept by
    // their triggers, nothing waiting to be built (the figures are not called incomplete).
    expect(rollupsToBuild(db)).toEqual([]);
    expect(rollupTriggers(db)).toEqual(codeTriggers());
  });

  it('is offered again once the platform answers: the next pass clears "not offered" and stores the rows', async () => {
    const older = await platform(true);
    db = (await openDatabase(tempDbFile())).db;
    await sync(db, older);
    const newer = await platform();
    expect((await runSync(db, { baseUrl: newer.url, token: newer.token, client: noWait, full: true })).status).toBe('ok');
    expect(notOffered(db)).toEqual([[NEW[0], 0], [NEW[1], 0]]);
    expect(differences(db, newer, [...NEW])).toEqual([]);
  });
});
