import type { Db } from '../open';
import { formatMicros } from '../money';

/** Runs a money query with 64-bit integers kept exact (BigInt) instead of JS numbers. */
export function exactAll<T>(db: Db, sql: string, params: unknown[] = []): T[] {
  return db.prepare(sql).safeIntegers(true).all(...params) as T[];
}

export const dec = (v: bigint | number | null | undefined): string => formatMicros(v ?? 0n);

export const toNumber = (v: bigint | number | null | undefined): number => Number(v ?? 0);

/** Ledger rows that count as earnings: not reversed, and not money leaving as a payout. */
export const EARNED = `status <> 'reversed' AND stream <> 'payout'`;
