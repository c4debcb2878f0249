import { describe, expect, it } from 'vitest';
import { PlatformClient, PlatformConfigError, isLoopbackHost, normaliseBaseUrl } from '../../electron/sync/client/index.js';

const TOKEN = 'tok_config_secret_42';

describe('base URL', () => {
  it.each([
    ['https://api.example-platform.com', 'https://api.example-platform.com'],
    ['https://api.example-platform.com/prefix/', 'https://api.example-platform.com/prefix'],
    ['  https://api.example-platform.com/?x=1#y ', 'https://api.example-platform.com'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.5.6.7', 'http://127.5.6.7'],
    ['http://localhost:3000/', 'http://localhost:3000'],
    ['http://[::1]:4000', 'http://[::1]:4000'],
  ])('accepts %s', (input, expected) => {
    expect(normaliseBaseUrl(input)).toBe(expected);
  });

  it.each([
    ['http://api.example-platform.com', /must use https:\/\/.*only for this computer/],
    ['http://10.0.0.5', /must use https/],
    ['http://128.0.0.1', /must use https/],
    ['http://127.0.0.1.evil.com', /must use https/],
    ['http://localhost.evil.com', /must use https/],
    ['ftp://api.example-platform.com', /must start with https/],
    ['api.example-platform.com', /not a valid URL/],
    ['https://user:pw@api.example-platform.com', /user name or password/],
  ])('refuses %s', (input, message) => {
    expect(() => new PlatformClient({ baseUrl: input, token: TOKEN })).toThrow(PlatformConfigError);
    expect(() => new PlatformClient({ baseUrl: input, token: TOKEN })).toThrow(message);
  });

  it('knows loopback hosts', () => {
    expect(['localhost', '127.0.0.1', '[::1]', '::ffff:127.0.0.1', '[::ffff:7f00:1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.1', 'example.com', '[::ffff:a00:1]'].some(isLoopbackHost)).toBe(false);
  });
});

describe('token', () => {
  it('refuses a missing or unusable token without echoing it', () => {
    expect(() => new PlatformClient({ baseUrl: 'https://a.example', token: '  ' })).toThrow(/No API token/);
    const bad = 'secret with\nnewline';
    let message = '';
    try {
      new PlatformClient({ baseUrl: 'https://a.example', token: bad });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/characters a token cannot have/);
    expect(message).not.toContain('secret');
  });

  it('does not expose the token on the client object', () => {
    const client = new PlatformClient({ baseUrl: 'https://a.example', token: TOKEN });
    expect(JSON.stringify(client)).not.toContain(TOKEN);
    expect(Object.values(client).map(String).join(' ')).not.toContain(TOKEN);
  });
});
