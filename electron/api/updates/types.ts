// What the update methods answer.

/** What is writing the creator's files right now: updates never download or install meanwhile. */
export type WritingNow = 'sync' | 'export' | null;

export type UpdatePhase = 'idle' | 'checking' | 'available' | 'downloading' | 'downloaded' | 'error';

export interface UpdateStatus {
  /** False where updates are not this process's job (serve mode, or an app run from its sources); `note` says why. */
  supported: boolean;
  phase: UpdatePhase;
  currentVersion: string | null;
  /** The version found on the release feed (available, downloading, downloaded). */
  version: string | null;
  /** Download progress, 0-100. */
  percent: number | null;
  /** When the release feed last answered. */
  checkedAt: string | null;
  /** The last check's or download's failure, in one line. */
  error: string | null;
  /** A found update waits for this to finish before it downloads. */
  waitingFor: WritingNow;
  note?: string;
}

export interface UpdateOutputs {
  getUpdateStatus: UpdateStatus;
  checkForUpdates: UpdateStatus;
  installUpdate: { installing: true };
}
