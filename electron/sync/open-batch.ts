// The pages of a pass written as they arrive, into one transaction that commits together with the
// checkpoint after its last page: the disk works while the next pages are read, and a batch is never
// stored without its checkpoint, nor a checkpoint without its rows.
import type { Db } from '../../db/open';
import type { StoredPage } from './page-reader';

export interface BatchSteps {
  /** Inside the transaction, before its first page. */
  begin(): void;
  /** Writes one page's rows; returns how many. */
  write(page: StoredPage): number;
  /** Inside the transaction, after its last page: the checkpoint that goes with it. */
  checkpoint(last: StoredPage, rows: number): void;
}

export interface Committed {
  pages: number;
  rows: number;
  last: StoredPage;
}

export class OpenBatch {
  readonly #db: Db;
  readonly #steps: BatchSteps;
  #pages = 0;
  #rows = 0;
  #last: StoredPage | null = null;
  #openedAt = 0;

  constructor(db: Db, steps: BatchSteps) {
    this.#db = db;
    this.#steps = steps;
  }

  /** Whether a transaction is open (a page was written since the last commit). */
  get open(): boolean {
    return this.#last !== null;
  }

  get rows(): number {
    return this.#rows;
  }

  /** How long the transaction has been open, in ms (0 when none is). */
  openFor(now = performance.now()): number {
    return this.#last ? now - this.#openedAt : 0;
  }

  /** Writes `page` into the open transaction, opening one first. A failed write takes the whole batch back. */
  add(page: StoredPage): void {
    this.#guard(() => {
      if (!this.#last) {
        this.#db.exec('BEGIN');
        this.#openedAt = performance.now();
        this.#steps.begin();
      }
      this.#rows += this.#steps.write(page);
      this.#pages++;
      this.#last = page;
    });
  }

  /** Commits the open transaction with its checkpoint; null when none is open. */
  commit(): Committed | null {
    const last = this.#last;
    if (!last) return null;
    const committed = { pages: this.#pages, rows: this.#rows, last };
    this.#guard(() => {
      this.#steps.checkpoint(last, this.#rows);
      this.#db.exec('COMMIT');
    });
    this.#forget();
    return committed;
  }

  #guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
      this.#forget();
      throw error;
    }
  }

  #forget(): void {
    this.#pages = 0;
    this.#rows = 0;
    this.#last = null;
  }
}
