import type { Db } from '../open';

/** Which alerts the app raises, and whether the desktop's notifications leave amounts out. */
export interface AlertSettings {
  /** A payout was paid, or failed. */
  payouts: boolean;
  /** Syncing has failed for more than a day. */
  syncFailing: boolean;
  /** The review of the week just ended is ready. */
  weeklyReview: boolean;
  /** An insight card about one of the top earners. */
  insights: boolean;
  /** The operating system's notifications say that a payout arrived, not how much. */
  hideAmounts: boolean;
}

export const DEFAULT_ALERTS: AlertSettings = { payouts: true, syncFailing: true, weeklyReview: true, insights: true, hideAmounts: false };

export interface StoredSettings {
  platformUrl: string | null;
  timezone: string | null;
  autoSync: boolean;
  syncIntervalMinutes: number;
  theme: 'system' | 'light' | 'dark';
  /** Set when this database was filled from the built-in sample platform. */
  demo: boolean;
  periods: Record<string, unknown>;
  /** ISO 4217 code the tax pack values income in; null until the creator chooses one. */
  homeCurrency: string | null;
  /** The tax year's first day, MM-DD (01-01; 04-06 in the UK, 07-01 in Australia). */
  taxYearStart: string;
  /** Where the ECB's rates history is fetched from; null: the ECB's own address. */
  ratesUrl: string | null;
  /** The rate of each row's own day, or one average over the tax year. */
  rateMethod: 'daily' | 'yearly-average';
  /** A monthly income goal per currency, an exact decimal string. */
  goals: Record<string, string>;
  alerts: AlertSettings;
}

export const DEFAULT_SETTINGS: StoredSettings = {
  platformUrl: null,
  timezone: null,
  autoSync: true,
  syncIntervalMinutes: 30,
  theme: 'system',
  demo: false,
  periods: {},
  homeCurrency: null,
  taxYearStart: '01-01',
  ratesUrl: null,
  rateMethod: 'daily',
  goals: {},
  alerts: DEFAULT_ALERTS,
};

export function getSetting<T>(db: Db, key: string): T | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function setSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

export function deleteSetting(db: Db, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}

export function readGoals(db: Db): Record<string, string> {
  return getSetting<Record<string, string>>(db, 'goals') ?? {};
}

export function readAlertSettings(db: Db): AlertSettings {
  return { ...DEFAULT_ALERTS, ...getSetting<Partial<AlertSettings>>(db, 'alerts') };
}

export function readSettings(db: Db): StoredSettings {
  const out = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof StoredSettings)[]) {
    const value = getSetting(db, key);
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

export function writeSettings(db: Db, patch: Partial<StoredSettings>): StoredSettings {
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) setSetting(db, key, value);
  })();
  return readSettings(db);
}
