// The compiled row checks (fast-check.ts) against zod itself, the schemas' own parser: for any row,
// valid, mutated or arbitrary JSON, the compiled check either passes it with exactly zod's output or
// leaves it to zod, which must then fail it or give that output. Every row the sample platform serves
// takes the fast path (else the first sync is slow without anything failing).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRows } from '../../electron/sample-platform/feed';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { RESOURCE_NAMES, RESOURCES, type ResourceName } from '../../electron/sync/client/index.js';
import { compileSchema, FAIL } from '../../electron/sync/client/fast-check.js';
import { SAMPLES } from './samples.js';

const compiled = Object.fromEntries(RESOURCE_NAMES.map((r) => [r, compileSchema(RESOURCES[r].schema)])) as Record<ResourceName, (raw: unknown) => unknown>;

/** The compiled check agrees with zod on `raw`; returns whether it passed it. */
function agrees(resource: ResourceName, raw: unknown): boolean {
  const fast = compiled[resource](raw);
  const zod = RESOURCES[resource].schema.safeParse(raw);
  if (fast === FAIL) return false;
  expect(zod.success, `${resource}: the compiled check passed a row zod refuses: ${JSON.stringify(raw)}`).toBe(true);
  if (zod.success) expect(fast).toStrictEqual(zod.data);
  return true;
}

const value = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', '12.5', '-0.000125', '1000000000.000001', '2026-03-04', '2026-02-30', '2026-03-04T17:05:09.123Z', '2026-03-04T17:05:09+01:00', 'USDT', 'usd', 'BR', 'reversed', 'available', null, true, false, 0, -1, 1.5, 2 ** 53),
);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value }),
  fc.record({ kind: fc.constant('extra' as const), key: fc.string({ maxLength: 8 }), value }),
);

describe('compiled row checks', () => {
  let platform: SamplePlatform;
  beforeAll(async () => {
    platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22' });
  });
  afterAll(() => platform.close());

  it('give zod’s own output for every valid row, mutated row and tombstone, or leave the row to zod', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESOURCE_NAMES), fc.boolean(), fc.array(mutation, { maxLength: 4 }), (resource, tombstone, mutations) => {
        const sample = SAMPLES[resource];
        const keys = RESOURCES[resource].keys as readonly string[];
        const raw: Record<string, unknown> = tombstone
          ? { ...Object.fromEntries(keys.map((k) => [k, sample[k]])), updated_at: sample.updated_at, deleted: true }
          : { ...sample };
        const fields = Object.keys(raw);
        for (const m of mutations) {
          if (m.kind === 'extra') raw[m.key] = m.value;
          else if (m.kind === 'drop') delete raw[fields[m.pick % fields.length]];
          else raw[fields[m.pick % fields.length]] = m.value;
        }
        const passed = agrees(resource, raw);
        if (mutations.length === 0) expect(passed, `${resource}: a valid row left the fast path`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('agree with zod on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESOURCE_NAMES), fc.oneof(fc.jsonValue(), fc.object()), (resource, raw) => void agrees(resource, raw)),
      { numRuns: 500 },
    );
  });

  it('pass every row the sample platform serves, with zod’s output', () => {
    for (const resource of RESOURCE_NAMES) {
      let rows = 0;
      const feed = platform.dataset.feeds.get(resource);
      for (const row of feed ? allRows(feed) : []) {
        expect(agrees(resource, JSON.parse(JSON.stringify(row))), `${resource} row ${JSON.stringify(row)}`).toBe(true);
        rows++;
      }
      expect(rows, resource).toBeGreaterThan(0);
    }
  });
});
