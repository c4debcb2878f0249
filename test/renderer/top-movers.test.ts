// Top movers: the sources whose earnings moved most either way, with exact changes in micro-units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceEarnings } from '../../db/queries/types/earnings';
import { topMovers } from '../../renderer/dashboards/earnings/movers';
import { delta, fromMicros, toMicros } from '../../db/words/money';

function source(id: string, value: string, previous: string | null, currency = 'USDT'): SourceEarnings {
  return { sourceType: 'character', id, name: id, live: true, currency, marketplace: value, embed: '0.00', total: { value, previous }, spark: [] };
}

describe('topMovers', () => {
  it('ranks by the size of the change either way, leaves out unchanged, uncompared and other currencies', () => {
    const sources = [
      source('a', '10.00', '9.999999'), // +0.000001
      source('b', '5.50', '105.50'), // -100
      source('c', '200.25', '100.00'), // +100.25
      source('d', '7.00', '7.00'), // unchanged
      source('e', '50.00', null), // nothing to compare with
      source('f', '900.00', '1.00', 'CREDITS'),
      source('g', '0.00', '100.00'), // -100, ties with b: keeps the sources' order
    ];
    expect(topMovers(sources, 'USDT').map((m) => [m.s.id, m.d])).toEqual([
      ['c', 100_250_000n],
      ['b', -100_000_000n],
      ['g', -100_000_000n],
      ['a', 1n],
    ]);
    expect(topMovers(sources, 'USDT', 2).map((m) => m.s.id)).toEqual(['c', 'b']);
  });

  it('keeps the n largest changes, each equal to the displayed delta', () => {
    const amount = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map(fromMicros);
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, fc.option(amount)), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (pairs, n) => {
        const sources = pairs.map(([v, p], i) => source(`s${i}`, v, p));
        const movers = topMovers(sources, 'USDT', n);
        const size = (d: bigint) => (d < 0n ? -d : d);
        for (const m of movers) expect(m.d).toBe(toMicros(delta(m.s.total.value, m.s.total.previous)!.abs));
        const sizes = movers.map((m) => size(m.d));
        expect(sizes).toEqual([...sizes].sort((a, b) => (b > a ? 1 : b < a ? -1 : 0)));
        const changed = sources.filter((s) => s.total.previous !== null && toMicros(s.total.value) !== toMicros(s.total.previous));
        expect(movers).toHaveLength(Math.min(n, changed.length));
        const left = changed.filter((s) => !movers.some((m) => m.s === s)).map((s) => size(toMicros(s.total.value) - toMicros(s.total.previous!)));
        for (const l of left) expect(l <= sizes[sizes.length - 1]).toBe(true);
      }),
    );
  });
});
