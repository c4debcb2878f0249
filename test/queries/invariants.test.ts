import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Studio } from '../../electron/core/studio';
import { syncedStudio } from '../helpers/studio';
import { checkInvariants } from '../helpers/invariants';

const NOW = Date.parse('2026-11-22T18:00:00Z');
let studio: Studio;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ studio, close } = await syncedStudio({ scale: 'default', today: '2026-11-22' }));
}, 120_000);
afterAll(() => close());

describe('every number agrees, on the default sample dataset', () => {
  it.each(['America/Sao_Paulo', 'Asia/Kolkata'])('in %s: totals equal their charts and breakdowns, shares add up to 100.0%%, the same quantity reads the same everywhere', async (zone) => {
    const report = await checkInvariants(studio.db, zone, NOW);
    console.log(`invariants in ${zone}: ${report.checks} checks over ${report.combinations} period × comparison combinations`);
    expect(report.failures).toEqual([]);
    expect(report.checks).toBeGreaterThan(500);
  }, 120_000);
});
