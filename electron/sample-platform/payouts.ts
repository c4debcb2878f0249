// Monthly payouts: in the first week of each month, the available USDT balance leaves as a payout when
// it reaches the minimum. One payout fails; its money returns to the available balance.
import { formatMicros } from '../../db/money';
import type { Extra, Row } from './feed';
import { sortExtras } from './feed';
import { hash, pad, tag } from './rng';
import { DAY_MS, HOUR_MS, dayString, iso, monthOf, monthStartDay, weekday } from './time';
import type { Clock, Frame } from './model';
import { ST_PAYOUT, sourceKey, sourceName, sourceOfKey, type World } from './ledger-rows';

export const PAYOUT_MINIMUM_MICROS = 10_000_000; // 10.00 USDT
const T_PAY = tag('payout');

export interface PayoutRec {
  seq: number;
  id: string;
  ledgerIndex: number;
  createdMs: number;
  amount: number;
  fee: number;
  method: 'stripe_connect' | 'usdt_wallet';
  periodStart: number;
  periodEnd: number;
  breakdown: [number, number][];
  processingMs: number;
  paidMs: number;
  arrivalDay: number;
  failMs: number | null;
}

function addBusinessDays(day: number, n: number): number {
  let d = day;
  for (let left = n; left > 0; ) {
    d++;
    const wd = weekday(d);
    if (wd !== 0 && wd !== 6) left--;
  }
  return d;
}

export class PayoutBook {
  readonly list: PayoutRec[] = [];
  /** USDT released but not yet paid out, by source key. */
  private readonly unpaid = new Map<number, number>();
  private periodStart: number;
  private readonly failTargetDay: number | null;
  private readonly world: World;

  constructor(world: World) {
    this.world = world;
    const { firstDay, anchor } = world.frame;
    this.periodStart = firstDay;
    // The payout about five months before the anchor fails (when history is long enough).
    this.failTargetDay = anchor - firstDay > 240 ? anchor - 150 : null;
  }

  private get frame(): Frame {
    return this.world.frame;
  }

  /** The day of the month payouts are made in `month` (first week). */
  payDay(month: number): number {
    return monthStartDay(month) + 1 + (hash(this.frame.seed, T_PAY, month) % 5);
  }

  addUnpaid(key: number, micros: number): void {
    const v = (this.unpaid.get(key) ?? 0) + micros;
    if (v === 0) this.unpaid.delete(key);
    else this.unpaid.set(key, v);
  }

  addAllUnpaid(sums: ReadonlyMap<number, number>): void {
    for (const [k, v] of sums) this.addUnpaid(k, v);
  }

  unpaidTotal(): number {
    let t = 0;
    for (const v of this.unpaid.values()) t += v;
    return t;
  }

  /** Processing of `day`: a payout due today (returns it, the caller gives it a ledger slot). */
  decide(day: number): boolean {
    return day === this.payDay(monthOf(day)) && this.unpaidTotal() >= PAYOUT_MINIMUM_MICROS;
  }

  /** Create the payout decided for `day`, at ledger index `ledgerIndex`, created at `createdMs`. */
  create(day: number, ledgerIndex: number, createdMs: number): PayoutRec {
    const seq = this.list.length;
    const amount = this.unpaidTotal();
    const method = day < this.frame.anchor - 365 ? 'stripe_connect' : 'usdt_wallet';
    const fee = method === 'usdt_wallet' ? 1_000_000 : 250_000 + Math.floor((amount * 25) / 10_000);
    const arrivalDay = method === 'usdt_wallet' ? day + 1 : addBusinessDays(day, 5 + (hash(this.frame.seed, T_PAY, seq) % 3));
    const fails = this.failTargetDay !== null && day >= this.failTargetDay && !this.list.some((p) => p.failMs !== null);
    const rec: PayoutRec = {
      seq,
      id: `pay_${pad(seq + 1, 4)}`,
      ledgerIndex,
      createdMs,
      amount,
      fee,
      method,
      periodStart: this.periodStart,
      periodEnd: monthStartDay(monthOf(day)) - 1,
      breakdown: [...this.unpaid.entries()].sort((a, b) => a[0] - b[0]),
      processingMs: createdMs + 2 * HOUR_MS,
      paidMs: method === 'usdt_wallet' ? createdMs + 26 * HOUR_MS : arrivalDay * DAY_MS + 9 * HOUR_MS,
      arrivalDay,
      failMs: fails ? (day + 2) * DAY_MS + 10 * HOUR_MS : null,
    };
    this.unpaid.clear();
    if (fails) this.addUnpaid(sourceKey(ST_PAYOUT, seq), amount); // returned when it fails, two days later
    else this.periodStart = rec.periodEnd + 1;
    this.list.push(rec);
    return rec;
  }

