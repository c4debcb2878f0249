// Hand-built database contents for query tests: rows are written as the sync would store them.
import { parseMicros } from '../../db/money';
import type { Db } from '../../db/open';

const T = '2026-11-22T00:00:00.000Z';

export interface LedgerInput {
  id: string;
  at: string;
  stream: string;
  sourceType?: string;
  sourceId?: string;
  currency: string;
  gross: string;
  fee?: string;
  status: 'pending' | 'available' | 'reversed';
  payoutId?: string;
  description?: string;
}

export function insertLedger(db: Db, rows: LedgerInput[]): void {
  const stmt = db.prepare(
    `INSERT INTO ledger (id, occurred_at, occurred_ms, updated_at, stream, source_type, source_id, currency, gross, fee, net, status, payout_id, description)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of rows) {
    const gross = parseMicros(r.gross);
    const fee = parseMicros(r.fee ?? '0');
    stmt.run(r.id, r.at, Date.parse(r.at), T, r.stream, r.sourceType ?? 'platform', r.sourceId ?? 'platform', r.currency, gross, fee, gross - fee, r.status, r.payoutId ?? null, r.description ?? null);
  }
}

export function insertCatalogue(db: Db, characters: [string, string][], plugins: [string, string][] = [], stories: [string, string, number][] = []): void {
  for (const [id, name] of characters)
    db.prepare(`INSERT INTO characters (id, name, created_at, updated_at, tags) VALUES (?, ?, ?, ?, '[]')`).run(id, name, T, T);
  for (const [id, name] of plugins) db.prepare(`INSERT INTO plugins (id, name, created_at, updated_at, tags) VALUES (?, ?, ?, ?, '[]')`).run(id, name, T, T);
  for (const [id, title, chapters] of stories)
    db.prepare(`INSERT INTO stories (id, title, created_at, updated_at, tags, chapters, milestones, identities) VALUES (?, ?, ?, ?, '[]', ?, '[]', '[]')`).run(
      id,
      title,
      T,
      T,
      JSON.stringify(Array.from({ length: chapters }, (_, i) => ({ index: i + 1, title: `Chapter ${i + 1}` }))),
    );
}

export function insertCreator(db: Db, timezone: string, minimum = [{ currency: 'USDT', amount: '10.00' }]): void {
  db.prepare(
    `INSERT INTO creator (id, handle, display_name, timezone, created_at, payout_schedule, payout_minimum, fetched_at) VALUES ('cr1', 'ana', 'Ana', ?, ?, 'monthly', ?, ?)`,
  ).run(timezone, T, JSON.stringify(minimum.map((m) => ({ currency: m.currency, amount_micros: parseMicros(m.amount) }))), T);
}

export function insertSnapshot(db: Db, asOf: string, currency: string, available: string, pending: string): void {
  db.prepare(`INSERT INTO balance_snapshots (as_of, currency, available, pending, fetched_at) VALUES (?, ?, ?, ?, ?)`).run(
    asOf,
    currency,
    parseMicros(available),
    parseMicros(pending),
    T,
  );
}

export function insertSupport(db: Db, rows: { id: string; at: string; name: string; message: string; amount: string; currency: string }[]): void {
  const stmt = db.prepare(
    `INSERT INTO support (id, occurred_at, occurred_ms, updated_at, supporter_name, message, amount, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of rows) stmt.run(r.id, r.at, Date.parse(r.at), T, r.name, r.message, parseMicros(r.amount), r.currency);
}

export function insertPayout(
  db: Db,
  p: { id: string; at: string; currency: string; amount: string; fee: string; status: string; failureReason?: string; breakdown: [string, string, string][] },
): void {
  db.prepare(
    `INSERT INTO payouts (id, created_at, created_ms, updated_at, period_start, period_end, currency, amount, fee, status, method, network, failure_reason, breakdown, source_count)
     VALUES (?, ?, ?, ?, '2026-10-01', '2026-10-31', ?, ?, ?, ?, 'usdt_wallet', 'TRC-20', ?, ?, ?)`,
  ).run(
    p.id,
    p.at,
    Date.parse(p.at),
    T,
    p.currency,
    parseMicros(p.amount),
    parseMicros(p.fee),
    p.status,
    p.failureReason ?? null,
    JSON.stringify(p.breakdown.map(([source_type, source_id, amount]) => ({ source_type, source_id, amount: parseMicros(amount) }))),
    p.breakdown.length,
  );
}
