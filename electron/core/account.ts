// Leaving demo mode: the creator's own platform URL and token go into the creator's database
// (never the demo's), and the running app switches to it in place, so no restart is needed.
import { writeSettings } from '../../db/queries/settings';
import type { ApiContext } from '../api/context';
import { ApiFailure, PLAIN_TEXT_QUESTION } from '../api/failure';
import { openStudio, type Studio, type StudioOptions } from './studio';

export type AccountSwitch = (platformUrl: string, token: string, allowPlainText?: boolean) => Promise<void>;

/** `live` is the context every API call reads; its fields are swapped for the account's studio. */
export function accountSwitcher(live: Studio, accountFile: string, options: StudioOptions): AccountSwitch {
  return async (platformUrl, token, allowPlainText) => {
    const account = await openStudio(accountFile, { ...options, dailyBackup: true });
    if (account.secrets.storage === 'basic' && !allowPlainText) {
      account.close();
      throw new ApiFailure('confirm', PLAIN_TEXT_QUESTION);
    }
    writeSettings(account.db, { platformUrl, demo: false });
    account.secrets.set({ token, platformUrl });
    const demo = { sync: live.sync, close: live.close };
    demo.sync.cancel();
    await demo.sync.idle();
    demo.close();
    Object.assign(live, account, { switchAccount: undefined } satisfies Partial<ApiContext>);
    live.sync.start({});
  };
}