  /** Whether the payout's ledger row is reversed at the clock. */
  static reversed(p: PayoutRec, clock: Clock): boolean {
    return p.failMs !== null && p.failMs <= clock.asOfMs;
  }

  private state(p: PayoutRec, clock: Clock): { status: string; u: number } {
    const t = clock.asOfMs;
    if (t < p.processingMs) return { status: 'pending', u: p.createdMs };
    if (p.failMs !== null) return t >= p.failMs ? { status: 'failed', u: p.failMs } : { status: 'processing', u: p.processingMs };
    return t >= p.paidMs ? { status: 'paid', u: p.paidMs } : { status: 'processing', u: p.processingMs };
  }

  private row(p: PayoutRec, clock: Clock): Row {
    const { status, u } = this.state(p, clock);
    const row: Row = {
      id: p.id,
      created_at: iso(p.createdMs),
      updated_at: iso(u),
      period_start: dayString(p.periodStart),
      period_end: dayString(p.periodEnd),
      currency: 'USDT',
      amount: formatMicros(p.amount),
      fee: formatMicros(p.fee),
      status,
      method: p.method,
    };
    if (p.method === 'usdt_wallet') row.network = 'TRC-20';
    if (status === 'paid') {
      row.arrival_date = dayString(p.arrivalDay);
      if (p.method === 'usdt_wallet') {
        row.tx_hash = Array.from({ length: 8 }, (_, k) => hash(this.frame.seed, T_PAY, p.seq, k).toString(16).padStart(8, '0')).join('');
      }
    }
    if (status === 'failed') row.failure_reason = 'Wallet address rejected by the TRC-20 network (account not activated)';
    row.breakdown = p.breakdown.map(([key, amount]) => {
      const [type, id] = sourceName(this.world, ...sourceOfKey(key));
      return { source_type: type, source_id: id, amount: formatMicros(amount) };
    });
    return row;
  }

  /** Payouts created by the clock, as feed extras. */
  extras(clock: Clock): Extra[] {
    const visible = this.list.filter((p) => p.createdMs <= clock.asOfMs);
    return sortExtras(visible.map((p) => ({ u: this.state(p, clock).u, ord: p.seq, id: p.id, deleted: false, row: () => this.row(p, clock) })));
  }

  /** The payout's ledger row: money leaves the available balance when the payout is created. */
  ledgerRow(p: PayoutRec, clock: Clock, id: string): Row {
    const reversed = PayoutBook.reversed(p, clock);
    return {
      id,
      occurred_at: iso(p.createdMs),
      updated_at: iso(reversed ? (p.failMs as number) : p.createdMs),
      stream: 'payout',
      source_type: 'payout',
      source_id: p.id,
      currency: 'USDT',
      gross: formatMicros(-p.amount),
      fee: formatMicros(0),
      net: formatMicros(-p.amount),
      status: reversed ? 'reversed' : 'available',
      payout_id: p.id,
      description: p.method === 'usdt_wallet' ? 'Payout to USDT wallet (TRC-20)' : 'Payout via Stripe Connect',
    };
  }
}
