import { describe, expect, it } from 'vitest';
import { PALETTE, streamColor } from '../../renderer/charts/palette';
import { STREAM_ORDER } from '../../db/words/vocabulary';

describe('stream colours', () => {
  it('give every known stream its own colour, whatever else is present', () => {
    const earning = STREAM_ORDER.filter((s) => s !== 'payout');
    const colours = earning.map(streamColor);
    expect(new Set(colours).size).toBe(earning.length);
    for (const c of colours) expect(PALETTE).toContain(c);
    // "Fan support" is the same colour on a tab with two streams as on one with eight.
    expect(streamColor('support')).toBe(PALETTE[3]);
  });

  it('give a stream the app has never seen a stable colour of its own, apart from the known ones', () => {
    const known = new Set(STREAM_ORDER.filter((s) => s !== 'payout').map(streamColor));
    for (const name of ['merch', 'tips_v2', 'constructor']) {
      expect(streamColor(name)).toBe(streamColor(name));
      expect(known.has(streamColor(name))).toBe(false);
    }
  });
});
