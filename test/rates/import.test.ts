// A rates file for an authority that wants another source: "date,currency,rate" lines, 1 unit of the
// currency = rate of the home currency. A bad line is named and nothing is stored; a good file is used
// before the ECB for its currency, values USDT instead of the 1-USD method, and makes CREDITS valued.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeSettings } from '../../db/queries/settings';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { RateBook, rateText } from '../../electron/rates/rate-book';
import { syncRates } from '../../electron/rates/rates-sync';
import { MemorySecretStore } from '../../electron/secrets/store';
import { tempDbFile } from '../helpers/tmp';
import { startEcbServer, type EcbServer } from './ecb-server';

let server: EcbServer;
let studio: Studio;
beforeAll(async () => {
  server = await startEcbServer();
});
afterAll(() => server.close());
afterEach(() => studio?.close());

async function open(home: string | null): Promise<Studio> {
  studio = await openStudio(tempDbFile(), { mode: 'browser', now: () => new Date('2026-01-12T10:00:00Z'), secrets: () => new MemorySecretStore(null) });
  if (home) writeSettings(studio.db, { homeCurrency: home });
  return studio;
}
const stored = () => studio.db.prepare('SELECT count(*) FROM exchange_rates').pluck().get();
const importFile = (name: string, lines: string[]) => dispatch(studio, 'importRates', { name, content: lines.join('\r\n') });

