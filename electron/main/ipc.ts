import { app, ipcMain, type WebFrameMain } from 'electron';
import type { ApiContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { IPC_CHANNEL } from '../api/methods';
import { isTrustedSender } from '../security/policy';

function trustedSender(frame: WebFrameMain | null): boolean {
  const origins = { devUrl: process.env.ELECTRON_RENDERER_URL, packaged: app.isPackaged };
  return isTrustedSender(frame && { url: frame.url, isMainFrame: frame.parent === null }, origins);
}

/** The one IPC handler: every call goes through the sender check and the same validating dispatcher as serve mode. */
export function registerIpc(ctx: ApiContext): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!trustedSender(event.senderFrame))
      return { ok: false, error: { code: 'invalid_input', message: 'This caller may not use the Creator Studio API.' } };
    return dispatch(ctx, method, input);
  });
}
