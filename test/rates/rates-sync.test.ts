// The rates are fetched with the sync when a home currency is set, and their failure is reported apart:
// the platform's data is synced all the same.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { writeSettings } from '../../db/queries/settings';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { tempDbFile } from '../helpers/tmp';
import { startEcbServer, type EcbServer } from './ecb-server';

const noWait = { sleep: async () => {}, random: () => 0.5 };
let platform: SamplePlatform | undefined;
let ecb: EcbServer | undefined;
let db: Db | undefined;

afterEach(async () => {
  db?.close();
  await platform?.close();
  await ecb?.close();
  db = platform = ecb = undefined;
});

async function setup(settings: Parameters<typeof writeSettings>[1]) {
  platform = await startSamplePlatform({ scale: 'tiny', today: '2026-01-12' });
  ecb = await startEcbServer();
  db = (await openDatabase(tempDbFile())).db;
  writeSettings(db, settings);
  return { platform, ecb, db };
}

const sync = (at: string) => runSync(db!, { baseUrl: platform!.url, token: platform!.token, client: noWait, now: () => new Date(at) });
const stored = () => db!.prepare('SELECT count(*) FROM exchange_rates').pluck().get();

describe('rates with the sync', () => {
  it('a failing rates address fails nothing else: the platform sync is ok, the rates failure is reported on its own, nothing stored', async () => {
    const { ecb } = await setup({ homeCurrency: 'GBP' });
    writeSettings(db!, { ratesUrl: ecb.url('/broken') });
    const summary = await sync('2026-01-12T10:00:00Z');
    expect(summary.status).toBe('ok');
    expect(summary.error).toBeNull();
    expect(summary.rates).toMatchObject({ ok: false, stored: 0, error: `The rates address answered 500 Internal Server Error (${ecb.url('/broken')}).` });
    expect(stored()).toBe(0);
    expect(db!.prepare('SELECT count(*) FROM ledger').pluck().get()).toBeGreaterThan(0);
  });

  it('fetches the rates after the platform’s data, keeps them, and does not fetch again for six hours', async () => {
    const { ecb } = await setup({ homeCurrency: 'GBP' });
    writeSettings(db!, { ratesUrl: ecb.url('/eurofxref-hist.zip') });
    const first = await sync('2026-01-12T10:00:00Z');
    expect(first.status).toBe('ok');
    // GBP and USD (the sample platform pays USDT and USD) on the 8 publication days of the file
    expect(first.rates).toMatchObject({ ok: true, error: null, stored: 16, latestDay: '2026-01-09', currencies: ['GBP', 'USD'] });
    expect(stored()).toBe(16);
    const again = await sync('2026-01-12T15:59:00Z');
    expect(again.rates).toEqual({ status: 'fresh' });
    expect(ecb.requests).toEqual(['/eurofxref-hist.zip']);
    const later = await sync('2026-01-12T16:01:00Z');
    expect(later.rates).toMatchObject({ ok: true, stored: 0 }); // the same rates again: nothing rewritten
    expect(ecb.requests).toHaveLength(2);
  });

  it('without a home currency nothing is fetched', async () => {
    const { ecb } = await setup({});
    const summary = await sync('2026-01-12T10:00:00Z');
    expect(summary.status).toBe('ok');
    expect(summary).not.toHaveProperty('rates');
    expect(ecb.requests).toEqual([]);
  });
});
