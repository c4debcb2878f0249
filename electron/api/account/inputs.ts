import { z } from 'zod';
import { isYearStart } from '../../../db/tax-year';
import { AlertSwitches, DataPage, empty, Goals, HomeCurrency, PeriodSpecSchema, PlatformUrl, RatesUrl, TimeZone, Token } from '../schemas';

export const accountInputs = {
  getSettings: empty,
  saveSettings: z
    .object({
      platformUrl: PlatformUrl.optional(),
      /** null: follow the creator profile's timezone */
      timezone: TimeZone.nullable().optional(),
      autoSync: z.boolean().optional(),
      syncIntervalMinutes: z.number().int('use whole minutes').min(5, 'at least 5 minutes').max(24 * 60, 'at most 1,440 minutes (a day)').optional(),
      theme: z.enum(['system', 'light', 'dark']).optional(),
      homeCurrency: HomeCurrency.nullable().optional(),
      /** MM-DD: 01-01, 04-06, 07-01 or any day of the year but 29 February. */
      taxYearStart: z.string().refine(isYearStart, 'the tax year starts on a day MM-DD that every year has (not 29 February)').optional(),
      /** null: the ECB's own address. */
      ratesUrl: RatesUrl.nullable().optional(),
      rateMethod: z.enum(['daily', 'yearly-average']).optional(),
      /** Every monthly goal, replacing those saved: a currency left out has none. */
      goals: Goals.optional(),
      /** Alert switches to change; the others stay. */
      alerts: AlertSwitches.optional(),
    })
    .strict(),
  setToken: z
    .object({
      token: Token,
      /** The address this token is for (saved with it); the saved address when absent. */
      platformUrl: PlatformUrl.optional(),
      /** The user agreed to keep the token without OS encryption (Linux without a keyring). */
      allowPlainText: z.boolean().optional(),
    })
    .strict(),
  clearToken: empty,
  connectAccount: z
    .object({ platformUrl: PlatformUrl, token: Token, allowPlainText: z.boolean().optional() })
    .strict(),
  showDemo: empty,
  savePeriod: z.object({ dashboard: DataPage, period: PeriodSpecSchema }).strict(),
};
