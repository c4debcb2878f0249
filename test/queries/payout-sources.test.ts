import { describe, expect, it } from 'vitest';
import { payoutBreakdown } from '../../db/queries/earnings/payouts';
import { insertCatalogue, insertCreator, insertLedger, insertPayout, insertSupport } from '../helpers/fixture';
import { freshDb } from '../helpers/insight-context';

describe('a payout’s breakdown', () => {
  it('names every source as a creator knows it: works by name, fans by name, campaigns by name, the platform as such', async () => {
    const db = await freshDb();
    insertCreator(db, 'UTC');
    insertCatalogue(db, [['c1', 'Ada']], [['p1', 'Dice']], [['s1', 'The Lighthouse', 3]]);
    insertSupport(db, [{ id: 'sup_1', at: '2026-10-02T10:00:00Z', name: 'Rosa <b>', message: 'thanks', amount: '5', currency: 'USDT' }]);
    insertLedger(db, [
      { id: 'L1', at: '2026-10-05T10:00:00Z', stream: 'campaign', sourceType: 'platform', sourceId: 'cmp_2026_10', currency: 'USDT', gross: '25', status: 'available', description: 'Prize: Autumn Story Jam — 2nd place' },
      { id: 'L2', at: '2026-10-06T10:00:00Z', stream: 'adjustment', sourceType: 'platform', sourceId: 'platform', currency: 'USDT', gross: '1', status: 'available', description: 'Goodwill credit after outage' },
    ]);
    insertPayout(db, {
      id: 'po1',
      at: '2026-11-03T10:00:00Z',
      currency: 'USDT',
      amount: '50.00',
      fee: '1.00',
      status: 'paid',
      breakdown: [
        ['character', 'c1', '10.00'],
        ['plugin', 'p1', '4.00'],
        ['story', 's1', '3.00'],
        ['support', 'sup_1', '5.00'],
        ['platform', 'cmp_2026_10', '25.00'],
        ['platform', 'platform', '1.00'],
        ['platform', 'referral-program', '2.00'],
      ],
    });
    expect(payoutBreakdown(db, 'po1')!.map((b) => [b.sourceType, b.name, b.amount])).toEqual([
      ['platform', 'Autumn Story Jam', '25.00'],
      ['character', 'Ada', '10.00'],
      ['support', 'Fan support from Rosa <b>', '5.00'],
      ['plugin', 'Dice', '4.00'],
      ['story', 'The Lighthouse', '3.00'],
      ['platform', 'Referral program', '2.00'],
      ['platform', 'Platform', '1.00'],
    ]);
  });
});
