// Fault injection: rate limits, server errors, latency, truncated bodies, malformed rows, hangs.
// Every decision is deterministic given the seed and the order of requests.
import { NO_FAULTS, type Faults } from './config';
import type { Row } from './feed';
import { hash, Rng, tag } from './rng';

export type Verdict =
  | { kind: 'ok' }
  | { kind: 'hang' }
  | { kind: 'rate-limited'; retryAfter: number }
  | { kind: 'error'; status: 500 | 502 | 503 };

const ERRORS = [500, 502, 503] as const;

export class FaultState {
  private faults: Faults;
  private readonly rng: Rng;
  private requests = 0;
  private collections = 0;

  constructor(seed: number, initial: Partial<Faults> = {}) {
    this.faults = { ...NO_FAULTS, ...initial };
    this.rng = new Rng(hash(seed, tag('faults')));
  }

  set(partial: Partial<Faults>): void {
    this.faults = { ...this.faults, ...partial };
  }

  get current(): Faults {
    return this.faults;
  }

  requestCount(): number {
    return this.requests;
  }

  /** Count a request and decide its fate. */
  onRequest(): Verdict {
    const n = ++this.requests;
    const draw = this.rng.next(); // drawn on every request, so decisions depend only on request order
    const pick = this.rng.next();
    const f = this.faults;
    if (f.hangEvery > 0 && n % f.hangEvery === 0) return { kind: 'hang' };
    if (f.rateLimitEvery > 0 && n % f.rateLimitEvery === 0) return { kind: 'rate-limited', retryAfter: f.retryAfterSeconds };
    if (draw < f.serverErrorRate) return { kind: 'error', status: ERRORS[Math.floor(pick * ERRORS.length)]! };
    return { kind: 'ok' };
  }

  /** Count a collection response; true when its body must be cut in half. */
  truncateThisOne(): boolean {
    const n = ++this.collections;
    return this.faults.truncateEvery > 0 && n % this.faults.truncateEvery === 0;
  }

  /** Apply the malformed-row fault to a page of `resource`. */
  corrupt(resource: string, rows: Row[]): Row[] {
    const m = this.faults.malformedRow;
    if (!m || m.resource !== resource || rows.length === 0) return rows;
    const k = m.id === undefined ? 0 : rows.findIndex((r) => r.id === m.id);
    if (k < 0) return rows;
    const out = rows.slice();
    out[k] = malformed(rows[k]!);
    return out;
  }
}

/** A copy of a row that violates its schema: a number where a decimal string belongs, or a bad date. */
function malformed(row: Row): Row {
  const bad = { ...row };
  if (typeof bad.gross === 'string') bad.gross = Number(bad.gross) + 0.5;
  else if (typeof bad.amount === 'string') bad.amount = Number(bad.amount) + 0.5;
  else if (typeof bad.date === 'string') bad.date = '2026-02-30';
  else bad.updated_at = 'not-a-timestamp';
  return bad;
}
