// What the window says about updates: one line in the status bar when there is news, and the fuller
// state in Settings. Pure functions of the update status, so the wording is tested in Node.
import type { UpdateStatus, WritingNow } from '../../electron/api/types';
import { timeAgo } from '../../db/words/dates';

const UNTIL: Record<NonNullable<WritingNow>, string> = { sync: 'the sync has finished', export: 'the export is saved' };

/** The status bar's line, or null when there is nothing new (up to date, checking, or a failed check). */
export function updateLine(s: UpdateStatus): string | null {
  if (!s.supported || !s.version) return null;
  switch (s.phase) {
    case 'available':
      return s.waitingFor ? `Update ${s.version} found: it downloads once ${UNTIL[s.waitingFor]}` : `Update ${s.version} found`;
    case 'downloading':
      return `Downloading update ${s.version}: ${s.percent ?? 0}%`;
    case 'downloaded':
      return `Update ${s.version} is ready: it installs when you quit Creator Studio`;
    default:
      return null;
  }
}

/** Settings' sentence about updates. */
export function updateDetail(s: UpdateStatus, now = Date.now()): string {
  if (!s.supported) return s.note ?? 'Updates are handled by the desktop app.';
  const checked = s.checkedAt ? ` (checked ${timeAgo(s.checkedAt, now)})` : '';
  switch (s.phase) {
    case 'checking':
      return 'Checking for updates…';
    case 'available':
      return `Version ${s.version} is available${s.waitingFor ? `: it downloads once ${UNTIL[s.waitingFor]}` : ''}.`;
    case 'downloading':
      return `Downloading version ${s.version} in the background (${s.percent ?? 0}%).`;
    case 'downloaded':
      return `Version ${s.version} is downloaded. It installs the next time you quit Creator Studio, or now with Restart and install.`;
    case 'error':
      return `The last update check failed: ${s.error}${s.checkedAt ? ` The release feed last answered ${timeAgo(s.checkedAt, now)}.` : ''}`;
    default:
      return s.checkedAt
        ? `Creator Studio ${s.currentVersion} is up to date${checked}. It checks again at every start and once a day.`
        : `Creator Studio ${s.currentVersion}. It checks for updates at every start and once a day.`;
  }
}
