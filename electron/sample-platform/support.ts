// Direct support from fans: one row per support ledger row (same instant, same amount), carrying the
// free text fans typed, hostile on purpose: markup, spreadsheet formulas, quotes, newlines, RTL, emoji.
import { formatMicros } from '../../db/money';
import type { Extra, Feed, Row } from './feed';
import { sortExtras } from './feed';
import type { Ledger } from './ledger';
import { CURRENCIES, supportId } from './ledger-rows';
import { rngAt, tag } from './rng';
import { iso } from './time';
import { FAN_MESSAGES, FAN_NAMES, HOSTILE_MESSAGES, HOSTILE_NAMES, LONG_MESSAGE } from './texts';

const T_SUPPORT = tag('support');

export class SupportFeed implements Feed {
  readonly name = 'support';
  readonly stats = false;
  private readonly ledger: Ledger;
  /** Support row number -> deletion instant. */
  private readonly removed = new Map<number, number>();
  private extrasList: Extra[] = [];

  constructor(ledger: Ledger) {
    this.ledger = ledger;
  }

  baseSize(): number {
    return this.ledger.supportIdx.length;
  }

  baseU(k: number): number {
    return Math.ceil(this.ledger.occurredAt(this.ledger.supportIdx[k]!) / 1000) * 1000;
  }

  baseRow(k: number): Row {
    return this.row(k);
  }

  overridden(k: number): boolean {
    return this.removed.has(k);
  }

  overriddenCount(): number {
    return this.removed.size;
  }

  extras(): readonly Extra[] {
    return this.extrasList;
  }

  /** Ledger index of support row k. */
  ledgerIndex(k: number): number {
    return this.ledger.supportIdx[k]!;
  }

  /** Remove support row k (a chargeback): the support row and its ledger row become tombstones. */
  remove(k: number, atMs: number): void {
    this.removed.set(k, atMs);
    this.ledger.tombstone(this.ledgerIndex(k), atMs);
    this.ledger.rebuildExtras();
    this.extrasList = sortExtras(
      [...this.removed].map(([n, u]) => ({ u, ord: n, id: supportId(this.ledgerIndex(n)), deleted: true, row: () => this.row(n) })),
    );
  }

  deletedIds(): string[] {
    return [...this.removed.keys()].map((k) => supportId(this.ledgerIndex(k))).sort();
  }

  private row(k: number): Row {
    const i = this.ledgerIndex(k);
    const core = this.ledger.core(i);
    const r = rngAt(this.ledger.world.frame.seed, T_SUPPORT, i);
    let name: string;
    let message: string;
    if (k % 3 === 0) {
      const h = k / 3;
      name = HOSTILE_NAMES[h % HOSTILE_NAMES.length]!;
      message = h % 7 === 3 ? LONG_MESSAGE : HOSTILE_MESSAGES[h % HOSTILE_MESSAGES.length]!;
    } else {
      name = r.chance(0.3) ? `${r.pick(FAN_NAMES)}${r.int(1, 99)}` : r.pick(FAN_NAMES);
      message = r.pick(FAN_MESSAGES);
    }
    const removedAt = this.removed.get(k);
    const occurred = this.ledger.occurredAt(i);
    const row: Row = {
      id: supportId(i),
      occurred_at: iso(occurred),
      updated_at: iso(removedAt ?? Math.ceil(occurred / 1000) * 1000),
      supporter_name: name,
      message,
      amount: formatMicros(core.gross),
      currency: CURRENCIES[core.currency],
    };
    if (k % 5 !== 4) {
      row.source_type = 'character';
      row.source_id = this.ledger.world.characters[core.supported]!.id;
    }
    if (removedAt !== undefined) row.deleted = true;
    return row;
  }
}
