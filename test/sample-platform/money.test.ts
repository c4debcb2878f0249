// Money in the default dataset: exact amounts, balances from the ledger, payouts, fan support.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMicros } from '../../db/money';
import { ledgerKey, startSamplePlatform, type SamplePlatform, type Truth } from '../../electron/sample-platform/index';
import { fetchAll, TODAY, type Row } from './helpers';

let p: SamplePlatform;
let truth: Truth;
let ledger: Row[];

beforeAll(async () => {
  p = await startSamplePlatform({ today: TODAY });
  truth = p.truth({ statsSums: false });
  ledger = (await fetchAll(p, 'ledger')).rows;
});

afterAll(async () => {
  await p.close();
});

const micros = (v: unknown) => parseMicros(v);

describe('ledger', () => {
  it('has ~50k rows in CREDITS and USDT plus a few in USD, with every stream', () => {
    expect(ledger.length).toBeGreaterThan(45_000);
    expect(ledger.length).toBeLessThan(60_000);
    const byCurrency = new Map<string, number>();
    for (const r of ledger) byCurrency.set(r.currency as string, (byCurrency.get(r.currency as string) ?? 0) + 1);
    expect(byCurrency.get('CREDITS')).toBeGreaterThan(10_000);
    expect(byCurrency.get('USDT')).toBeGreaterThan(10_000);
    expect(byCurrency.get('USD')).toBeGreaterThan(0);
    expect(byCurrency.get('USD')).toBeLessThan(100);
    const streams = new Set(ledger.map((r) => r.stream));
    for (const s of ['character', 'embed', 'plugin', 'support', 'campaign', 'bounty', 'adjustment', 'payout']) expect(streams).toContain(s);
    expect(ledger.some((r) => r.stream === 'adjustment' && micros(r.net) < 0)).toBe(true);
  });

  it('has net = gross - fee exactly on every row, amounts as decimal strings', () => {
    const stamps = ledger.map((r) => r.updated_at as string);
    expect(stamps.every((u, k) => k === 0 || stamps[k - 1]! <= u)).toBe(true);
    const wrong = ledger.filter((r) => typeof r.gross !== 'string' || micros(r.net) !== micros(r.gross) - micros(r.fee));
    expect(wrong).toEqual([]);
    expect(ledger.some((r) => /\.\d{6}$/.test(r.net as string))).toBe(true); // full micro precision occurs
  });

  it('sums to the truth per (currency, stream, status), and the balances follow', () => {
    const sums = new Map<string, bigint>();
    for (const r of ledger) {
      if (r.deleted === true) continue;
      const k = ledgerKey(r.currency as string, r.stream as string, r.status as string);
      sums.set(k, (sums.get(k) ?? 0n) + BigInt(micros(r.net)));
    }
    expect(Object.fromEntries(sums)).toEqual(truth.ledgerNet);
    const total = (currency: string, status: string) =>
      [...sums].filter(([k]) => k.startsWith(`${currency}|`) && k.endsWith(`|${status}`)).reduce((a, [, v]) => a + v, 0n);
    for (const [currency, b] of Object.entries(truth.balances)) {
      expect(b.available, currency).toBe(total(currency, 'available'));
      expect(b.pending, currency).toBe(total(currency, 'pending'));
    }
    expect(truth.balances.USDT!.available).toBeGreaterThanOrEqual(0n);
  });

  it('follows the monthly processing: rows before this month are available, later ones pending', () => {
    const monthStart = `${TODAY.slice(0, 7)}-01T00:00:00.000Z`;
    for (const r of ledger) {
      if (r.stream === 'payout' || r.deleted === true) continue;
      if ((r.occurred_at as string) < monthStart) expect(r.status, r.id as string).toBe('available');
    }
    const recent = ledger.filter((r) => (r.occurred_at as string) >= monthStart && r.stream !== 'payout');
    expect(recent.filter((r) => r.status === 'pending').length).toBeGreaterThan(recent.length * 0.9);
    expect(recent.every((r) => r.available_on === `${TODAY.slice(0, 5)}04-01` || r.status === 'available')).toBe(true);
  });
});

describe('payouts', () => {
  it('pays monthly in USDT in the first week, one payout failed and its ledger row reversed', async () => {
    const { rows: payouts } = await fetchAll(p, 'payouts');
    expect(payouts.length).toBeGreaterThan(20);
    for (const x of payouts) {
      expect(x.currency).toBe('USDT');
      expect(Number((x.created_at as string).slice(8, 10))).toBeLessThanOrEqual(7);
      expect(micros(x.amount)).toBeGreaterThanOrEqual(10_000_000);
      const breakdown = x.breakdown as { amount: string }[];
      expect(breakdown.reduce((a, b) => a + micros(b.amount), 0), x.id as string).toBe(micros(x.amount));
      const row = ledger.find((r) => r.payout_id === x.id)!;
      expect(row.stream).toBe('payout');
      expect(row.source_type).toBe('payout');
      expect(micros(row.net)).toBe(-micros(x.amount));
      expect(row.status).toBe(x.status === 'failed' ? 'reversed' : 'available');
    }
    const failed = payouts.filter((x) => x.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.failure_reason).toBeTruthy();
    expect(new Set(payouts.map((x) => x.method))).toEqual(new Set(['stripe_connect', 'usdt_wallet']));
    expect(payouts.filter((x) => x.method === 'usdt_wallet').every((x) => x.network === 'TRC-20')).toBe(true);
    // The payout after the failed one returns its money.
    const next = payouts[payouts.indexOf(failed[0]!) + 1]!;
    expect((next.breakdown as { source_type: string; source_id: string }[]).some((b) => b.source_type === 'payout' && b.source_id === failed[0]!.id)).toBe(true);
  });
});

describe('support', () => {
  it('matches one ledger row per support row, and carries hostile text verbatim', async () => {
    const { rows: support } = await fetchAll(p, 'support');
    const byId = new Map(ledger.filter((r) => r.stream === 'support').map((r) => [r.source_id, r]));
    expect(byId.size).toBe(support.length);
    for (const s of support) {
      const l = byId.get(s.id)!;
      expect(l.source_type).toBe('support');
      expect(l.gross).toBe(s.amount);
      expect(l.currency).toBe(s.currency);
      expect(l.occurred_at).toBe(s.occurred_at);
      expect(Boolean(l.deleted)).toBe(Boolean(s.deleted));
    }
    const names = support.map((s) => s.supporter_name as string);
    const messages = support.map((s) => s.message as string);
    for (const needle of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '-2+3', 'שרה כהן', 'محمد الأحمد']) expect(names).toContain(needle);
    expect(names.some((n) => n.startsWith('=HYPERLINK('))).toBe(true);
    expect(names.some((n) => n.startsWith('+cmd'))).toBe(true);
    expect(names.some((n) => n.startsWith('@SUM'))).toBe(true);
    expect(messages.some((m) => m.includes('\n'))).toBe(true);
    expect(messages.some((m) => /\p{Extended_Pictographic}/u.test(m))).toBe(true);
    expect(Math.max(...messages.map((m) => m.length))).toBeGreaterThan(5000);
  });
});
