// Before the app moves onto an account, it asks the platform who the token belongs to
// (GET /v1/creator). Only an answer that matches the contract lets the switch happen; anything else
// stays where it was and is said beside the field at fault, in a creator's words.
import { ApiFailure } from '../api/failure';
import { normaliseBaseUrl, PlatformConfigError } from '../sync/client/base-url';
import { isPlatformError } from '../sync/client/errors';
import { PlatformClient } from '../sync/client/http';
import type { Creator } from '../sync/client/schemas';

/** Long enough for a platform on the other side of the world, short enough for a form that waits. */
const CHECK_TIMEOUT_MS = 15_000;

export interface AccountCheckOptions {
  timeoutMs?: number;
  /** For a platform with a private certificate authority (tests): the fetch to use. */
  fetchImpl?: typeof fetch;
}

/** The creator the token belongs to; an ApiFailure naming the field at fault otherwise. */
export async function verifyAccount(platformUrl: string, token: string, options: AccountCheckOptions = {}): Promise<Creator> {
  let baseUrl: string;
  try {
    baseUrl = normaliseBaseUrl(platformUrl);
  } catch (error) {
    throw new ApiFailure('invalid_input', (error as Error).message, 'platformUrl');
  }
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  let client: PlatformClient;
  try {
    client = new PlatformClient({ baseUrl, token, timeoutMs, maxRetries: 0, maxRateLimitWaits: 0, fetchImpl: options.fetchImpl });
  } catch (error) {
    if (error instanceof PlatformConfigError) throw new ApiFailure('invalid_input', error.message, 'token');
    throw error;
  }
  try {
    return await client.getCreator();
  } catch (error) {
    throw accountFailure(error, new URL(baseUrl).host, timeoutMs);
  }
}

function accountFailure(error: unknown, host: string, timeoutMs: number): unknown {
  if (!isPlatformError(error)) return error;
  const notPlatform = `${host} answers, but not as the creator platform: check that the address is the platform's API address (for example https://api.example-platform.com).`;
  switch (error.kind) {
    case 'auth':
      return new ApiFailure('platform', 'The platform refused this token (401). Create a new token in the platform’s creator settings and paste it here.', 'token');
    case 'forbidden':
      return new ApiFailure('platform', 'This token may not read your creator profile (403): create a token with read access in the platform’s creator settings.', 'token');
    case 'timeout':
      return new ApiFailure('platform', `${host} did not answer within ${timeoutMs / 1000} seconds. Check the address and your connection, then try again.`, 'platformUrl');
    case 'network':
      return /certificate/.test(error.message)
        ? new ApiFailure('platform', `The secure connection to ${host} failed: its certificate is not trusted by this computer. Check the address; if it is right, the platform’s certificate needs fixing.`, 'platformUrl')
        : new ApiFailure('platform', `Nothing answers at ${host}. Check the address and your internet connection.`, 'platformUrl');
    case 'server':
    case 'rate_limited':
      return new ApiFailure('platform', `The platform at ${host} is not able to answer right now (${error.status ?? 'busy'}). Try again in a few minutes; nothing was changed.`, 'platformUrl');
    default:
      // 404, a redirect, HTML or JSON of another shape: something answers that does not speak the contract.
      return new ApiFailure('platform', notPlatform, 'platformUrl');
  }
}
