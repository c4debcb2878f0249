// Scales: tiny is fast; large holds >= 1M ledger rows and >= 500k stats rows without holding them.
import { describe, expect, it } from 'vitest';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { fetchAll, get, type PageBody } from './helpers';

describe('scales', () => {
  it('starts tiny in well under a second, with a few rows per resource', async () => {
    const t0 = performance.now();
    const p = await startSamplePlatform({ scale: 'tiny', today: '2026-03-15' });
    try {
      const truth = p.truth();
      expect(performance.now() - t0).toBeLessThan(1000);
      for (const r of truth.resources) {
        expect(truth.counts[r], r).toBeGreaterThan(0);
        expect(truth.counts[r], r).toBeLessThan(1000);
      }
    } finally {
      await p.close();
    }
  });

  it('starts large in seconds and pages it from anywhere', async () => {
    const t0 = performance.now();
    const p = await startSamplePlatform({ scale: 'large', today: '2026-03-15' });
    try {
      const started = performance.now() - t0;
      expect(started).toBeLessThan(8000);
      const truth = p.truth({ statsSums: false });
      expect(truth.counts.ledger).toBeGreaterThanOrEqual(1_000_000);
      expect(truth.counts['stats/characters']).toBeGreaterThanOrEqual(500_000);
      expect(truth.counts.characters).toBeGreaterThanOrEqual(490);
      const heapMb = process.memoryUsage().heapUsed / 1e6;
      expect(heapMb).toBeLessThan(400);
      const ledger = p.dataset.ledger;
      let monotone = true;
      for (let i = 1; i < ledger.baseSize(); i++) if (ledger.baseU(i) < ledger.baseU(i - 1)) monotone = false;
      expect(monotone).toBe(true); // what makes updated_since a binary search
      const first = (await (await get(p, '/v1/ledger?limit=1000')).json()) as PageBody;
      expect(first.data).toHaveLength(1000);
      const second = (await (await get(p, `/v1/ledger?limit=1000&cursor=${first.next_cursor}`)).json()) as PageBody;
      expect(second.data[0]!.id).not.toBe(first.data[999]!.id);
      const tail = await fetchAll(p, 'ledger', { updated_since: '2026-03-14T00:00:00Z' });
      expect(tail.rows.length).toBeGreaterThan(100);
      expect(tail.rows.length).toBeLessThan(20_000);
      p.advanceDay();
      expect(p.truth({ statsSums: false }).counts.ledger).toBeGreaterThan(truth.counts.ledger!);
    } finally {
      await p.close();
    }
  });
});
