// A character's embed/API price (what a business pays per million tokens, set by the creator), every
// price it had, and what the creator earned per million embed tokens: exact decimal strings, never floats.
import type { Db } from '../../open';
import { divRound } from '../../decimal';
import { formatMicros } from '../../money';
import { toMicros } from '../../words/money';
import { localDate } from '../timezone';
import type { EmbedPrice, PriceVersion } from '../types/content';

/** The platform's minimum embed price: 3.75 USD per million tokens. */
export const MIN_EMBED_PRICE = { currency: 'USD', micros: 3_750_000 } as const;

export const atMinimum = (currency: string, micros: number) => currency === MIN_EMBED_PRICE.currency && micros <= MIN_EMBED_PRICE.micros;

interface PriceRow {
  id: string;
  currency: string;
  micros: number;
  since: string;
}

/** Each character's price now, with the local day it was set; characters without one are absent. */
export function currentPrices(db: Db, zone: string, id?: string): Map<string, EmbedPrice> {
  const rows = db.prepare(
    `SELECT c.id, c.embed_price_currency AS currency, c.embed_price_micros AS micros,
       coalesce((SELECT max(p.updated_at) FROM character_embed_prices p WHERE p.character_id = c.id), c.updated_at) AS since
     FROM characters c WHERE c.embed_price_micros IS NOT NULL ${id === undefined ? '' : 'AND c.id = ?'}`,
  ).all(...(id === undefined ? [] : [id])) as PriceRow[];
  return new Map(
    rows.map((r) => [
      r.id,
      { currency: r.currency, perMillion: formatMicros(r.micros), atMinimum: atMinimum(r.currency, r.micros), since: localDate(Date.parse(r.since), zone) },
    ]),
  );
}

/** Every price a character had, oldest first, each against the one before it. */
export function priceHistory(db: Db, id: string, zone: string): PriceVersion[] {
  const rows = db.prepare(`SELECT updated_at AS at, currency, per_million_micros AS micros FROM character_embed_prices WHERE character_id = ? ORDER BY updated_at`).all(id) as {
    at: string;
    currency: string;
    micros: number;
  }[];
  return rows.map((r, i) => {
    const before = rows[i - 1];
    const change: PriceVersion['change'] = !before ? 'set' : before.currency !== r.currency ? 'currency' : r.micros > before.micros ? 'rise' : 'cut';
    return { day: localDate(Date.parse(r.at), zone), at: r.at, currency: r.currency, perMillion: formatMicros(r.micros), previous: before ? formatMicros(before.micros) : null, change };
  });
}

/**
 * Money earned per million tokens: `amount` (an exact decimal string) × 1,000,000 ÷ `tokens`, rounded
 * half away from zero to the micro-unit. Null without tokens (none used, or not known).
 */
export function perMillionTokens(amount: string | null, tokens: number | null): string | null {
  if (amount === null || tokens === null || tokens <= 0) return null;
  return formatMicros(divRound(toMicros(amount) * 1_000_000n, BigInt(tokens)));
}
