// The sample platform: a real HTTP server speaking the platform contract (shared/platform-api.md) over
// a deterministic, seeded dataset. Used by demo mode, tests and benchmarks.
import type { Faults, SamplePlatformOptions } from './config';
import { Dataset } from './dataset';
import { FaultState } from './faults';
import type { Row } from './feed';
import { startServer } from './server';
import { todayUtc } from './time';
import { computeTruth, liveRows, type Truth, type TruthOptions } from './truth';

export type { Faults, SamplePlatformOptions, Scale } from './config';
export { NO_FAULTS, NO_SCOPE_TOKEN } from './config';
export type { Row } from './feed';
export type { Balance, Truth, TruthOptions } from './truth';
export { ledgerKey } from './truth';
export { Dataset } from './dataset';

export interface SamplePlatform {
  /** e.g. http://127.0.0.1:43125 */
  url: string;
  token: string;
  close(): Promise<void>;
  setFaults(f: Partial<Faults>): void;
  requestCount(): number;
  /**
   * Advance the dataset by one day: a new day of stats and ledger rows, revisions of the last 2 days of
   * stats (bumped updated_at), pending->available changes (early releases; the whole previous month
   * when a month starts), tombstones (ledger, support, catalogue), possibly a payout.
   */
  advanceDay(): void;
  /** Ground truth for tests: what a faithful client must end up with. */
  truth(opts?: TruthOptions): Truth;
  /** Every live row of a resource ('ledger', 'stats/characters' …) exactly as the API sends it. */
  truthRows(resource: string): Generator<Row>;
  /** Collection resource names (the path after /v1/). */
  resources(): string[];
  readonly dataset: Dataset;
}

export async function startSamplePlatform(opts: SamplePlatformOptions = {}): Promise<SamplePlatform> {
  const seed = opts.seed ?? 42;
  const token = opts.token ?? 'demo-token';
  const dataset = new Dataset({ seed, scale: opts.scale ?? 'default', today: opts.today ?? todayUtc(), older: opts.older ?? false });
  const faults = new FaultState(seed, opts.faults);
  const server = await startServer({ dataset, faults, token }, opts.port ?? 0);
  return {
    url: server.url,
    token,
    close: () => server.close(),
    setFaults: (f) => faults.set(f),
    requestCount: () => faults.requestCount(),
    advanceDay: () => dataset.advanceDay(),
    truth: (o) => computeTruth(dataset, o),
    truthRows: (resource) => liveRows(dataset, resource),
    resources: () => dataset.resources(),
    dataset,
  };
}
