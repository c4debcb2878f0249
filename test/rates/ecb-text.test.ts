import { describe, expect, it } from 'vitest';
import { ecbText, RatesFileError } from '../../electron/rates/ecb-csv';
import { deflatedZip, ECB_HISTORY } from './ecb-server';

describe('the text of an ECB download', () => {
  it('is the CSV itself, or the CSV deflated inside a ZIP', () => {
    expect(ecbText(Buffer.from(ECB_HISTORY))).toBe(ECB_HISTORY);
    expect(ecbText(deflatedZip('eurofxref-hist.csv', ECB_HISTORY))).toBe(ECB_HISTORY);
    expect(ecbText(deflatedZip('EUROFXREF-HIST.CSV', ECB_HISTORY))).toBe(ECB_HISTORY);
  });

  it('refuses an archive with no CSV, or one cut short, saying so', () => {
    expect(() => ecbText(deflatedZip('readme.txt', 'no rates here'))).toThrow(new RatesFileError('The ECB rates archive cannot be read: it holds no CSV file.'));
    const whole = deflatedZip('eurofxref-hist.csv', ECB_HISTORY);
    for (const cut of [whole.subarray(0, whole.length - 10), whole.subarray(0, 40)]) {
      expect(() => ecbText(Buffer.from(cut))).toThrow(RatesFileError);
      expect(() => ecbText(Buffer.from(cut))).toThrow(/^The ECB rates archive cannot be read: /);
    }
  });
});
