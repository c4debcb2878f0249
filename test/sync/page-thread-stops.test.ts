// The page thread helps a bulk pass; it is not needed by it. When the thread stops in the middle of a
// pass (here it is really stopped, terminated after 30 pages), the engine reads the rest of the pass
// on its own thread from the last page it stored, and the copy and its rollups come out the same.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/open';
import { rollupsToBuild } from '../../db/rollups';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { differences, rollupDrift } from '../helpers/compare';
import { tempDbFile } from '../helpers/tmp';

const stopped = vi.hoisted(() => ({ after: 30, pages: 0, closed: false }));

vi.mock('../../electron/sync/page-thread', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/sync/page-thread')>();
  return {
    ...real,
    threadReader: (...args: Parameters<typeof real.threadReader>) => {
      const reader = real.threadReader(...args);
      return {
        ...reader,
        async *pages(...pass: Parameters<typeof reader.pages>) {
          for await (const page of reader.pages(...pass)) {
            yield page;
            if (++stopped.pages === stopped.after) {
              stopped.closed = true;
              await reader.close();
            }
          }
        },
      };
    },
  };
});

let platform: SamplePlatform;
beforeAll(async () => {
  platform = await startSamplePlatform({ scale: 'default', today: '2026-11-22' });
});
afterAll(() => platform.close());

describe('a bulk pass whose page thread stops', () => {
  it('reads the rest on its own thread and ends with the same rows and rollups', async () => {
    const { db } = await openDatabase(tempDbFile());
    const summary = await runSync(db, { baseUrl: platform.url, token: platform.token, resources: ['ledger', 'payouts'] });
    expect(stopped.closed).toBe(true);
    expect(summary).toMatchObject({ status: 'ok', failures: [] });
    expect(differences(db, platform, ['ledger', 'payouts'])).toEqual([]);
    expect(rollupsToBuild(db)).toEqual([]);
    expect(rollupDrift(db)).toEqual([]);
    db.close();
  }, 120_000);
});
