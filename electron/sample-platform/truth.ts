// Ground truth for tests: what a client that synced every resource faithfully must end up with.
import type { Dataset } from './dataset';
import { allRows, liveCount, type Row } from './feed';

export interface Balance {
  available: bigint;
  pending: bigint;
}

export interface Truth {
  /** The instant the data is as of (ISO), and its UTC day. */
  asOf: string;
  today: string;
  /** Every collection resource name (the path after /v1/). */
  resources: string[];
  /** Live (non-deleted) rows per resource. */
  counts: Record<string, number>;
  /** Ids of tombstoned rows per resource (catalogue, ledger, support; empty for the others). */
  deletedIds: Record<string, string[]>;
  /** Σ net in micro-units of live ledger rows, keyed `${currency}|${stream}|${status}`. */
  ledgerNet: Record<string, bigint>;
  /** Number of live ledger rows per the same key. */
  ledgerRows: Record<string, number>;
  /** Per currency: available = Σ net of available rows, pending = Σ net of pending rows. */
  balances: Record<string, Balance>;
  /** Per currency: Σ net of non-reversed rows whose stream is not payout. */
  lifetimeEarned: Record<string, bigint>;
  /** Per stats resource: its first metric and the sum of it over all rows (absent if not computed). */
  statsFirstMetric: Record<string, { metric: string; sum: number }>;
}

export interface TruthOptions {
  /** Sum the first metric of every stats resource (walks every stats row: seconds at large scale). Default true. */
  statsSums?: boolean;
}

export function ledgerKey(currency: string, stream: string, status: string): string {
  return `${currency}|${stream}|${status}`;
}

export function computeTruth(ds: Dataset, opts: TruthOptions = {}): Truth {
  const counts: Record<string, number> = {};
  const deletedIds: Record<string, string[]> = {};
  for (const [name, feed] of ds.feeds) {
    counts[name] = liveCount(feed);
    deletedIds[name] = feed.extras().filter((x) => x.deleted).map((x) => x.id).sort();
  }
  const ledgerNet: Record<string, bigint> = {};
  const ledgerRows: Record<string, number> = {};
  const lifetimeEarned: Record<string, bigint> = {};
  for (const [key, { net, rows }] of [...ds.ledger.sums()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    ledgerNet[key] = net;
    ledgerRows[key] = rows;
    const [currency, stream, status] = key.split('|') as [string, string, string];
    if (stream !== 'payout' && status !== 'reversed') lifetimeEarned[currency] = (lifetimeEarned[currency] ?? 0n) + net;
  }
  const balances: Record<string, Balance> = {};
  for (const [currency, b] of ds.balanceMicros()) balances[currency] = b;
  const statsFirstMetric: Record<string, { metric: string; sum: number }> = {};
  if (opts.statsSums !== false) {
    for (const feed of ds.statsFeeds) {
      const metric = feed.spec.firstMetric;
      let sum = 0;
      for (let i = 0; i < feed.baseSize(); i++) sum += feed.baseRow(i)[metric] as number;
      statsFirstMetric[feed.name] = { metric, sum };
    }
  }
  return {
    asOf: new Date(ds.clock.asOfMs).toISOString(),
    today: new Date(ds.clock.asOfMs).toISOString().slice(0, 10),
    resources: ds.resources(),
    counts,
    deletedIds,
    ledgerNet,
    ledgerRows,
    balances,
    lifetimeEarned,
    statsFirstMetric,
  };
}

/** Every live row of a resource, exactly as the API sends it (without faults), in feed order. */
export function* liveRows(ds: Dataset, resource: string): Generator<Row> {
  const feed = ds.feeds.get(resource);
  if (!feed) throw new Error(`unknown resource ${JSON.stringify(resource)}; known: ${ds.resources().join(', ')}`);
  for (const row of allRows(feed)) if (row.deleted !== true) yield row;
}
