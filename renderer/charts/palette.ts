// The chart colours, and the one each stream keeps everywhere. No DOM here: tests and exports read it too.
// Distinguishable in light and dark themes, and for the common colour-vision deficiencies.
export const PALETTE = ['#5b5bd6', '#12a4a4', '#e8943a', '#d64f8e', '#5aa83c', '#8e6bd6', '#c2a01e', '#4f8fd6', '#b85c3c', '#6b7a90'];

export function colorFor(index: number): string {
  return PALETTE[index % PALETTE.length];
}

/** Each known stream's own colour, the same on every page, tab and period (a stream no longer takes
 *  the colour of its position among those present). */
const STREAM_COLORS: Record<string, string> = {
  character: PALETTE[0],
  embed: PALETTE[1],
  plugin: PALETTE[2],
  support: PALETTE[3],
  campaign: PALETTE[4],
  bounty: PALETTE[5],
  referral: PALETTE[6],
  adjustment: PALETTE[9],
};

/** A stream's colour; one the app has never seen gets a stable one from its name. */
export function streamColor(stream: string): string {
  if (Object.hasOwn(STREAM_COLORS, stream)) return STREAM_COLORS[stream];
  let hash = 0;
  for (const ch of stream) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[7 + (hash % 2)];
}
