// The installed app's update cycle: when to check, when to download, when to install. The
// decisions live here, in plain Node, and drive electron-updater's updater object, so the tests run
// this module against electron-updater's own AppImageUpdater and a local release feed
// (test/updates). What only a connected machine proves: electron-updater's Electron glue (its
// `autoUpdater` picks the platform's updater, fetches through Electron's network stack and quits
// the app), and the installers themselves replacing an installed app.
import { CancellationToken, type AppUpdater } from 'electron-updater';
import type { UpdatePhase, UpdateStatus, WritingNow } from '../api/types';
import { UpdateRefused } from './update-refused';

export { UpdateRefused };

/** The part of electron-updater's updater this module drives; its platform updaters all have it. */
export type UpdaterDriver = Pick<AppUpdater, 'checkForUpdates' | 'downloadUpdate' | 'quitAndInstall' | 'on' | 'autoDownload' | 'autoInstallOnAppQuit'>;

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface UpdateMachineOptions {
  driver: UpdaterDriver;
  currentVersion: string;
  /** What is writing the creator's files now (a sync, an export), if anything: updates wait for it. */
  writing: () => WritingNow;
  /** Between scheduled checks (a day). */
  intervalMs?: number;
  /** How often a waiting download looks again whether the writing has finished, and a running one whether some began. */
  busyPollMs?: number;
  now?: () => Date;
}

export interface UpdateMachine {
  status(): UpdateStatus;
  /** Asks the feed now (the Settings button and the schedule); a found update downloads in the background. */
  check(): Promise<UpdateStatus>;
  /** Quits and installs a downloaded update now; refused while something is writing. */
  install(): void;
  /** Called as the app quits: a downloaded update installs then, unless something is still writing. */
  beforeQuit(): void;
  /** Checks now and then every interval; returns the stop function. */
  start(): () => void;
}

const INSTALL_LATER: Record<NonNullable<WritingNow>, string> = {
  sync: 'A sync is running: install the update once it has finished, or simply quit later and it installs then.',
  export: 'An export is being written: install the update once it is saved, or simply quit later and it installs then.',
};

/** A feed or download failure as one short line; the full error goes to the log. */
function shortError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|net::ERR_/.test(text)) return 'The release feed could not be reached; Creator Studio will try again later.';
  if (/sha512 checksum mismatch|ERR_CHECKSUM_MISMATCH/i.test(text)) return 'The downloaded update did not match the release feed, so it was discarded; Creator Studio will try again later.';
  const first = text.split('\n')[0].trim();
  return first.length > 200 ? `${first.slice(0, 197)}…` : first;
}

export function createUpdateMachine(options: UpdateMachineOptions): UpdateMachine {
  const { driver, writing } = options;
  const now = options.now ?? (() => new Date());
  const busyPollMs = options.busyPollMs ?? 30_000;
  // The machine decides when to download; electron-updater installs on quit only when beforeQuit allows it.
  driver.autoDownload = false;
  driver.autoInstallOnAppQuit = true;

  let phase: UpdatePhase = 'idle';
  let version: string | null = null;
  let percent: number | null = null;
  let checkedAt: string | null = null;
  let error: string | null = null;
  let waitingFor: WritingNow = null;
  let retry: NodeJS.Timeout | undefined;
  let download: CancellationToken | null = null;

  driver.on('update-available', (info) => {
    phase = 'available';
    version = info.version;
  });
  driver.on('update-not-available', () => {
    phase = 'idle';
    version = null;
  });
  driver.on('download-progress', (progress) => {
    if (phase === 'downloading') percent = Math.floor(progress.percent);
  });
  driver.on('update-downloaded', (info) => {
    phase = 'downloaded';
    version = info.version;
    percent = 100;
    waitingFor = null;
  });
  // Installing on quit reports its failure only through this event.
  driver.on('error', (e) => {
    if (phase !== 'downloading' && phase !== 'checking') error = shortError(e);
  });

  const later = (fn: () => void) => {
    clearTimeout(retry);
    retry = setTimeout(fn, busyPollMs);
    retry.unref?.();
  };

  function tryDownload(): void {
    if (phase !== 'available') return;
    waitingFor = writing();
    if (waitingFor) return later(tryDownload);
    phase = 'downloading';
    percent = 0;
    const token = (download = new CancellationToken());
    // A sync or an export that starts mid-download stops it; it resumes once the writing ends.
    const watch = setInterval(() => {
      const busy = writing();
      if (busy) {
        waitingFor = busy;
        token.cancel();
      }
    }, busyPollMs);
    watch.unref?.();
    driver.downloadUpdate(token).then(
      () => undefined,
      (e: unknown) => {
        if (phase !== 'downloading') return;
        if (token.cancelled) {
          phase = 'available';
          percent = null;
          later(tryDownload);
        } else {
          phase = 'error';
          error = shortError(e);
        }
      },
    ).finally(() => {
      clearInterval(watch);
      if (download === token) download = null;
    });
  }

  const status = (): UpdateStatus => ({ supported: true, phase, currentVersion: options.currentVersion, version, percent, checkedAt, error, waitingFor });

  async function check(): Promise<UpdateStatus> {
    // A download under way or finished is the newest already found: nothing to ask until it installs.
    if (phase === 'checking' || phase === 'downloading' || phase === 'downloaded') return status();
    phase = 'checking';
    error = null;
    try {
      const result = await driver.checkForUpdates();
      checkedAt = now().toISOString();
      // null: the updater is inactive (not an installed app); no event came.
      if (result === null || phase === 'checking') phase = result?.isUpdateAvailable ? 'available' : 'idle';
    } catch (e) {
      phase = 'error';
      error = shortError(e);
      return status();
    }
    tryDownload();
    return status();
  }

  return {
    status,
    check,
    install() {
      if (phase !== 'downloaded') throw new UpdateRefused('nothing_downloaded', 'There is no downloaded update to install yet.');
      const busy = writing();
      if (busy) throw new UpdateRefused('busy', INSTALL_LATER[busy]);
      driver.quitAndInstall(true, true);
    },
    beforeQuit() {
      clearTimeout(retry);
      driver.autoInstallOnAppQuit = writing() === null;
    },
    start() {
      void check();
      const timer = setInterval(() => void check(), options.intervalMs ?? DAY_MS);
      timer.unref?.();
      return () => {
        clearInterval(timer);
        clearTimeout(retry);
        download?.cancel();
      };
    },
  };
}
