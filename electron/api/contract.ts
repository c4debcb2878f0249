// The one contract between the renderer and the main process. Both transports (IPC and the
// loopback HTTP of serve mode) validate every input with these schemas before a handler runs.
import { z } from 'zod';
import type { MethodName } from './methods';

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const TimeZone = z.string().min(1).max(64).refine(isTimeZone, 'not a known IANA time zone');

export const PlatformUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((u) => URL.canParse(u), 'not a URL')
  .refine((u) => {
    const url = new URL(u);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  }, 'must start with https:// (http:// only for this computer)');

const empty = z.object({}).strict();

export const inputSchemas = {
  getStatus: empty,
  getSettings: empty,
  saveSettings: z
    .object({
      platformUrl: PlatformUrl.optional(),
      /** null: follow the creator profile's timezone */
      timezone: TimeZone.nullable().optional(),
      autoSync: z.boolean().optional(),
      syncIntervalMinutes: z.number().int().min(5).max(24 * 60).optional(),
      theme: z.enum(['system', 'light', 'dark']).optional(),
    })
    .strict(),
  setToken: z.object({ token: z.string().trim().min(8).max(4096) }).strict(),
  clearToken: empty,
  startSync: z.object({ full: z.boolean().optional() }).strict(),
  cancelSync: empty,
} satisfies Record<MethodName, z.ZodType>;

export type Input<M extends MethodName> = z.input<(typeof inputSchemas)[M]>;
export type ParsedInput<M extends MethodName> = z.output<(typeof inputSchemas)[M]>;
