import { describe, expect, it } from 'vitest';
import { PlatformError, RESOURCES, RESOURCE_NAMES, parseRow, type ResourceName } from '../../electron/sync/client/index.js';
import { T0 } from './server.js';
import { SAMPLES } from './samples.js';

describe('RESOURCES', () => {
  it('covers the 7 collections and the 14 stats endpoints of the contract', () => {
    expect(RESOURCE_NAMES.filter((n) => !RESOURCES[n].stats)).toEqual(['characters', 'plugins', 'stories', 'announcements', 'ledger', 'payouts', 'support']);
    expect(RESOURCE_NAMES.filter((n) => RESOURCES[n].stats)).toHaveLength(14);
    for (const name of RESOURCE_NAMES) expect(RESOURCES[name].path).toBe(`/v1/${name}`);
    expect(RESOURCES['stats/characters'].path).toBe('/v1/stats/characters');
  });

  it.each(RESOURCE_NAMES)('%s: keys are the leading fields of the sample, the sample parses, unknown fields are stripped', (name) => {
    const spec = RESOURCES[name];
    const sample = SAMPLES[name];
    expect(Object.keys(sample).slice(0, spec.keys.length)).toEqual([...spec.keys]);
    const row = parseRow(name, { ...sample, zz_unknown: { a: 1 } }) as Record<string, unknown>;
    expect(row.deleted).toBe(false);
    expect(row).not.toHaveProperty('zz_unknown');
    for (const [k, v] of Object.entries(sample)) if (typeof v === 'string' && /_at$|date$/.test(k)) expect(row[k]).toBe(v);
  });

  it.each(RESOURCE_NAMES)('%s: a tombstone needs only its key and updated_at', (name) => {
    const key = Object.fromEntries(RESOURCES[name].keys.map((k) => [k, SAMPLES[name][k]]));
    expect(parseRow(name, { ...key, updated_at: T0, deleted: true })).toEqual({ ...key, updated_at: T0, deleted: true });
    expect(() => parseRow(name, { ...key, deleted: true })).toThrow(/updated_at: is missing/);
  });

  it.each(RESOURCE_NAMES)('%s: a tombstone without its key is refused', (name: ResourceName) => {
    expect(() => parseRow(name, { updated_at: T0, deleted: true })).toThrow(PlatformError);
  });
});

describe('field rules', () => {
  const row = (over: Record<string, unknown>) => () => parseRow('ledger', { ...SAMPLES.ledger, ...over });
  it('money', () => {
    expect(parseRow('ledger', { ...SAMPLES.ledger, gross: '-0.000125', fee: '0', net: '-0.000125' })).toMatchObject({ gross: -125, fee: 0, net: -125 });
    expect(row({ gross: '1e3' })).toThrow(/gross: amount "1e3" is not a decimal/);
    expect(row({ gross: '12,50' })).toThrow(/not a decimal/);
    expect(row({ gross: '10000000000000000' })).toThrow(/not a decimal|larger/);
    expect(row({ gross: 12.5 })).toThrow(/amounts must be strings/);
  });
  it('instants and dates', () => {
    expect(row({ occurred_at: '2026-03-04T17:05:09+02:00' })).toThrow(/occurred_at: must be an ISO 8601 UTC instant/);
    expect(row({ occurred_at: '2026-02-30T00:00:00Z' })).toThrow(/occurred_at/);
    expect(row({ available_on: 'soon' })).toThrow(/available_on: must be a date/);
    expect(() => parseRow('stats/activity-hourly', { ...SAMPLES['stats/activity-hourly'], hour: 24 })).toThrow(/hour: must be 0-23/);
    expect(() => parseRow('stats/countries', { ...SAMPLES['stats/countries'], country: 'br' })).toThrow(/country: must be an ISO 3166-1/);
  });
  it('counts, statuses, currencies, open vocabularies', () => {
    expect(() => parseRow('stats/stories', { ...SAMPLES['stats/stories'], plays: 1.5 })).toThrow(/plays: must be a non-negative whole number/);
    expect(() => parseRow('stats/stories', { ...SAMPLES['stats/stories'], plays: '3' })).toThrow(/plays/);
    expect(row({ status: 'frozen' })).toThrow(/status: must be one of pending, available, reversed/);
    expect(row({ currency: 'usdt' })).toThrow(/currency: must be an uppercase currency code/);
    expect(parseRow('ledger', { ...SAMPLES.ledger, stream: 'tips_v2', currency: 'EUR' })).toMatchObject({ stream: 'tips_v2', currency: 'EUR' });
    expect(() => parseRow('payouts', { ...SAMPLES.payouts, status: 'lost' })).toThrow(/status: must be one of pending, processing, paid, failed/);
  });
  it('deleted must be true, false or absent', () => {
    expect(parseRow('plugins', { ...SAMPLES.plugins, deleted: false })).toMatchObject({ deleted: false });
    expect(parseRow('plugins', { ...SAMPLES.plugins, deleted: null })).toMatchObject({ deleted: false });
    expect(() => parseRow('plugins', { ...SAMPLES.plugins, deleted: 'yes' })).toThrow(/deleted: must be true, false or absent/);
  });
  it('fan text is kept verbatim', () => {
    expect(parseRow('support', SAMPLES.support)).toMatchObject({ supporter_name: '💖 "fan" <script>', message: 'line1\nline2', amount: 5_000_000 });
  });
});
