import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Every money column holds integer micro-units (1e-6 of the currency); see db/money.ts.

export const ledger = sqliteTable(
  'ledger',
  {
    id: text('id').primaryKey(),
    /** The UTC instant exactly as the platform sent it (the tax record keeps it verbatim). */
    occurredAt: text('occurred_at').notNull(),
    /** The same instant in epoch milliseconds, for range queries and timezone bucketing. */
    occurredMs: integer('occurred_ms').notNull(),
    updatedAt: text('updated_at').notNull(),
    stream: text('stream').notNull(),
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    currency: text('currency').notNull(),
    gross: integer('gross').notNull(),
    fee: integer('fee').notNull(),
    net: integer('net').notNull(),
    status: text('status').notNull(),
    availableOn: text('available_on'),
    payoutId: text('payout_id'),
    description: text('description'),
  },
  (t) => [
    // Time order for exports (occurred_ms, id); the rest makes it covering for the money sums over a
    // span of time (gross, fees and net), which then never visit the table rows.
    index('ledger_occurred_id').on(t.occurredMs, t.id, t.sourceType, t.sourceId, t.currency, t.stream, t.status, t.net, t.gross, t.fee),
    index('ledger_currency_status').on(t.currency, t.status),
    index('ledger_source').on(t.sourceType, t.sourceId, t.occurredMs),
    index('ledger_payout').on(t.payoutId),
  ],
);

export const payouts = sqliteTable(
  'payouts',
  {
    id: text('id').primaryKey(),
    createdAt: text('created_at').notNull(),
    createdMs: integer('created_ms').notNull(),
    updatedAt: text('updated_at').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    currency: text('currency').notNull(),
    amount: integer('amount').notNull(),
    fee: integer('fee').notNull(),
    status: text('status').notNull(),
    method: text('method').notNull(),
    network: text('network'),
    txHash: text('tx_hash'),
    arrivalDate: text('arrival_date'),
    failureReason: text('failure_reason'),
    /** The breakdown's length, stored by the sync: the payouts list shows it without parsing every breakdown. */
    sourceCount: integer('source_count').notNull().default(0),
    /** JSON [{source_type, source_id, amount_micros}] */
    breakdown: text('breakdown').notNull(),
  },
  (t) => [index('payouts_created').on(t.createdMs)],
);

export const support = sqliteTable(
  'support',
  {
    id: text('id').primaryKey(),
    occurredAt: text('occurred_at').notNull(),
    occurredMs: integer('occurred_ms').notNull(),
    updatedAt: text('updated_at').notNull(),
    supporterName: text('supporter_name').notNull(),
    message: text('message').notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    sourceType: text('source_type'),
    sourceId: text('source_id'),
  },
  (t) => [index('support_occurred').on(t.occurredMs)],
);

/** Every /v1/balances snapshot the studio has seen, kept for reconciliation. */
export const balanceSnapshots = sqliteTable(
  'balance_snapshots',
  {
    asOf: text('as_of').notNull(),
    currency: text('currency').notNull(),
    available: integer('available').notNull(),
    pending: integer('pending').notNull(),
    fetchedAt: text('fetched_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.asOf, t.currency] })],
);
