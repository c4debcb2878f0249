import { readSettings, writeSettings } from '../../db/queries/settings';
import { lastFinishedRun, lastSuccessfulSyncAt, readCreator } from '../../db/queries/status';
import { schemaVersion } from '../../db/migrate';
import { earningsDashboard } from '../../db/queries/earnings';
import { payoutBreakdown } from '../../db/queries/earnings/payouts';
import { ensureRollupZone } from '../../db/rollups';
import { contentHandlers } from './content-handlers';
import { audienceHandlers } from './audience-handlers';
import { PeriodSpecSchema, type ParsedInput } from './contract';
import type { ApiContext } from './context';
import { ApiFailure, PLAIN_TEXT_QUESTION } from './failure';
import { samePlatform, tokenFor } from '../secrets/store';
import { updateHandlers } from './update-handlers';
import { exportTable, importRatesFile, statement, taxPack } from './files';
import { ratesInfo } from './rates-info';
import { ratesUrl } from '../rates/rates-sync';
import { verifyAccount } from '../core/verify-account';
import type { MethodName } from './methods';
import type { Outputs, Settings, Status } from './types';

const DAMAGED =
  'The database file is damaged, so nothing more is written to it. Quit and reopen Creator Studio: it will set the damaged file aside and restore the newest good backup.';

export type Handlers = { [M in MethodName]: (ctx: ApiContext, input: ParsedInput<M>) => Outputs[M] | Promise<Outputs[M]> };

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
  };
}

/** Remembered periods that this version still accepts; any other (saved before a bound existed, or
 *  edited by hand) is left out, so its page opens on the default period instead of failing at each start. */
function validPeriods(saved: Record<string, unknown>): Settings['periods'] {
  return Object.fromEntries(Object.entries(saved).filter(([, period]) => PeriodSpecSchema.safeParse(period).success)) as Settings['periods'];
}

export function reportingTimezone(ctx: ApiContext): string {
  return readSettings(ctx.db).timezone ?? readCreator(ctx.db)?.timezone ?? 'UTC';
}

function status(ctx: ApiContext): Status {
  const s = readSettings(ctx.db);
  const creator = readCreator(ctx.db);
  const last = lastFinishedRun(ctx.db);
  const lastSuccessAt = lastSuccessfulSyncAt(ctx.db);
  const staleAfterMs = 2 * s.syncIntervalMinutes * 60_000;
  return {
    mode: ctx.mode,
    demo: s.demo,
    configured: s.demo || tokenFor(ctx.secrets, s.platformUrl) !== null,
    creator: creator && { handle: creator.handle, displayName: creator.displayName, timezone: creator.timezone },
    lastSync: last && {
      startedAt: last.startedAt,
      finishedAt: last.finishedAt,
      status: last.status,
      rowsWritten: last.rowsWritten,
      error: last.error,
    },
    lastSuccessAt,
    stale: lastSuccessAt === null || ctx.now().getTime() - Date.parse(lastSuccessAt) > staleAfterMs,
    syncing: ctx.sync.progress(),
    reportingTimezone: reportingTimezone(ctx),
    schemaVersion: schemaVersion(ctx.db),
    integrity: { state: ctx.integrity?.state ?? 'ok', detail: ctx.integrity?.detail ?? null },
  };
}

export const handlers: Handlers = {
  getStatus: status,
  getSettings: settingsView,
  saveSettings(ctx, input) {
    // The token belongs to the platform it was entered for: another address must ask for it again.
    const stored = ctx.secrets.get();
    if (input.platformUrl !== undefined && stored && !samePlatform(stored.platformUrl, input.platformUrl)) ctx.secrets.clear();
    writeSettings(ctx.db, input);
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
  startSync(ctx, input) {
    if (ctx.integrity?.state === 'damaged') throw new ApiFailure('io', DAMAGED);
    const s = readSettings(ctx.db);
    if (!s.demo && tokenFor(ctx.secrets, s.platformUrl) === null)
      throw new ApiFailure('not_configured', 'Enter the platform URL and your API token in Settings before syncing.');
    return { started: ctx.sync.start({ full: input.full }) };
  },
  cancelSync(ctx) {
    return { cancelled: ctx.sync.cancel() };
  },
  savePeriod(ctx, input) {
    writeSettings(ctx.db, { periods: { ...readSettings(ctx.db).periods, [input.dashboard]: input.period } });
    return settingsView(ctx);
  },
  earnings: (ctx, input) => earningsDashboard(ctx.db, input.period, reportingTimezone(ctx), ctx.now().getTime(), ctx.reader),
  payoutBreakdown(ctx, input) {
    const sources = payoutBreakdown(ctx.db, input.id);
    if (sources === null) throw new ApiFailure('not_found', `The payout ${input.id} is not in your data.`);
    return sources;
  },
  ...contentHandlers(reportingTimezone),
  ...audienceHandlers(reportingTimezone),
  exportTable,
  taxPack,
  statement,
  ...updateHandlers,
  importRates: importRatesFile,
};
