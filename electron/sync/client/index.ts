// The platform client: typed, validated, retrying access to the Creator Platform API v1.
export { PlatformClient, type PlatformClientOptions, type RetryInfo } from './http.js';
export { PlatformError, isPlatformError, type PlatformErrorKind } from './errors.js';
export { PlatformConfigError, isLoopbackHost, normaliseBaseUrl } from './base-url.js';
export { parseBody, parsePage, parseRow, parseSingle, type Page, type PageOptions } from './paging.js';
export { backoffMs, retryAfterMs, defaultSleep, RATE_LIMIT_WAIT_BUDGET_MS, type Sleep } from './retry.js';
export * from './schemas.js';
export { isResourceName, RESOURCE_NAMES, type ResourceName } from './resource-names.js';
