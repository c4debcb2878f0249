// What the settings and account methods answer.
import type { DataPageId } from '../../../db/dashboards';
import type { PeriodSpec } from '../../../db/queries/types/period';
import type { AlertSettings } from '../../../db/queries/settings';

export type { AlertSettings };

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
  periods: Partial<Record<DataPageId, PeriodSpec>>;
  homeCurrency: string | null;
  /** MM-DD */
  taxYearStart: string;
  rateMethod: 'daily' | 'yearly-average';
  /** The address set in Settings (null: the default below, or the environment's). */
  ratesUrl: string | null;
  ratesUrlInUse: string;
  rates: RatesInfo;
  /** A monthly income goal per currency (exact decimal strings). */
  goals: Record<string, string>;
  /** Currencies the ledger holds, which a goal can be set for. */
  currencies: string[];
  alerts: AlertSettings;
}

/** The rates the tax pack can use: the last fetch and every stored series. */
export interface RatesInfo {
  lastFetch: { at: string; ok: boolean; error: string | null; latestDay: string | null } | null;
  series: { source: string; base: string; quote: string; days: number; first: string; last: string; origin: string }[];
}

export interface AccountOutputs {
  getSettings: Settings;
  saveSettings: Settings;
  setToken: Settings;
  clearToken: Settings;
  connectAccount: Settings;
  showDemo: Settings;
  savePeriod: Settings;
}
