import { z } from 'zod';
import { redact } from '../secrets/store';
import { inputSchemas } from './contract';
import type { ApiContext } from './context';
import { ApiFailure } from './failure';
import { handlers } from './handlers';
import { METHOD_NAMES, type MethodName } from './methods';
import type { Result } from './types';

export function isMethod(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

/** The single entry point of both transports: validate, run, and turn failures into typed results. */
export async function dispatch(ctx: ApiContext, method: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) return { ok: false, error: { code: 'not_found', message: `Unknown method ${String(method).slice(0, 60)}` } };
  const parsed = inputSchemas[method].safeParse(rawInput ?? {});
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${method}: ${z.prettifyError(parsed.error)}` } };
  try {
    const handler = handlers[method] as (c: ApiContext, i: unknown) => unknown;
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (error) {
    const secret = ctx.secrets.get()?.token;
    if (error instanceof ApiFailure) return { ok: false, error: { code: error.code, message: redact(error.message, secret) } };
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[api] ${method} failed:`, redact(message, secret));
    return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}: ${redact(message, secret)}` } };
  }
}
