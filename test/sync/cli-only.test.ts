// `sync --only <resource,…>`: syncs just the named resources (the large crash test needs the money
// alone); a misspelt name is refused before anything is opened, not silently skipped.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/open';
import { UsageError } from '../../electron/cli/args';
import { onlyResources, syncCommand } from '../../electron/cli/sync';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { tempDbFile } from '../helpers/tmp';

let platform: SamplePlatform;
beforeAll(async () => {
  platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22' });
});
afterAll(() => platform.close());

describe('sync --only', () => {
  it('takes names in any order and keeps the sync’s own order', () => {
    expect(onlyResources(undefined)).toBeUndefined();
    expect(onlyResources('support,ledger, payouts')).toEqual(['ledger', 'payouts', 'support']);
    expect(onlyResources('stats/characters')).toEqual(['stats/characters']);
  });

  it('refuses unknown or empty names, naming them, before touching the database', async () => {
    expect(() => onlyResources('ledger,ledgr')).toThrow(UsageError);
    expect(() => onlyResources('ledger,ledgr')).toThrow(/unknown resource "ledgr" \(resources: characters, plugins/);
    expect(() => onlyResources(',')).toThrow(UsageError);
    const file = tempDbFile();
    await expect(syncCommand(['--api', platform.url, '--token', platform.token, '--db', file, '--only', 'bogus'])).rejects.toThrow(/unknown resource "bogus"/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('syncs only the named resources', async () => {
    const file = tempDbFile();
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await syncCommand(['--api', platform.url, '--token', platform.token, '--db', file, '--only', 'support,ledger']);
    } finally {
      vi.restoreAllMocks();
    }
    const { db } = await openDatabase(file);
    expect(db.prepare('SELECT resource FROM sync_state ORDER BY resource').pluck().all()).toEqual(['ledger', 'support']);
    expect(db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(platform.truth().counts.ledger);
    expect(db.prepare('SELECT count(*) FROM characters').pluck().get()).toBe(0);
    db.close();
  });
});
