// The fields the StudioApi's inputs are built from, shared by the domains' input schemas
// (<domain>/inputs.ts): each message is in a creator's words where a creator types the field.
import { isIsoDate } from '../../db/time/days';
import { z } from 'zod';
import { DAY_BOUNDS_TEXT, inDayBounds } from '../../db/date-bounds';
import { isCurrencyCode } from '../../db/currency-units';
import { DASHBOARD_IDS, DATA_PAGE_IDS, type DashboardId } from '../../db/dashboards';

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
export const Token = z
  .string({ error: 'paste the token from the platform’s creator settings' })
  .trim()
  .min(8, 'this is too short to be a token: paste the whole token from the platform’s creator settings')
  .max(4096, 'this is too long to be a token: paste only the token');

export const empty = z.object({}).strict();

/** A home currency: any ISO 4217 code this computer knows. */
export const HomeCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, 'choose a currency by its ISO 4217 code, such as EUR, USD, GBP or JPY');

/** Where the ECB's rates history is fetched from: https, or plain http on this computer (tests, mirrors). */
export const RatesUrl = z
  .string()
  .trim()
  .max(2048, 'this address is too long')
  .refine((u) => {
    if (!URL.canParse(u)) return false;
    const url = new URL(u);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  }, 'the rates address must start with https:// (plain http:// only for this computer)');

/** A monthly income goal per currency: a positive amount with at most 6 decimals, as the platform writes money. */
export const Goals = z
  .record(
    z.string().regex(/^[A-Z][A-Z0-9]{1,11}$/, 'a currency is written as its code, such as USDT'),
    z
      .string()
      .trim()
      .transform((v) => v.replace(/,/g, ''))
      .refine((v) => /^\d{1,12}(\.\d{1,6})?$/.test(v) && /[1-9]/.test(v), 'a goal is an amount above zero, such as 1500 or 1500.50'),
  )
  .refine((g) => Object.keys(g).length <= 20, 'at most 20 goals');

/** Which alerts the app raises (Settings → Alerts). */
export const AlertSwitches = z
  .object({ payouts: z.boolean(), syncFailing: z.boolean(), weeklyReview: z.boolean(), insights: z.boolean(), hideAmounts: z.boolean() })
  .partial()
  .strict();

export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine(isIsoDate, 'not a real date')
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

/** A page that remembers a period and exports tables (db/dashboards.ts). */
export const DataPage = z.enum(DATA_PAGE_IDS);

export const dashboardInput = z.object({ period: PeriodSpecSchema }).strict();

/** Each dashboard's own method, which takes a period and returns its payload. */
export const dashboardInputs = Object.fromEntries(DASHBOARD_IDS.map((id) => [id, dashboardInput])) as { [D in DashboardId]: typeof dashboardInput };

/** A character, plugin or story id as the platform sent it. */
export const ItemId = z.string().min(1).max(200);
