// The Electron side of updates, kept to wiring: electron-updater's autoUpdater (which picks the
// platform's updater: NSIS, the mac zip, AppImage or deb, and reads the release feed from the
// app-update.yml electron-builder packs) under the update machine of electron/core/updates.ts.
import { app } from 'electron';
import electronUpdater from 'electron-updater';
import type { SyncController } from '../api/context';
import { createUpdateMachine, type UpdateMachine } from '../core/updates';
import { writingNow } from '../core/writing';

/** Starts the checks (now and daily) in an installed app; run from its sources there is no feed and nothing to replace. */
export function startUpdates(live: { sync: SyncController }): UpdateMachine | undefined {
  if (!app.isPackaged) return undefined;
  const machine = createUpdateMachine({ driver: electronUpdater.autoUpdater, currentVersion: app.getVersion(), writing: () => writingNow(live) });
  const stop = machine.start();
  // Before electron-updater's own quit handler, which installs a downloaded update on 'quit'.
  app.on('before-quit', () => {
    machine.beforeQuit();
    stop();
  });
  return machine;
}