describe('a rates file', () => {
  it.each([
    [['day,currency,rate', '2026-01-08,USD,1.3650'], 'boc.csv, line 1: the first line must be the header "date,currency,rate", not "day,currency,rate". Nothing was imported.'],
    [['date,currency,rate', '2026-01-08,USD,1.3650', '2026-01-09,USD,1.3700', '2026-02-30,USD,1.3710'], 'boc.csv, line 4: "2026-02-30" is not a date YYYY-MM-DD. Nothing was imported.'],
    [['date,currency,rate', '2026-01-08,USD,1.3650', '', '2026-01-09,usd,1.3700'], 'boc.csv, line 4: "usd" is not a currency code (such as USD or USDT). Nothing was imported.'],
    [['date,currency,rate', '2026-01-08,USD,-1.3650'], 'boc.csv, line 2: the rate "-1.3650" is not a positive decimal such as 1.3542. Nothing was imported.'],
    [['date,currency,rate', '2026-01-08,USD,1,3650'], 'boc.csv, line 2: 4 values where 3 are expected (date,currency,rate). Nothing was imported.'],
    [['date,currency,rate', '2026-01-08,USD,N/A'], 'boc.csv, line 2: the rate "N/A" is not a positive decimal such as 1.3542. Nothing was imported.'],
    [['date,currency,rate', '2026-01-08,CAD,1'], 'boc.csv, line 2: CAD is the home currency: it needs no rate. Nothing was imported.'],
    [['date,currency,rate', '2026-01-08,USD,1.3650', '2026-01-08,USD,1.3651'], 'boc.csv, line 3: a second, different rate for USD on 2026-01-08. Nothing was imported.'],
    [['date,currency,rate'], 'boc.csv holds no rates after its header. Nothing was imported.'],
  ])('with a bad line is refused whole, the line named: %j', async (lines, message) => {
    await open('CAD');
    expect(await importFile('boc.csv', lines)).toEqual({ ok: false, error: { code: 'invalid_input', message, field: 'ratesFile' } });
    expect(stored()).toBe(0);
  });

  it('needs a home currency first', async () => {
    await open(null);
    expect(await importFile('boc.csv', ['date,currency,rate', '2026-01-08,USD,1.3650'])).toMatchObject({ ok: false, error: { code: 'not_configured', field: 'homeCurrency' } });
    expect(stored()).toBe(0);
  });

  it('is used before the ECB for its currency, with the weekend falling back to its last rate', async () => {
    await open('GBP');
    writeSettings(studio.db, { ratesUrl: server.url('/eurofxref-hist.csv') });
    studio.db.prepare(`INSERT INTO ledger (id, occurred_at, occurred_ms, updated_at, stream, source_type, source_id, currency, gross, fee, net, status) VALUES ('x', '2026-01-08T10:00:00Z', 0, 'x', 'embed', 'platform', 'platform', 'USD', 1, 0, 1, 'available')`).run();
    expect(await syncRates(studio.db, { now: new Date('2026-01-12T10:00:00Z') })).toMatchObject({ ok: true });
    const answer = await importFile('hmrc-usd.csv', ['\uFEFFdate,currency,rate', '2026-01-08,USD,0.7500', '2026-01-09,USD,0.7510', '2026-01-09,USDT,0.7490', '2026-01-09,CREDITS,0.0075']);
    expect(answer).toEqual({ ok: true, value: { rows: 4, currencies: ['CREDITS', 'USD', 'USDT'], first: '2026-01-08', last: '2026-01-09' } });
    const book = new RateBook(studio.db, 'GBP', 'daily', { from: '2026-01-01', to: '2026-01-31' });
    const show = (currency: string, day: string) => {
      const v = book.value(currency, day);
      return 'missing' in v ? v : [rateText(v.rate), v.rateDate, v.source];
    };
    expect(show('USD', '2026-01-08')).toEqual(['0.75', '2026-01-08', 'imported: hmrc-usd.csv']);
    expect(show('USD', '2026-01-10')).toEqual(['0.751', '2026-01-09', 'imported: hmrc-usd.csv']); // Saturday
    // a day before the imported series starts: missing, not the ECB's (one series per currency, used consistently)
    expect(show('USD', '2026-01-07')).toEqual({ missing: 'no imported USD rate on 2026-01-07 or in the 31 days before' });
    expect(show('USDT', '2026-01-09')).toEqual(['0.749', '2026-01-09', 'imported: hmrc-usd.csv']);
    expect(show('CREDITS', '2026-01-09')).toEqual(['0.0075', '2026-01-09', 'imported: hmrc-usd.csv']);
    // Settings lists both sources
    const settings = await dispatch(studio, 'getSettings', {});
    expect(settings).toMatchObject({ ok: true, value: { homeCurrency: 'GBP', rates: { lastFetch: { ok: true, latestDay: '2026-01-09' } } } });
    expect((settings as { value: { rates: { series: unknown[] } } }).value.rates.series).toEqual([
      { source: 'ECB', base: 'EUR', quote: 'GBP', days: 8, first: '2025-12-30', last: '2026-01-09', origin: server.url('/eurofxref-hist.csv') },
      { source: 'ECB', base: 'EUR', quote: 'USD', days: 8, first: '2025-12-30', last: '2026-01-09', origin: server.url('/eurofxref-hist.csv') },
      { source: 'import', base: 'CREDITS', quote: 'GBP', days: 1, first: '2026-01-09', last: '2026-01-09', origin: 'hmrc-usd.csv' },
      { source: 'import', base: 'USD', quote: 'GBP', days: 2, first: '2026-01-08', last: '2026-01-09', origin: 'hmrc-usd.csv' },
      { source: 'import', base: 'USDT', quote: 'GBP', days: 1, first: '2026-01-09', last: '2026-01-09', origin: 'hmrc-usd.csv' },
    ]);
  });
});

describe('the tax pack asks for a home currency', () => {
  it('refuses without one, then saves the one given with the first pack', async () => {
    await open(null);
    const range = { from: '2026-01-01', to: '2026-12-31', tz: 'UTC' };
    expect(await dispatch(studio, 'taxPack', range)).toMatchObject({ ok: false, error: { code: 'not_configured', field: 'homeCurrency' } });
    expect(await dispatch(studio, 'taxPack', { ...range, homeCurrency: 'XYZ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'homeCurrency' } });
    expect(await dispatch(studio, 'taxPack', { ...range, homeCurrency: 'aud' })).toMatchObject({ ok: true, value: { filename: 'creator-studio-tax-pack-2026-01-01_2026-12-31.zip' } });
    expect(await dispatch(studio, 'getSettings', {})).toMatchObject({ ok: true, value: { homeCurrency: 'AUD', taxYearStart: '01-01', rateMethod: 'daily' } });
    expect(await dispatch(studio, 'saveSettings', { taxYearStart: '02-29' })).toMatchObject({ ok: false, error: { field: 'taxYearStart' } });
    expect(await dispatch(studio, 'saveSettings', { taxYearStart: '07-01', rateMethod: 'yearly-average' })).toMatchObject({ ok: true, value: { taxYearStart: '07-01', rateMethod: 'yearly-average' } });
  });
});
