// Whether a pass over a feed is getting anywhere. A platform that hands out a new cursor with every
// page but keeps sending rows the pass already has (or nothing at all) would be followed forever.

/**
 * Pages in a row that may bring nothing new before the pass stops. A platform can send an empty page
 * now and then, or a page of rows repeated across a page boundary; three in a row is a platform going
 * in circles, and stopping there costs a stuck sync three more requests instead of thousands.
 */
export const STALLED_PAGES_LIMIT = 3;

/**
 * A row version is new when the pass has not been sent that key with that updated_at yet. The version,
 * not the key alone: a row changed during the pass (a ledger entry released from pending to available,
 * a month of them on release day) comes back later in the same pass, and that is progress.
 */
export class PassProgress {
  readonly #keys: readonly string[];
  readonly #seen = new VersionSet();

  constructor(keys: readonly string[]) {
    this.#keys = keys;
  }

  /** Remembers the page's row versions; true when at least one of them was new to this pass. */
  add(rows: readonly Record<string, unknown>[]): boolean {
    let news = false;
    for (const row of rows) {
      let h = FNV_OFFSET;
      for (const key of this.#keys) h = fnv(h, String(row[key]));
      h = fnv(h, String(row.updated_at));
      if (row.deleted === true) h = fnv(h, 'deleted');
      if (this.#seen.add(finish(h))) news = true;
    }
    return news;
  }
}

/**
 * 32-bit hashes in an open-addressed table: at most 16 bytes per row, so a pass over a 2-million-row
 * ledger holds 16 MB where a Set of key strings would hold 100+ MB (the sync's peak RSS target is
 * 300 MB). A collision can only make a new version look seen; a page is "nothing new" only when all of
 * its rows look seen, for three pages in a row, which chance does not do.
 */
class VersionSet {
  #table = new Uint32Array(1 << 12);
  #size = 0;

  /** True when the hash was not in the set. */
  add(hash: number): boolean {
    const h = hash === 0 ? 1 : hash; // 0 marks an empty slot
    const mask = this.#table.length - 1;
    let i = h & mask;
    while (this.#table[i] !== 0) {
      if (this.#table[i] === h) return false;
      i = (i + 1) & mask;
    }
    this.#table[i] = h;
    if (++this.#size * 2 > this.#table.length) this.#grow();
    return true;
  }

  #grow(): void {
    const old = this.#table;
    this.#table = new Uint32Array(old.length * 2);
    const mask = this.#table.length - 1;
    for (const h of old) {
      if (h === 0) continue;
      let i = h & mask;
      while (this.#table[i] !== 0) i = (i + 1) & mask;
      this.#table[i] = h;
    }
  }
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over the text and a separator after it, so that ("ab", "c") and ("a", "bc") differ. */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xffff, 0x01000193);
}

/** murmur3's finaliser, so that every character moves the low bits the table indexes by. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
