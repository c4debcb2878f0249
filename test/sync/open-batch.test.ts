// Pages are written as they arrive into a transaction that commits with its checkpoint every batch:
// it stays open only while pages keep coming. When the next page is late, what arrived is committed,
// so the app's own writes never wait on the network, and a kill then loses nothing that arrived.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { differences } from '../helpers/compare';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { tempDbFile } from '../helpers/tmp';

let platform: SamplePlatform;
let proxy: FaultProxy;
beforeAll(async () => {
  platform = await startSamplePlatform({ scale: 'default', today: '2026-11-22' });
  proxy = await startFaultProxy(platform.url);
});
afterAll(async () => {
  await proxy.close();
  await platform.close();
});

/** The first `n` pages of the ledger of 100 rows, read from the platform directly. */
async function firstPages(n: number): Promise<{ ids: Set<string>; cursor: string }> {
  const ids = new Set<string>();
  let cursor = '';
  for (let i = 0; i < n; i++) {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const res = await fetch(`${platform.url}/v1/ledger?${query}`, { headers: { Authorization: `Bearer ${platform.token}` } });
    const page = (await res.json()) as { data: { id: string; deleted?: boolean }[]; next_cursor: string };
    for (const row of page.data) {
      if (row.deleted) ids.delete(row.id);
      else ids.add(row.id);
    }
    cursor = page.next_cursor;
  }
  return { ids, cursor };
}

describe('a first sync whose next page is late', () => {
  it('commits the pages that arrived with their checkpoint, and lets another connection write meanwhile', async () => {
    let reached!: () => void;
    const holding = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let ledgerAsks = 0;
    proxy.rule = async (url) => {
      if (url.pathname === '/v1/ledger' && ++ledgerAsks === 3) {
        reached();
        await held;
      }
      return null;
    };
    const file = tempDbFile();
    const { db } = await openDatabase(file);
    const sync = runSync(db, { baseUrl: proxy.url, token: platform.token, resources: ['ledger'], pageSize: 100 });
    await holding;
    await new Promise((resolve) => setTimeout(resolve, 400)); // well past the wait that counts as late

    const other = new Database(file);
    other.pragma('busy_timeout = 0'); // SQLITE_BUSY at once if the sync still held the write lock
    other.exec('BEGIN IMMEDIATE');
    other.exec('ROLLBACK');
    const expected = await firstPages(2);
    const stored = other.prepare('SELECT id FROM ledger').pluck().all() as string[];
    expect(new Set(stored)).toEqual(expected.ids);
    expect(other.prepare(`SELECT cursor FROM sync_state WHERE resource = 'ledger'`).pluck().get()).toBe(expected.cursor);
    other.close();

    release();
    expect(await sync).toMatchObject({ status: 'ok', failures: [] });
    expect(differences(db, platform, ['ledger'])).toEqual([]);
    db.close();
  }, 60_000);
});
