// The words the app uses for the platform's codes: one place for every chart, legend, table, review
// line and export, so "embed" is "Embed / API" everywhere and a stream keeps its name on every page.
// Codes the app has never seen keep their own name (the platform may add streams at any time).

const STREAMS: Record<string, string> = {
  character: 'Chat share',
  embed: 'Embed / API',
  plugin: 'Plugin commission',
  support: 'Fan support',
  campaign: 'Campaign prizes',
  bounty: 'Bounties',
  referral: 'Referrals',
  adjustment: 'Adjustments',
  payout: 'Payouts',
};

/** The order streams are listed in: the creator's own work first, corrections and transfers last. */
export const STREAM_ORDER = ['character', 'embed', 'plugin', 'support', 'campaign', 'bounty', 'referral', 'adjustment', 'payout'] as const;

const SOURCE_TYPES: Record<string, string> = {
  character: 'Character',
  plugin: 'Plugin',
  story: 'Story',
  support: 'Fan support',
  payout: 'Payout',
  platform: 'Platform',
  campaign: 'Campaign',
};

const STATUSES: Record<string, string> = {
  pending: 'Pending',
  available: 'Available',
  reversed: 'Reversed',
  processing: 'Processing',
  paid: 'Paid',
  failed: 'Failed',
};

const CURRENCIES: Record<string, string> = { CREDITS: 'Credits' };

/** "new_thing" → "New thing": a code nobody named yet, readable as it is. */
function ownName(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : code;
}

export function streamName(stream: string): string {
  return Object.hasOwn(STREAMS, stream) ? STREAMS[stream] : ownName(stream);
}

/** Known streams in STREAM_ORDER, then the others by code. */
export function compareStreams(a: string, b: string): number {
  const rank = (s: string) => {
    const i = (STREAM_ORDER as readonly string[]).indexOf(s);
    return i < 0 ? STREAM_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

export function sourceTypeName(sourceType: string): string {
  return Object.hasOwn(SOURCE_TYPES, sourceType) ? SOURCE_TYPES[sourceType] : ownName(sourceType);
}

export function statusName(status: string): string {
  return Object.hasOwn(STATUSES, status) ? STATUSES[status] : ownName(status);
}

const METHODS: Record<string, string> = { usdt_wallet: 'USDT wallet', stripe_connect: 'Stripe Connect' };

/** A payout method as people read it, with its network: "USDT wallet (TRC-20)". */
export function payoutMethodName(method: string, network: string | null): string {
  const name = Object.hasOwn(METHODS, method) ? METHODS[method] : ownName(method);
  return network ? `${name} (${network})` : name;
}

/** A currency as people read it: "Credits" for the platform's spendable credits, codes otherwise. */
export function currencyName(currency: string): string {
  return Object.hasOwn(CURRENCIES, currency) ? CURRENCIES[currency] : currency;
}

const PRICE_CHANGES: Record<string, string> = { set: 'first seen', rise: 'raised', cut: 'lowered', currency: 'currency changed' };

/** How an embed price moved from the one before it, in the price history and its export alike. */
export function priceChangeName(change: string): string {
  return PRICE_CHANGES[change] ?? change;
}

/** A chat-length bucket of the platform's ('1', '4-5', '51+') as a count of messages. */
export function chatLengthName(length: string): string {
  if (length === '1') return '1 message';
  return `${length.replace('-', '–').replace('+', ' or more')} messages`;
}
