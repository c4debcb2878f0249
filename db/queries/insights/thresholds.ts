// Reading and saving the insight thresholds in the settings table (key 'insightThresholds').
// Saved values are clamped to their allowed range, so a hand-edited database cannot make a rule
// meaningless.
import type { Db } from '../../open';
import { getSetting, setSetting } from '../settings';
import type { InsightThresholds, ThresholdKey, ThresholdsView } from '../types/insights';
import { DEFAULT_THRESHOLDS, THRESHOLD_META } from './threshold-meta';

export { DEFAULT_THRESHOLDS, THRESHOLD_META } from './threshold-meta';

export const SETTINGS_KEY = 'insightThresholds';

const META = new Map(THRESHOLD_META.map((m) => [m.key, m]));

function clamp(key: ThresholdKey, value: unknown): number {
  const m = META.get(key)!;
  if (typeof value !== 'number' || !Number.isFinite(value)) return m.default;
  return Math.min(m.max, Math.max(m.min, value));
}

export function readThresholds(db: Db): InsightThresholds {
  const stored = getSetting<Partial<Record<string, unknown>>>(db, SETTINGS_KEY) ?? {};
  const out = { ...DEFAULT_THRESHOLDS };
  for (const m of THRESHOLD_META) if (m.key in stored) out[m.key] = clamp(m.key, stored[m.key]);
  return out;
}

/** Saves the given thresholds (others unchanged); a value equal to its default is stored as the default. */
export function saveThresholds(db: Db, patch: Partial<Record<ThresholdKey, number>>): ThresholdsView {
  const next = { ...readThresholds(db) };
  for (const [key, value] of Object.entries(patch) as [ThresholdKey, number][]) if (META.has(key)) next[key] = clamp(key, value);
  setSetting(db, SETTINGS_KEY, next);
  return thresholdsView(db);
}

export function resetThresholds(db: Db): ThresholdsView {
  setSetting(db, SETTINGS_KEY, DEFAULT_THRESHOLDS);
  return thresholdsView(db);
}

export function thresholdsView(db: Db): ThresholdsView {
  return { values: readThresholds(db), meta: [...THRESHOLD_META] };
}
