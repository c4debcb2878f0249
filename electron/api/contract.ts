// The one contract between the renderer and the main process. Both transports (IPC and the
// loopback HTTP of serve mode) validate every input with these schemas before a handler runs.
import { z } from 'zod';
import type { MethodName } from './methods';
import { audienceInputs } from './audience-contract';
import { DAY_BOUNDS_TEXT, inDayBounds } from './date-bounds';
import { isCurrencyCode } from '../../db/currency-units';
import { isYearStart } from '../export/tax-year';

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const TimeZone = z.string().min(1, 'choose a timezone').max(64, 'this is not a timezone name').refine(isTimeZone, 'this is not a timezone this computer knows');

export const PlatformUrl = z
  .string({ error: 'enter the platform’s address' })
  .trim()
  .min(1, 'enter the platform’s address, for example https://api.example-platform.com')
  .max(2048, 'this address is too long to be a platform’s address')
  .refine((u) => URL.canParse(u), 'this is not a web address: enter it like https://api.example-platform.com')
  .refine((u) => {
    if (!URL.canParse(u)) return false;
    const url = new URL(u);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  }, 'the address must start with https:// (plain http:// only for this computer, such as http://127.0.0.1)');

/** A platform token as pasted: spaces around it are dropped, the rest must look like a token. */
const Token = z
  .string({ error: 'paste the token from the platform’s creator settings' })
  .trim()
  .min(8, 'this is too short to be a token: paste the whole token from the platform’s creator settings')
  .max(4096, 'this is too long to be a token: paste only the token');

const empty = z.object({}).strict();

/** A home currency: any ISO 4217 code this computer knows. */
const HomeCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, 'choose a currency by its ISO 4217 code, such as EUR, USD, GBP or JPY');

/** Where the ECB's rates history is fetched from: https, or plain http on this computer (tests, mirrors). */
const RatesUrl = z
  .string()
  .trim()
  .max(2048, 'this address is too long')
  .refine((u) => {
    if (!URL.canParse(u)) return false;
    const url = new URL(u);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  }, 'the rates address must start with https:// (plain http:// only for this computer)');

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a real date')
  .refine(inDayBounds, DAY_BOUNDS_TEXT);

export const PeriodSpecSchema = z
  .object({
    preset: z.enum(['today', 'week', 'month', 'last_month', 'year', 'all', 'custom']),
    from: Day.optional(),
    to: Day.optional(),
    compare: z.union([z.enum(['previous', 'last_year', 'weekday', 'none']), z.object({ from: Day, to: Day }).strict()]).optional(),
  })
  .strict()
  .refine((p) => p.preset !== 'custom' || (p.from !== undefined && p.to !== undefined), 'a custom period needs from and to');

export const DashboardId = z.enum(['earnings', 'characters', 'plugins', 'stories', 'audience', 'review']);

const dashboardInput = z.object({ period: PeriodSpecSchema }).strict();

/** A character, plugin or story id as the platform sent it. */
const ItemId = z.string().min(1).max(200);

export const inputSchemas = {
  getStatus: empty,
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
  startSync: z.object({ full: z.boolean().optional() }).strict(),
  cancelSync: empty,
  savePeriod: z.object({ dashboard: DashboardId, period: PeriodSpecSchema }).strict(),
  earnings: dashboardInput,
  payoutBreakdown: z.object({ id: ItemId }).strict(),
  characters: dashboardInput,
  character: z.object({ period: PeriodSpecSchema, id: ItemId }).strict(),
  compareCharacters: z.object({ period: PeriodSpecSchema, a: ItemId, b: ItemId }).strict(),
  plugins: dashboardInput,
  plugin: z.object({ period: PeriodSpecSchema, id: ItemId }).strict(),
  stories: dashboardInput,
  story: z.object({ period: PeriodSpecSchema, id: ItemId }).strict(),
  ...audienceInputs(dashboardInput),
  exportTable: z
    .object({
      dashboard: DashboardId,
      table: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
      period: PeriodSpecSchema,
      /** Keep only this currency's rows, as the page shows one currency at a time. */
      currency: z.string().regex(/^[A-Z0-9]{1,16}$/).optional(),
      /** A table's own filter, e.g. 'character' or 'plugin' rows of the breakdown. */
      filter: z.string().max(40).optional(),
      /** A page of a single item (a character's page), by id. */
      id: z.string().max(200).optional(),
      /** The row keys in the order the table shows them. */
      rowOrder: z.array(z.string().max(500)).max(200_000).optional(),
    })
    .strict(),
  /** homeCurrency: chosen in the dialog the first time, and saved as the setting. */
  taxPack: z.object({ from: Day, to: Day, tz: TimeZone, homeCurrency: HomeCurrency.optional() }).strict(),
  /** The tax pack's annual statement as data, for the browser to print; the same inputs as taxPack. */
  statement: z.object({ from: Day, to: Day, tz: TimeZone, homeCurrency: HomeCurrency.optional() }).strict(),
  importRates: z
    .object({
      name: z.string().trim().min(1).max(200),
      content: z.string().max(900_000, 'the rates file is larger than 900 KB: split it by year'),
    })
    .strict(),
  getUpdateStatus: empty,
  checkForUpdates: empty,
  installUpdate: empty,
} satisfies Record<MethodName, z.ZodType>;

export type Input<M extends MethodName> = z.input<(typeof inputSchemas)[M]>;
export type ParsedInput<M extends MethodName> = z.output<(typeof inputSchemas)[M]>;
