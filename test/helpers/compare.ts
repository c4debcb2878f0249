// Independent checks of a synced database against the sample platform's ground truth.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';
import { parseRow, RESOURCE_NAMES, type ResourceName } from '../../electron/sync/client/index.js';
import type { SamplePlatform } from '../../electron/sample-platform/index';
import { TABLES } from '../../electron/sync/tables';

const DATA_TABLES = [...Object.values(TABLES).map((t) => t.table), 'creator', 'balance_snapshots'];

/** A hash of every data table's rows in key order: equal hashes, equal contents. */
export function contentHash(db: Db, tables = DATA_TABLES): string {
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`#${table}\n`);
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).raw().iterate()) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}

export function dataHash(db: Db): string {
  return contentHash(db, Object.values(TABLES).map((t) => t.table));
}

/** Every live row the platform holds, as the table stores it, keyed by its contract key. */
function expectedRows(platform: SamplePlatform, resource: ResourceName): Map<string, unknown[]> {
  const spec = TABLES[resource];
  const names = Object.keys(spec.columns);
  const out = new Map<string, unknown[]>();
  for (const raw of platform.truthRows(resource)) {
    const row = parseRow(resource, raw) as Record<string, unknown>;
    const cells = names.map((n) => {
      const c = spec.columns[n];
      return typeof c === 'string' ? (row[c] ?? null) : c(row);
    });
    out.set(spec.keys.map((k) => String(row[k])).join('|'), cells);
  }
  return out;
}

/** Differences between the database and the platform, resource by resource (empty: identical). */
export function differences(db: Db, platform: SamplePlatform, resources: readonly ResourceName[] = RESOURCE_NAMES): string[] {
  const problems: string[] = [];
  for (const resource of resources) {
    const spec = TABLES[resource];
    const names = Object.keys(spec.columns);
    const expected = expectedRows(platform, resource);
    const rows = db.prepare(`SELECT ${names.join(', ')} FROM ${spec.table}`).raw().all() as unknown[][];
    if (rows.length !== expected.size) problems.push(`${resource}: ${rows.length} rows stored, platform has ${expected.size}`);
    let shown = 0;
    for (const cells of rows) {
      const key = spec.keys.map((k) => String(cells[names.indexOf(k)])).join('|');
      const want = expected.get(key);
      if (JSON.stringify(want) !== JSON.stringify(cells) && shown++ < 3)
        problems.push(`${resource} ${key}: stored ${JSON.stringify(cells)} but platform has ${JSON.stringify(want ?? 'nothing')}`);
    }
  }
  return problems;
}

/** Σ net per currency|stream|status as stored, to set against truth().ledgerNet. */
export function ledgerNet(db: Db): Record<string, bigint> {
  const rows = db
    .prepare(`SELECT currency || '|' || stream || '|' || status AS k, sum(net) AS net FROM ledger GROUP BY k ORDER BY k`)
    .safeIntegers(true)
    .all() as { k: string; net: bigint }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.net]));
}

/** The trigger-kept rollups, set against the same sums recomputed from the ledger (empty: they agree). */
export function rollupDrift(db: Db): string[] {
  const pairs: [string, string, string][] = [
    [
      'ledger_totals',
      'SELECT currency, stream, status, rows, gross, fee, net FROM ledger_totals WHERE rows <> 0 ORDER BY 1, 2, 3',
      'SELECT currency, stream, status, count(*), sum(gross), sum(fee), sum(net) FROM ledger GROUP BY 1, 2, 3 ORDER BY 1, 2, 3',
    ],
    [
      'ledger_daily',
      'SELECT day, currency, stream, status, rows, gross, fee, net FROM ledger_daily WHERE rows <> 0 ORDER BY 1, 2, 3, 4',
      'SELECT studio_local_date(occurred_ms), currency, stream, status, count(*), sum(gross), sum(fee), sum(net) FROM ledger GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4',
    ],
    ...(
      [
        ['ledger_weekly', 'week', "date(studio_local_date(occurred_ms), '-6 days', 'weekday 1')"],
        ['ledger_monthly', 'month', 'substr(studio_local_date(occurred_ms), 1, 7)'],
      ] as const
    ).map(([table, unit, fresh]): [string, string, string] => [
      table,
      `SELECT ${unit}, currency, stream, status, rows, gross, fee, net FROM ${table} WHERE rows <> 0 ORDER BY 1, 2, 3, 4`,
      `SELECT ${fresh}, currency, stream, status, count(*), sum(gross), sum(fee), sum(net) FROM ledger GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    ]),
    ...(
      [
        ['ledger_source_daily', 'day', 'studio_local_date(occurred_ms)'],
        ['ledger_source_monthly', 'month', 'substr(studio_local_date(occurred_ms), 1, 7)'],
        ['ledger_source_quarterly', 'quarter', "printf('%s-%02d', substr(studio_local_date(occurred_ms), 1, 4), (CAST(substr(studio_local_date(occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1)"],
      ] as const
    ).map(([table, unit, fresh]): [string, string, string] => [
      table,
      `SELECT ${unit}, source_type, source_id, currency, stream, rows, net FROM ${table} JOIN ledger_source_keys USING (k) ORDER BY 1, 2, 3, 4, 5`,
      `SELECT ${fresh}, source_type, source_id, currency, stream, count(*), sum(net) FROM ledger
       WHERE status <> 'reversed' AND stream <> 'payout' AND source_type IN ('character', 'plugin') GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    ]),
  ];
  return pairs
    .filter(([, kept, fresh]) => JSON.stringify(db.prepare(kept).raw().all()) !== JSON.stringify(db.prepare(fresh).raw().all()))
    .map(([name]) => `${name} differs from the ledger`);
}
