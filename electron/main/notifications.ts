// The operating system's notifications for the alerts the core decides (db/queries/alerts): each one
// shown once, with its amounts left out when the creator asked. Clicking one brings the window up
// with the alert list open. Only the showing lives here.
import { Notification, type BrowserWindow } from 'electron';
import { alertsToNotify } from '../../db/queries/alerts';
import { readAlertSettings } from '../../db/queries/settings';
import { reportingZone } from '../../db/rollups';
import { MENU_CHANNEL, type MenuCommand } from '../api/methods';
import type { Studio } from '../core/studio';

/** How often the core is asked (its answer is kept until the data changes, so asking is cheap). */
const EVERY_MS = 60_000;
/** The first look, once the window has drawn. */
const FIRST_AFTER_MS = 10_000;

export function startNotifications(studio: Studio, getWindow: () => BrowserWindow | null): () => void {
  const tick = () => {
    if (!Notification.isSupported()) return;
    const db = studio.db;
    const quiet = readAlertSettings(db).hideAmounts;
    for (const alert of alertsToNotify(db, reportingZone(db), studio.now().getTime())) {
      const n = new Notification({ title: alert.title, body: quiet ? alert.quietBody : alert.body });
      n.on('click', () => {
        const win = getWindow();
        if (!win) return;
        if (win.isMinimized()) win.restore();
        win.focus();
        win.webContents.send(MENU_CHANNEL, 'alerts' satisfies MenuCommand);
      });
      n.show();
    }
  };
  const safeTick = () => {
    try {
      tick();
    } catch (error) {
      console.error('alerts:', (error as Error).message);
    }
  };
  const first = setTimeout(safeTick, FIRST_AFTER_MS);
  const timer = setInterval(safeTick, EVERY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
