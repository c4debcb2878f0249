// The StudioApi's view of updates. The desktop app installed from a release answers through its
// update machine; serve mode (a browser) and an app run from its sources say whose job updates are.
import { UpdateRefused } from '../../core/update-refused';
import type { ApiContext } from '../context';
import { ApiFailure } from '../failure';
import type { HandlersOf } from '../handler-types';
import type { UpdateStatus } from './types';

function unsupported(ctx: ApiContext): UpdateStatus {
  const note =
    ctx.mode === 'browser'
      ? 'Updates are handled by the desktop app: install Creator Studio from its installer to get them automatically.'
      : 'This copy of Creator Studio runs from its sources: update it with git, not from here.';
  return { supported: false, phase: 'idle', currentVersion: null, version: null, percent: null, checkedAt: null, error: null, waitingFor: null, note };
}

export const updateHandlers: HandlersOf<'getUpdateStatus' | 'checkForUpdates' | 'installUpdate'> = {
  getUpdateStatus: (ctx) => ctx.updates?.status() ?? unsupported(ctx),
  checkForUpdates: async (ctx) => (ctx.updates ? ctx.updates.check() : unsupported(ctx)),
  installUpdate(ctx) {
    if (!ctx.updates) throw new ApiFailure('invalid_input', unsupported(ctx).note ?? 'Updates are handled by the desktop app.');
    try {
      ctx.updates.install();
    } catch (error) {
      if (error instanceof UpdateRefused) throw new ApiFailure(error.reason === 'busy' ? 'busy' : 'invalid_input', error.message);
      throw error;
    }
    return { installing: true };
  },
};
