// Moving the running app between the creator's own account and the demo data, in place (no restart).
// Each database keeps its own data: the demo's rows never reach the creator's file, and going back to
// the demo keeps the creator's file as it is.
import { writeSettings } from '../../db/queries/settings';
import type { ApiContext } from '../api/context';
import { ApiFailure, PLAIN_TEXT_QUESTION } from '../api/failure';
import { openDemo } from './demo';
import { openStudio, type Studio, type StudioOptions } from './studio';

export type AccountSwitch = (platformUrl: string, token: string, allowPlainText?: boolean) => Promise<void>;

/** The two databases the app moves between. `demo` absent: no way back to the demo is offered. */
export interface AccountFiles {
  account: string;
  demo?: string;
}

/** `live` is the context every API call reads; its fields are swapped for the account's studio. */
export function accountSwitcher(live: Studio, files: AccountFiles, options: StudioOptions): AccountSwitch {
  return async (platformUrl, token, allowPlainText) => {
    const account = await openStudio(files.account, { ...options, dailyBackup: true });
    if (account.secrets.storage === 'basic' && !allowPlainText) {
      account.close();
      throw new ApiFailure('confirm', PLAIN_TEXT_QUESTION);
    }
    writeSettings(account.db, { platformUrl, demo: false });
    account.secrets.set({ token, platformUrl });
    await replace(live, account);
    Object.assign(live, { switchAccount: undefined, switchToDemo: files.demo ? demoSwitcher(live, files, options) : undefined } satisfies Partial<ApiContext>);
    live.sync.start({});
  };
}

/** Shows the demo data again; the account's database is closed, kept, and reopened by connecting. */
export function demoSwitcher(live: Studio, files: AccountFiles, options: StudioOptions): () => Promise<void> {
  return async () => {
    if (!files.demo) throw new ApiFailure('invalid_input', 'There is no demo data in this mode.');
    const demo = await openDemo(files.demo, options);
    await replace(live, { ...demo.studio, close: () => void demo.close() });
    Object.assign(live, { switchToDemo: undefined, switchAccount: accountSwitcher(live, files, options) } satisfies Partial<ApiContext>);
    // The sample platform is new each time: its first sync fills or refreshes the demo database.
    live.sync.start({});
  };
}

/** Stops what runs on the live studio, closes it, and takes over the other studio's fields. */
async function replace(live: Studio, next: Studio): Promise<void> {
  const previous = { sync: live.sync, close: live.close };
  previous.sync.cancel();
  await previous.sync.idle();
  previous.close();
  Object.assign(live, next);
}
