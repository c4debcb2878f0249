// The alerts the creator has not read yet, of the kinds switched on: decided here, in the core, so the
// desktop's notifications and the browser's notice list say the same things. Each alert is said once:
// read, it never comes back; shown as a notification, it is not shown as one again.
import type { Db } from '../../open';
import { dataVersion } from '../data-version';
import { getSetting, readAlertSettings, setSetting, type AlertSettings } from '../settings';
import { currentKey } from '../review/period-key';
import type { Alert, AlertKind } from '../types/alerts';
import { insightAlerts, payoutAlerts, syncFailingAlert, weeklyReviewAlert } from './fired';
import { SETTINGS_KEY as THRESHOLDS_KEY } from '../insights/thresholds';

/** On a first look, payouts this far back still count as news. */
export const FIRST_LOOK_BACK_MS = 7 * 86_400_000;
/** Ids remembered as read or notified (the newest kept): years of weekly alerts. */
const REMEMBERED = 1000;

interface AlertState {
  /** Payouts that changed before this instant are not news. */
  since: string;
  read: string[];
  notified: string[];
}

const SWITCH: Record<AlertKind, keyof AlertSettings> = { payout: 'payouts', 'sync-failing': 'syncFailing', 'weekly-review': 'weeklyReview', insight: 'insights' };

function readState(db: Db, nowMs: number): AlertState {
  const saved = getSetting<AlertState>(db, 'alertState');
  if (saved) return saved;
  const fresh = { since: new Date(nowMs - FIRST_LOOK_BACK_MS).toISOString(), read: [], notified: [] };
  setSetting(db, 'alertState', fresh);
  return fresh;
}

// The insight rules read weeks of stats (a tenth of a second on a large account): their alerts are kept
// until the data, the week or the thresholds change.
const keptInsights = new WeakMap<Db, { version: string; alerts: Alert[] }>();

function insightAlertsKept(db: Db, zone: string, nowMs: number): Alert[] {
  const version = `${zone}|${currentKey('week', zone, nowMs)}|${JSON.stringify(getSetting(db, THRESHOLDS_KEY) ?? null)}|${dataVersion(db)}`;
  const kept = keptInsights.get(db);
  if (kept?.version === version) return kept.alerts;
  const alerts = insightAlerts(db, zone, nowMs);
  keptInsights.set(db, { version, alerts });
  return alerts;
}

/** Every alert of a kind switched on that has not been read, newest first. */
export function unreadAlerts(db: Db, zone: string, nowMs: number): Alert[] {
  const on = readAlertSettings(db);
  const state = readState(db, nowMs);
  const read = new Set(state.read);
  const all = [
    ...(on.payouts ? payoutAlerts(db, zone, state.since) : []),
    ...(on.syncFailing ? [syncFailingAlert(db, zone, nowMs)].filter((a): a is Alert => a !== null) : []),
    ...(on.weeklyReview ? [weeklyReviewAlert(zone, nowMs)] : []),
    ...(on.insights ? insightAlertsKept(db, zone, nowMs) : []),
  ];
  return all.filter((a) => on[SWITCH[a.kind]] && !read.has(a.id)).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id.localeCompare(b.id)));
}

const remember = (ids: string[], more: string[]) => [...new Set([...ids, ...more])].slice(-REMEMBERED);

/** Marks alerts read: they are never said again. */
export function markAlertsRead(db: Db, ids: string[], nowMs: number): void {
  const state = readState(db, nowMs);
  setSetting(db, 'alertState', { ...state, read: remember(state.read, ids) });
}

/** The unread alerts not yet shown as a notification, marked as shown: each is notified once. */
export function alertsToNotify(db: Db, zone: string, nowMs: number): Alert[] {
  const fresh = unreadAlerts(db, zone, nowMs);
  const state = readState(db, nowMs);
  const notified = new Set(state.notified);
  const out = fresh.filter((a) => !notified.has(a.id));
  if (out.length > 0) setSetting(db, 'alertState', { ...state, notified: remember(state.notified, out.map((a) => a.id)) });
  return out;
}
