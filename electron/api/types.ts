// Results of the StudioApi, shared by the main process and the renderer. Plain data only:
// money arrives as exact decimal strings, instants as ISO strings.
import type { Input } from './contract';
import type { MethodName } from './methods';
import type { EarningsDashboard, PayoutSource } from '../../db/queries/types/earnings';
import type { StatementData } from '../export/statement-data';
import type { PeriodSpec } from '../../db/queries/types/period';

export type { EarningsDashboard } from '../../db/queries/types/earnings';
export type * from '../../db/queries/types/earnings';
export type * from '../../db/queries/types/period';
export type * from '../../db/queries/types/content';
export type * from '../../db/queries/types/audience';
export type * from '../../db/queries/types/insights';
export type * from '../../db/queries/types/review';
import type { AudienceDashboard } from '../../db/queries/types/audience';
import type { InsightsResult, ThresholdsView } from '../../db/queries/types/insights';
import type { ReviewNote, ReviewPayload } from '../../db/queries/types/review';
import type { CharacterComparison, CharacterDetail, CharactersDashboard, PluginDetail, PluginsDashboard, StoriesDashboard, StoryDetail } from '../../db/queries/types/content';

/** 'confirm': the action needs the user's explicit agreement first (the message says what to agree to). */
export type ErrorCode = 'invalid_input' | 'not_configured' | 'busy' | 'platform' | 'io' | 'not_found' | 'confirm' | 'internal';

/** Fields a creator types in, which a failure can point at. */
export type InputField = 'platformUrl' | 'token' | 'timezone' | 'syncIntervalMinutes' | 'homeCurrency' | 'taxYearStart' | 'ratesUrl' | 'ratesFile';

export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: InputField;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface SyncProgress {
  resource: string;
  resourcesDone: number;
  resourcesTotal: number;
  pages: number;
  rows: number;
  /** Set while a retry waits (rate limit or a transient failure): why, until when, how long in all, and how
   *  much more waiting for the platform's rate limits the sync allows after this wait before it stops. */
  waiting: { reason: string; untilMs: number; waitMs: number; budgetLeftMs: number } | null;
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
  reportingTimezone: string;
  schemaVersion: number;
  /** The page-by-page check of the database file, which runs after the app has opened. */
  integrity: { state: 'checking' | 'ok' | 'damaged'; detail: string | null };
}

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

export interface Settings {
  platformUrl: string | null;
  timezone: string | null;
  profileTimezone: string | null;
  tokenStored: boolean;
  /** How the token is protected: 'os' (keychain via safeStorage), 'session' (kept in memory only). */
  tokenStorage: 'os' | 'basic' | 'session';
  /** The app can move onto the demo data from here (showDemo). */
  canShowDemo: boolean;
  autoSync: boolean;
  syncIntervalMinutes: number;
  theme: 'system' | 'light' | 'dark';
  /** The period last chosen on each dashboard. */
  periods: Partial<Record<'earnings' | 'characters' | 'plugins' | 'stories' | 'audience' | 'review', PeriodSpec>>;
  homeCurrency: string | null;
  /** MM-DD */
  taxYearStart: string;
  rateMethod: 'daily' | 'yearly-average';
  /** The address set in Settings (null: the default below, or the environment's). */
  ratesUrl: string | null;
  ratesUrlInUse: string;
  rates: RatesInfo;
}

/** The rates the tax pack can use: the last fetch and every stored series. */
export interface RatesInfo {
  lastFetch: { at: string; ok: boolean; error: string | null; latestDay: string | null } | null;
  series: { source: string; base: string; quote: string; days: number; first: string; last: string; origin: string }[];
}

export interface ImportedRates {
  rows: number;
  currencies: string[];
  first: string;
  last: string;
}

export interface Outputs {
  getStatus: Status;
  getSettings: Settings;
  saveSettings: Settings;
  setToken: Settings;
  clearToken: Settings;
  connectAccount: Settings;
  showDemo: Settings;
  startSync: { started: boolean };
  cancelSync: { cancelled: boolean };
  savePeriod: Settings;
  earnings: EarningsDashboard;
  payoutBreakdown: PayoutSource[];
  characters: CharactersDashboard;
  character: CharacterDetail;
  compareCharacters: CharacterComparison;
  plugins: PluginsDashboard;
  plugin: PluginDetail;
  stories: StoriesDashboard;
  story: StoryDetail;
  audience: AudienceDashboard;
  insights: InsightsResult;
  review: ReviewPayload;
  saveReviewNote: ReviewNote;
  getInsightThresholds: ThresholdsView;
  saveInsightThresholds: ThresholdsView;
  exportTable: FileResult;
  taxPack: FileResult;
  statement: StatementData;
  getUpdateStatus: UpdateStatus;
  checkForUpdates: UpdateStatus;
  installUpdate: { installing: true };
  importRates: ImportedRates;
}

/** A file the main process saved (desktop: savedTo), or its content for the browser to download. */
export interface FileResult {
  savedTo: string | null;
  filename: string;
  /** Text, or base64 when `base64` is set; null when saved or cancelled. */
  content: string | null;
  base64?: boolean;
  mime?: string;
  rows?: number;
}

export type StudioApi = { [M in MethodName]: (input: Input<M>) => Promise<Result<Outputs[M]>> };
