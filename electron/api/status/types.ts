// What the status methods answer: the app's state, the sync running now and the last one.

export interface SyncProgress {
  resource: string;
  resourcesDone: number;
  resourcesTotal: number;
  pages: number;
  rows: number;
  /** Set while a retry waits (rate limit or a transient failure): why, until when, how long in all, and how
   *  much more waiting for the platform's rate limits the sync allows after this wait before it stops. */
  waiting: { reason: string; untilMs: number; waitMs: number; budgetLeftMs: number } | null;
  /** Set while a first or full sync builds the totals of what it stored (the rollups). */
  buildingTotals?: boolean;
}

export interface SyncRunInfo {
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'ok' | 'partial' | 'failed' | 'cancelled';
  rowsWritten: number;
  error: string | null;
}

export interface Status {
  mode: 'desktop' | 'browser';
  demo: boolean;
  configured: boolean;
  creator: { handle: string; displayName: string; timezone: string } | null;
  /** The last finished sync, and the last one that succeeded (they differ after a failure). */
  lastSync: SyncRunInfo | null;
  lastSuccessAt: string | null;
  stale: boolean;
  syncing: SyncProgress | null;
  /** A first or full sync has stored rows whose totals (day, month, all-time sums) are not built yet:
   *  until it finishes, the dashboards' figures are incomplete. */
  totalsBuilding: boolean;
  reportingTimezone: string;
  schemaVersion: number;
  /** The page-by-page check of the database file, which runs after the app has opened. */
  integrity: { state: 'checking' | 'ok' | 'damaged'; detail: string | null };
}

export interface StatusOutputs {
  getStatus: Status;
  startSync: { started: boolean };
  cancelSync: { cancelled: boolean };
}
