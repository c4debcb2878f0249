import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, schemaVersion } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { monthlyTable, STATS_ROLLUPS } from '../../db/rollups/stats-monthly';
import { fixtureFacts } from '../fixtures/schema-facts';
import { rollupDrift } from '../helpers/compare';
import { tempDir } from '../helpers/tmp';

// One database per released schema version, made by test/fixtures/make-schema-fixture.ts when that
// version shipped. Each must migrate to the newest schema with every row and micro-unit intact.
const dir = path.resolve('test/fixtures');
const fixtures = fs.readdirSync(dir).filter((f) => /^schema-v\d+\.db$/.test(f));

describe('databases made by earlier versions', () => {
  it('there is a fixture for every released schema version', () => {
    const versions = fixtures.map((f) => Number(/v(\d+)/.exec(f)![1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: loadMigrations().length }, (_, i) => i + 1));
  });

  for (const name of fixtures) {
    it(`${name} migrates to the newest schema with integrity, counts and sums unchanged`, async () => {
      const expected = JSON.parse(fs.readFileSync(path.join(dir, name.replace('.db', '.json')), 'utf8')) as ReturnType<typeof fixtureFacts>;
      const file = path.join(tempDir(), name);
      fs.copyFileSync(path.join(dir, name), file);
      const { db } = await openDatabase(file);
      expect(schemaVersion(db)).toBe(loadMigrations().length);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const facts = fixtureFacts(db);
      for (const [table, count] of Object.entries(expected.counts)) expect([table, facts.counts[table]]).toEqual([table, count]);
      expect(facts.money).toEqual(expected.money);
      // The rollups a newer schema adds are filled from the migrated ledger.
      expect(rollupDrift(db)).toEqual([]);
      for (const r of STATS_ROLLUPS) {
        // A field older platforms do not send adds nothing to its month on the days without it; a table
        // an older version did not have is empty on both sides.
        const sums = r.sums.map((s) => (r.partial?.includes(s) ? `coalesce(sum(${s}), 0)` : `sum(${s})`)).join(', ');
        expect(db.prepare(`SELECT coalesce(sum(days), 0), ${sums} FROM ${monthlyTable(r.base)}`).raw().get()).toEqual(db.prepare(`SELECT count(*), ${sums} FROM ${r.base}`).raw().get());
      }
      // 0012 counts each stored payout's sources (each fixture has one, paying ten).
      expect(db.prepare('SELECT source_count, json_array_length(breakdown) FROM payouts').raw().all()).toEqual([[10, 10]]);
      db.close();
    });
  }
});
