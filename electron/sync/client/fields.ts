// Field-level schemas shared by every row of the platform contract (shared/platform-api.md).
// Unknown fields are stripped (zod's default for z.object); money becomes integer micro-units.
import { z } from 'zod';
import { IANAZone } from 'luxon';
import { MoneyError, parseMicros } from '../../../db/money.js';

/** A zod error map: "is missing" when the field is absent, else `message`. */
export function says(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : message) };
}

/** A decimal string ("12.5", "-0.000125") parsed into integer micro-units. Never a float. */
export const money = z.unknown().transform((value, ctx): number => {
  if (value === undefined) {
    ctx.addIssue({ code: 'custom', message: 'is missing' });
    return z.NEVER;
  }
  try {
    return parseMicros(value);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: err instanceof MoneyError ? err.message : 'amount is not a decimal string' });
    return z.NEVER;
  }
});

/** An ISO 8601 UTC instant ("2026-03-04T17:05:09.123Z"), kept exactly as sent. */
export const instant = z.iso.datetime(says('must be an ISO 8601 UTC instant such as 2026-03-04T17:05:09.123Z'));

/** A calendar day "YYYY-MM-DD" (validated: no 2026-02-30). */
export const day = z.iso.date(says('must be a calendar date YYYY-MM-DD'));

/** A non-negative safe integer. */
export const count = z.int(says('must be a non-negative whole number')).nonnegative({ message: 'must not be negative' });

/** An opaque identifier sent by the platform. */
export const id = z.string(says('must be a string id')).min(1, { message: 'must not be empty' }).max(512);

/** A short name from an open vocabulary (stream, source type, method, network…): new values must still sync. */
export const label = z.string(says('must be a string')).min(1, { message: 'must not be empty' }).max(200);

/** Free text (names, titles, fan messages): any Unicode, shown as text, never as markup. */
export const text = z.string(says('must be a string'));

/** Uppercase currency code: CREDITS, USDT, USD… */
export const currency = z
  .string(says('must be a currency code'))
  .regex(/^[A-Z][A-Z0-9_]{1,19}$/, { message: 'must be an uppercase currency code such as USDT' });

export const timezone = z
  .string(says('must be an IANA timezone'))
  .refine((tz) => IANAZone.isValidZone(tz), { message: 'is not a known IANA timezone (e.g. America/Sao_Paulo)' });

/** An optional field: absent or null both become null, so the stored row has one shape. */
export function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v) => (v ?? null) as z.output<T> | null);
}

/** `deleted` on a live row: absent, null or false. Normalised to `false`. */
const live = z.literal(false).nullish().transform(() => false as const);

/**
 * A feed row: either a live row with every field, or a tombstone (`deleted: true`) that needs only
 * its key fields and `updated_at`. Output is a union discriminated by `deleted: true | false`.
 */
export function feedRow<K extends z.ZodRawShape, F extends z.ZodRawShape>(
  keys: K,
  fields: F,
  refine?: (row: z.output<z.ZodObject<K & F & { updated_at: typeof instant; deleted: typeof live }>>, ctx: z.RefinementCtx) => void,
) {
  const tombstone = z.object({ ...keys, updated_at: instant, deleted: z.literal(true) });
  const full = z.object({ ...keys, ...fields, updated_at: instant, deleted: live });
  const checked = refine ? full.superRefine(refine) : full;
  return z.discriminatedUnion('deleted', [tombstone, checked], {
    error: () => 'must be true, false or absent',
  });
}
