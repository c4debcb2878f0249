// Balances and reconciliation, per currency, from the ledger alone (platform-api.md "Balances follow
// from the ledger"), set against the newest balance snapshot the platform sent.
import type { Db } from '../../open';
import { dec, EARNED, exactAll } from '../sums';
import type { ReconciliationRow as Reconciliation } from '../types/earnings';

export interface CurrencyBalance {
  currency: string;
  available: string;
  pending: string;
  allTimeEarned: string;
  /** What the all-time earned was before the platform's fees: allTimeGross - allTimeFees = allTimeEarned. */
  allTimeGross: string;
  allTimeFees: string;
}

interface Sums {
  currency: string;
  earned: bigint;
  earnedGross: bigint;
  earnedFee: bigint;
  pending: bigint;
  released: bigint;
  paid: bigint;
}

/** Per currency, from the trigger-kept ledger_totals (one row per currency, stream and status). */
function ledgerSums(db: Db): Sums[] {
  return exactAll<Sums>(
    db,
    `SELECT currency,
       coalesce(sum(CASE WHEN ${EARNED} THEN net END), 0) AS earned,
       coalesce(sum(CASE WHEN ${EARNED} THEN gross END), 0) AS earnedGross,
       coalesce(sum(CASE WHEN ${EARNED} THEN fee END), 0) AS earnedFee,
       coalesce(sum(CASE WHEN status = 'pending' THEN net END), 0) AS pending,
       coalesce(sum(CASE WHEN status = 'available' AND stream <> 'payout' THEN net END), 0) AS released,
       coalesce(-sum(CASE WHEN status = 'available' AND stream = 'payout' THEN net END), 0) AS paid
     FROM ledger_totals WHERE rows > 0 GROUP BY currency ORDER BY currency`,
  );
}

export function balances(db: Db): CurrencyBalance[] {
  return ledgerSums(db).map((s) => ({
    currency: s.currency,
    available: dec(s.released - s.paid),
    pending: dec(s.pending),
    allTimeEarned: dec(s.earned),
    allTimeGross: dec(s.earnedGross),
    allTimeFees: dec(s.earnedFee),
  }));
}

export function reconcile(db: Db): Reconciliation[] {
  const snapshots = new Map(
    exactAll<{ currency: string; asOf: string; available: bigint; pending: bigint }>(
      db,
      `SELECT currency, as_of AS asOf, available, pending FROM balance_snapshots b
       WHERE as_of = (SELECT max(as_of) FROM balance_snapshots WHERE currency = b.currency)`,
    ).map((s) => [s.currency, s]),
  );
  const rows = ledgerSums(db).map((s): Reconciliation => {
    const snap = snapshots.get(s.currency);
    const available = s.released - s.paid;
    return {
      currency: s.currency,
      earned: dec(s.earned),
      pending: dec(s.pending),
      released: dec(s.released),
      paidOut: dec(s.paid),
      available: dec(available),
      snapshot: snap ? { asOf: snap.asOf, available: dec(snap.available), pending: dec(snap.pending) } : null,
      mismatch: snap ? { available: dec(snap.available - available), pending: dec(snap.pending - s.pending) } : null,
    };
  });
  // A currency the platform reports but the ledger has never mentioned is a mismatch too.
  for (const [currency, snap] of snapshots) {
    if (rows.some((r) => r.currency === currency)) continue;
    rows.push({
      currency,
      earned: '0.00',
      pending: '0.00',
      released: '0.00',
      paidOut: '0.00',
      available: '0.00',
      snapshot: { asOf: snap.asOf, available: dec(snap.available), pending: dec(snap.pending) },
      mismatch: { available: dec(snap.available), pending: dec(snap.pending) },
    });
  }
  return rows;
}
