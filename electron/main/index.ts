// The Electron main process: thin glue around the same core the CLI and serve mode use.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { CorruptDatabaseError, type Db } from '../../db/open';
import { readSettings } from '../../db/queries/settings';
import { newestUsableBackup, recoverDamagedDatabase } from '../../db/recovery';
import { accountSwitcher, demoSwitcher } from '../core/account';
import { needsDemo, openDemo } from '../core/demo';
import { CHECK_AFTER_START_MS, openStudio, type Studio } from '../core/studio';
import { defaultDataDir, defaultDbFile, demoDbFile } from '../cli/paths';
import { scheduleAutoSync } from '../sync/controller';
import { nativeDialogs } from './dialogs';
import { SafeStorageSecretStore } from '../secrets/safe-storage';
import { electronSqliteBinding } from './database';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { startNotifications } from './notifications';
import { registerAppScheme, serveRenderer } from './protocol';
import { startUpdates } from './updates';
import { APP_ORIGIN, hardenApp } from './security';
import { loadWindowBounds, trackWindowBounds } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;

app.setPath('userData', defaultDataDir());
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, fatal);
  app.on('window-all-closed', () => app.quit());
}

async function start(): Promise<void> {
  let ctx: Studio | null = null;
  hardenApp(() => (ctx ? readSettings(ctx.db).platformUrl : null));
  serveRenderer(path.join(here, '../renderer'));
  const studio = await openDesktopStudio();
  // The one live context: IPC, the menu and auto-sync read it at every use, so leaving demo mode
  // (which swaps its database) reaches them all.
  ctx = { ...studio, files: nativeDialogs(() => mainWindow) };
  const files = { account: defaultDbFile(), demo: process.env.CREATOR_STUDIO_DB ?? demoDbFile() };
  const options = { mode: 'desktop', nativeBinding: electronSqliteBinding(), secrets: (db: Db) => new SafeStorageSecretStore(db) } as const;
  if (readSettings(studio.db).demo) ctx.switchAccount = accountSwitcher(ctx, files, options);
  else ctx.switchToDemo = demoSwitcher(ctx, files, options);
  const live = ctx;
  live.updates = startUpdates(live);
  registerIpc(live);
  installMenu(() => mainWindow, () => live.sync.start({}));
  mainWindow = createWindow();
  const stopSync = scheduleAutoSync(live);
  const stopNotifications = startNotifications(live, () => mainWindow);
  app.on('before-quit', () => {
    stopSync();
    stopNotifications();
  });
}

/** The creator's database, or demo data from the built-in sample platform when no account is set up. */
async function openDesktopStudio(): Promise<Studio> {
  const nativeBinding = electronSqliteBinding();
  const file = process.env.CREATOR_STUDIO_DB ?? defaultDbFile();
  const studio = await openWithRecovery(file, { mode: 'desktop', nativeBinding, dailyBackup: true, backgroundCheck: true, checkAfterMs: CHECK_AFTER_START_MS, readThread: true, secrets: (db) => new SafeStorageSecretStore(db) });
  if (!process.argv.includes('--demo') && !needsDemo(readSettings(studio.db))) return studio;
  studio.close();
  const demo = await openDemo(process.env.CREATOR_STUDIO_DB ?? demoDbFile(), { mode: 'desktop', nativeBinding });
  app.on('will-quit', () => void demo.close());
  return demo.studio;
}

function createWindow(): BrowserWindow {
  const bounds = loadWindowBounds();
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Creator Studio',
    autoHideMenuBar: false,
    // Set explicitly, here where the security linter can see them, rather than trusting defaults.
    webPreferences: {
      // The preload exposes only the typed StudioApi through contextBridge (electron/preload/index.ts).
      preload: path.join(here, '../preload/index.cjs'), /* eng-disable PRELOAD_JS_CHECK */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (bounds.maximized) win.maximize();
  trackWindowBounds(win);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => (mainWindow = null));
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  void win.loadURL(!app.isPackaged && devUrl ? devUrl : `${APP_ORIGIN}/index.html`);
  return win;
}

/** On a damaged file: say so, offer the newest backup, and keep the damaged file aside (never delete it). */
async function openWithRecovery(file: string, options: Parameters<typeof openStudio>[1]): Promise<Studio> {
  try {
    return await openStudio(file, options);
  } catch (error) {
    if (!(error instanceof CorruptDatabaseError)) throw error;
    const backup = newestUsableBackup(file);
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: 'Creator Studio',
      message: 'Your Creator Studio database is damaged.',
      detail: `${error.message}\n\n${backup ? `The newest good backup is ${backup}.` : 'There is no usable backup; the app can start empty and sync your data again.'} The damaged file is kept aside, not deleted.`,
      buttons: [backup ? 'Restore the backup' : 'Start empty and resync', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) {
      app.exit(1);
      throw error;
    }
    recoverDamagedDatabase(file);
    return openStudio(file, options);
  }
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Creator Studio cannot start', message);
  app.exit(1);
}
