// Settings, the platform account and its token, the demo data, and the period each dashboard remembers.
import { formatMicros, parseMicros } from '../../../db/money';
import { readAlertSettings, readSettings, writeSettings } from '../../../db/queries/settings';
import { ledgerCurrencies } from '../../../db/queries/status';
import { readCreator } from '../../../db/queries/status';
import { ensureRollupZone } from '../../../db/rollups';
import { verifyAccount } from '../../core/verify-account';
import { ratesUrl } from '../../rates/rates-sync';
import { samePlatform, tokenFor } from '../../secrets/store';
import type { ApiContext } from '../context';
import { ApiFailure, PLAIN_TEXT_QUESTION } from '../failure';
import type { HandlersOf } from '../handler-types';
import { ratesInfo } from './rates-info';
import { PeriodSpecSchema } from '../schemas';
import type { Settings } from './types';

type AccountMethod = 'getSettings' | 'saveSettings' | 'setToken' | 'clearToken' | 'connectAccount' | 'showDemo' | 'savePeriod';

function settingsView(ctx: ApiContext): Settings {
  const s = readSettings(ctx.db);
  return {
    platformUrl: s.platformUrl,
    timezone: s.timezone,
    profileTimezone: readCreator(ctx.db)?.timezone ?? null,
    tokenStored: tokenFor(ctx.secrets, s.platformUrl) !== null,
    tokenStorage: ctx.secrets.storage,
    canShowDemo: ctx.switchToDemo !== undefined,
    autoSync: s.autoSync,
    syncIntervalMinutes: s.syncIntervalMinutes,
    theme: s.theme,
    periods: validPeriods(s.periods),
    homeCurrency: s.homeCurrency,
    taxYearStart: s.taxYearStart,
    rateMethod: s.rateMethod,
    ratesUrl: s.ratesUrl,
    ratesUrlInUse: ratesUrl(ctx.db),
    rates: ratesInfo(ctx.db),
    goals: s.goals,
    currencies: ledgerCurrencies(ctx.db),
    alerts: readAlertSettings(ctx.db),
  };
}

/** Remembered periods that this version still accepts; any other (saved before a bound existed, or
 *  edited by hand) is left out, so its page opens on the default period instead of failing at each start. */
function validPeriods(saved: Record<string, unknown>): Settings['periods'] {
  return Object.fromEntries(Object.entries(saved).filter(([, period]) => PeriodSpecSchema.safeParse(period).success)) as Settings['periods'];
}

export const accountHandlers: HandlersOf<AccountMethod> = {
  getSettings: settingsView,
  saveSettings(ctx, input) {
    // The token belongs to the platform it was entered for: another address must ask for it again.
    const stored = ctx.secrets.get();
    if (input.platformUrl !== undefined && stored && !samePlatform(stored.platformUrl, input.platformUrl)) ctx.secrets.clear();
    writeSettings(ctx.db, {
      ...input,
      // Goals are kept as the app prints money (1500 → 1500.00); alert switches not named stay as they were.
      goals: input.goals && Object.fromEntries(Object.entries(input.goals).map(([c, v]) => [c, formatMicros(parseMicros(v))])),
      alerts: input.alerts && { ...readAlertSettings(ctx.db), ...input.alerts },
    });
    // A running sync rebuilds the day totals in the new zone when it ends; until then queries read rows.
    if (input.timezone !== undefined && !ctx.sync.progress()) ensureRollupZone(ctx.db);
    return settingsView(ctx);
  },
  async setToken(ctx, input) {
    if (ctx.secrets.storage === 'basic' && !input.allowPlainText)
      throw new ApiFailure('confirm', PLAIN_TEXT_QUESTION);
    const platformUrl = input.platformUrl ?? readSettings(ctx.db).platformUrl;
    if (!platformUrl) throw new ApiFailure('invalid_input', 'Enter the platform URL before the token: the token is only ever sent to that address.', 'platformUrl');
    // Nothing changes unless the platform answers for this token: a typo must not replace a working setup.
    await (ctx.checkAccount ?? verifyAccount)(platformUrl, input.token);
    if (input.platformUrl !== undefined) writeSettings(ctx.db, { platformUrl });
    ctx.secrets.set({ token: input.token, platformUrl });
    return settingsView(ctx);
  },
  async connectAccount(ctx, input) {
    if (!ctx.switchAccount) throw new ApiFailure('invalid_input', 'Creator Studio already uses your account: change the platform URL or token in Settings.');
    await (ctx.checkAccount ?? verifyAccount)(input.platformUrl, input.token);
    await ctx.switchAccount(input.platformUrl, input.token, input.allowPlainText);
    return settingsView(ctx);
  },
  async showDemo(ctx) {
    if (!ctx.switchToDemo) throw new ApiFailure('invalid_input', 'Creator Studio shows the demo data already, or cannot show it in this mode.');
    await ctx.switchToDemo();
    return settingsView(ctx);
  },
  clearToken(ctx) {
    ctx.secrets.clear();
    return settingsView(ctx);
  },
  savePeriod(ctx, input) {
    writeSettings(ctx.db, { periods: { ...readSettings(ctx.db).periods, [input.dashboard]: input.period } });
    return settingsView(ctx);
  },
};
