// A platform whose cursor stops moving but never ends (a new next_cursor on every page over the same
// rows) made a sync run for ever: 29,000 requests a minute, memory growing. The pass now stops after 3
// pages in a row with nothing new, the resource fails alone with a message naming it, what was stored
// stays stored, and the next sync against a mended platform converges.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { differences } from '../helpers/compare';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { tempDbFile } from '../helpers/tmp';

const MESSAGE =
  'The platform kept sending pages of the ledger with nothing new in them (3 in a row), so the sync of the ledger stopped rather than run forever. ' +
  "This is a fault on the platform's side: everything stored before it is kept, and the next sync tries again.";
/** The looping platform gives up by itself after this many requests, so a client without the bound fails fast. */
const GIVE_UP = 200;
const RESOURCES = ['characters', 'ledger', 'payouts'] as const;

let platform: SamplePlatform;
let proxy: FaultProxy;
beforeAll(async () => {
  platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22' });
  proxy = await startFaultProxy(platform.url);
});
afterEach(() => {
  proxy.rule = null;
  proxy.requests.length = 0;
});
afterAll(async () => {
  await proxy.close();
  await platform.close();
});

describe('a feed whose cursor stops moving', () => {
  it('stops after 3 pages with nothing new; the ledger fails alone, its first pages stay stored, and the next sync converges', async () => {
    type Row = { id: string; deleted?: boolean };
    // Two real pages; the third comes with a cursor of the platform's own making, and from then on every
    // request gets the third page again, each time under a cursor never handed out before.
    const served: Row[][] = [];
    let loops = 0;
    proxy.rule = async (url, upstream) => {
      if (url.pathname !== '/v1/ledger') return null;
      if (served.length === 3) {
        loops += 1;
        return { status: 200, body: JSON.stringify({ data: served[2], next_cursor: loops < GIVE_UP ? `loop-${loops + 1}` : null }) };
      }
      const answer = await upstream();
      const page = JSON.parse(answer.body) as { data: Row[]; next_cursor: string | null };
      served.push(page.data);
      return served.length === 3 ? { ...answer, body: JSON.stringify({ ...page, next_cursor: 'loop-1' }) } : answer;
    };
    const { db } = await openDatabase(tempDbFile());
    const sync = () => runSync(db, { baseUrl: proxy.url, token: platform.token, resources: [...RESOURCES], pageSize: 20, client: { sleep: async () => {} } });

    const summary = await sync();
    expect(summary.status).toBe('partial');
    expect(summary.failures).toEqual([{ resource: 'ledger', message: MESSAGE }]);
    expect(summary.error).toBe(`ledger: ${MESSAGE}`);
    // Three real pages, then the third page three times more under new cursors: six requests, not thousands.
    expect(proxy.requests.filter((u) => u.pathname === '/v1/ledger')).toHaveLength(6);
    // The rows of the three real pages are stored with the checkpoint after them; the other resources completed.
    const kept = served.slice(0, 3).flat();
    expect(kept).toHaveLength(60);
    const ids = db.prepare('SELECT id FROM ledger ORDER BY id').pluck().all();
    expect(ids).toEqual(kept.filter((r) => !r.deleted).map((r) => r.id).sort());
    expect(db.prepare(`SELECT cursor, rows, last_error AS error FROM sync_state WHERE resource = 'ledger'`).get()).toEqual({ cursor: 'loop-1', rows: 60, error: MESSAGE });
    expect(differences(db, platform, ['characters', 'payouts'])).toEqual([]);
    expect(db.prepare('SELECT status, error FROM sync_runs').all()).toEqual([{ status: 'partial', error: `ledger: ${MESSAGE}` }]);

    // The platform mended: its cursor "loop-1" means nothing to it (400), so the pass starts again and completes.
    proxy.rule = null;
    const before = proxy.requests.length;
    expect(await sync()).toMatchObject({ status: 'ok', failures: [], error: null });
    const asked = proxy.requests.slice(before).filter((u) => u.pathname === '/v1/ledger').map((u) => u.searchParams.get('cursor'));
    expect(asked.slice(0, 2)).toEqual(['loop-1', null]);
    expect(differences(db, platform, [...RESOURCES])).toEqual([]);
    expect(db.prepare(`SELECT last_error FROM sync_state WHERE resource = 'ledger'`).pluck().get()).toBeNull();
    db.close();
  });
});
