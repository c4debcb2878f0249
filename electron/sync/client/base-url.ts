// The platform address the user typed: https anywhere, plain http only on this machine (loopback).
import { isIP } from 'node:net';

/** A setting the user entered (address, token) cannot be used; thrown by the PlatformClient constructor. */
export class PlatformConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlatformConfigError';
  }
}

/** True for localhost, 127.0.0.0/8 and ::1 (including IPv4-mapped ::ffff:127.x.x.x). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.split('.')[0] === '127';
  if (isIP(host) === 6) {
    if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
    if (mapped) return mapped[1].split('.')[0] === '127';
    // WHATWG URL writes ::ffff:127.0.0.1 as ::ffff:7f00:1
    const hex = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(host);
    return hex !== null && parseInt(hex[1], 16) >> 8 === 127;
  }
  return false;
}

/**
 * Validate and normalise the base URL: returns it without a trailing slash, query or fragment,
 * so that endpoint paths (/v1/…) can be appended. Throws PlatformConfigError with a message for the user.
 */
export function normaliseBaseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new PlatformConfigError(`The platform address "${input.trim().slice(0, 100)}" is not a valid URL. Enter it like https://api.example-platform.com.`);
  }
  if (url.username || url.password) {
    throw new PlatformConfigError('The platform address must not contain a user name or password; enter the token in its own field.');
  }
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      throw new PlatformConfigError(
        `The platform address must use https:// (plain http:// is allowed only for this computer, e.g. http://127.0.0.1). Got http://${url.host}.`,
      );
    }
  } else if (url.protocol !== 'https:') {
    throw new PlatformConfigError(`The platform address must start with https:// (got ${url.protocol}//).`);
  }
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/+$/, '');
}
