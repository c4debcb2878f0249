const LABELS: Record<string, string> = {
  character: 'Chat share',
  embed: 'Embed / API',
  plugin: 'Plugin commission',
  support: 'Fan support',
  campaign: 'Campaign prizes',
  bounty: 'Bounties',
  adjustment: 'Adjustments',
  payout: 'Payouts',
};

const ORDER = ['character', 'embed', 'plugin', 'support', 'campaign', 'bounty', 'adjustment'];

/** A stream's name for people; streams the app does not know yet keep their own name. */
export function streamLabel(stream: string): string {
  return LABELS[stream] ?? stream.charAt(0).toUpperCase() + stream.slice(1);
}

export function streamOrder(a: string, b: string): number {
  const ia = ORDER.indexOf(a);
  const ib = ORDER.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
}
