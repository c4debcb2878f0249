import { z } from 'zod';
import { redact } from '../secrets/store';
import { inputSchemas } from './contract';
import type { ApiContext } from './context';
import { ApiFailure } from './failure';
import { handlers } from './handlers';
import { METHOD_NAMES, type MethodName } from './methods';
import type { ApiError, InputField, Result } from './types';

/** Fields a creator types, whose schemas carry messages in a creator's words (schemas.ts). */
const TYPED_FIELDS: Record<InputField, string> = {
  platformUrl: 'Platform URL',
  token: 'API token',
  timezone: 'Timezone',
  syncIntervalMinutes: 'Minutes between syncs',
  homeCurrency: 'Home currency',
  taxYearStart: 'Tax year starts',
  ratesUrl: 'Rates address',
  ratesFile: 'Rates file',
};

/** A refused input: in a creator's words beside the field they typed, in the schema's words for the app's own inputs. */
function invalidInput(method: MethodName, error: z.ZodError): ApiError {
  const first = error.issues[0];
  const field = first?.path[0];
  if (typeof field === 'string' && Object.hasOwn(TYPED_FIELDS, field))
    return { code: 'invalid_input', message: `${TYPED_FIELDS[field as InputField]}: ${first.message}`, field: field as InputField };
  return { code: 'invalid_input', message: `Invalid input for ${method}: ${z.prettifyError(error)}` };
}

export function isMethod(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

/** The single entry point of both transports: validate, run, and turn failures into typed results. */
export async function dispatch(ctx: ApiContext, method: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) return { ok: false, error: { code: 'not_found', message: `Unknown method ${String(method).slice(0, 60)}` } };
  const parsed = inputSchemas[method].safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: invalidInput(method, parsed.error) };
  try {
    const handler = handlers[method] as (c: ApiContext, i: unknown) => unknown;
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (error) {
    const secret = ctx.secrets.get()?.token;
    if (error instanceof ApiFailure)
      return { ok: false, error: { code: error.code, message: redact(error.message, secret), ...(error.field ? { field: error.field } : {}) } };
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[api] ${method} failed:`, redact(message, secret));
    return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}: ${redact(message, secret)}` } };
  }
}
