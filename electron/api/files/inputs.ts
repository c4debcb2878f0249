import { z } from 'zod';
import { DataPage, Day, HomeCurrency, PeriodSpecSchema, TimeZone } from '../schemas';

export const fileInputs = {
  exportTable: z
    .object({
      dashboard: DataPage,
      table: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
      period: PeriodSpecSchema,
      /** Keep only this currency's rows, as the page shows one currency at a time. */
      currency: z.string().regex(/^[A-Z0-9]{1,16}$/).optional(),
      /** A table's own filter, e.g. 'character' or 'plugin' rows of the breakdown. */
      filter: z.string().max(40).optional(),
      /** A page of a single item (a character's page), by id. */
      id: z.string().max(200).optional(),
      /** The instant the page's figures were read at (its payload's asOfMs): an estimate moves with the
       *  part of today still to come, so its export is read at that instant, never later than now. */
      asOf: z.number().int().min(0).max(8_640_000_000_000_000).optional(),
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
};
