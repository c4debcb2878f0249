import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { servedStudio } from '../helpers/studio';

let s: Awaited<ReturnType<typeof servedStudio>>;
beforeEach(async () => {
  s = await servedStudio();
});
afterEach(async () => s.close());

/** A raw request, so the Host and Origin headers can be forged the way a hostile page would. */
function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(s.server.origin);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const apiCall = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.server.token}`, ...headers },
    body: JSON.stringify(input),
  });

describe('serve mode', () => {
  it('binds to 127.0.0.1 and hands out its token only in the URL fragment', () => {
    expect(s.server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.server.url).toBe(`${s.server.origin}/#token=${s.server.token}`);
    expect(s.server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call carrying the token', async () => {
    const res = await apiCall('getStatus', {});
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(true);
    expect(body.value.mode).toBe('browser');
    expect(body.value.configured).toBe(false);
  });

  it('says where a call’s time went (Server-Timing: the call itself, then its JSON)', async () => {
    const res = await apiCall('getStatus', {});
    expect(res.headers['server-timing']).toMatch(/^dispatch;dur=\d+\.\d, json;dur=\d+\.\d$/);
  });

  it('rejects a call without the token, or with a wrong one', async () => {
    expect((await apiCall('getStatus', {}, { Authorization: '' })).status).toBe(401);
    expect((await apiCall('getStatus', {}, { Authorization: `Bearer ${s.server.token.slice(1)}x` })).status).toBe(401);
  });

  it('rejects a foreign Host (DNS rebinding) even with the token', async () => {
    const res = await apiCall('getStatus', {}, { Host: 'evil.example:80' });
    expect(res.status).toBe(421);
    expect((await request('/', { headers: { Host: 'attacker.test' } })).status).toBe(421);
  });

  it('rejects a foreign Origin (a page on another site posting to us)', async () => {
    expect((await apiCall('getStatus', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await apiCall('getStatus', {}, { Origin: s.server.origin })).status).toBe(200);
  });

  it('validates input at the boundary and types the failure', async () => {
    const bad = JSON.parse((await apiCall('saveSettings', { timezone: 'Mars/Olympus' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const extra = JSON.parse((await apiCall('getStatus', { sneaky: 1 })).body);
    expect(extra.ok).toBe(false);
    const unknown = JSON.parse((await apiCall('dropTables', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const notJson = await request('/api/getStatus', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.server.token}` },
      body: '{not json',
    });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('stores settings and never sends the token back', async () => {
    const token = 'secret-token-12345';
    const platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22', token });
    try {
      const saved = JSON.parse((await apiCall('saveSettings', { platformUrl: platform.url, timezone: 'Asia/Kolkata' })).body);
      expect(saved.value).toMatchObject({ platformUrl: platform.url, timezone: 'Asia/Kolkata' });
      const after = await apiCall('setToken', { token });
      expect(JSON.parse(after.body).value.tokenStored).toBe(true);
      for (const method of ['getSettings', 'getStatus']) expect((await apiCall(method, {})).body).not.toContain(token);
      expect(JSON.parse((await apiCall('getStatus', {})).body).value.configured).toBe(true);
    } finally {
      await platform.close();
    }
  });

  it('refuses plain http to a platform that is not on this computer', async () => {
    const res = JSON.parse((await apiCall('saveSettings', { platformUrl: 'http://api.example-platform.com' })).body);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('serves the app with its CSP, and nothing outside the app folder', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect((await request('/../../etc/passwd')).status).toBe(404);
    expect((await request('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('answers a path with a malformed %-escape with 400, not a server error', async () => {
    expect((await request('/%E0%A4%A')).status).toBe(400);
    expect((await request('/assets/%zz.js')).status).toBe(400);
  });

  it('answers an oversized request with a 413 the client can read, whether its size is declared or not', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) });
    const declared = await apiCall('getStatus', JSON.parse(big));
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/too large/) } });
    const chunked = await streamed('/api/getStatus', big);
    expect(chunked.status).toBe(413);
    // The server is still there for the next call.
    expect((await apiCall('getStatus', {})).status).toBe(200);
  });
});

describe('the address handed to the browser opener', () => {
  const exchange = (code: string) =>
    request('/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });

  it('carries a one-time code, never the token, and the code opens the app once', async () => {
    const open = s.server.openUrl();
    expect(open).toMatch(new RegExp(`^${s.server.origin}/#code=[\\w-]{20,}$`));
    expect(open).not.toContain(s.server.token);
    const code = open.split('#code=')[1];
    const first = await exchange(code);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ ok: true, value: { token: s.server.token } });
    const second = await exchange(code);
    expect(second.status).toBe(401);
    expect(JSON.parse(second.body).error.message).toMatch(/used already or has expired/);
    expect((await exchange('made-up-code-123456789')).status).toBe(401);
    // Each opening mints its own code.
    expect(s.server.openUrl()).not.toBe(open);
  });

  it('refuses a code from another site’s page, and a code past its lifetime', async () => {
    const code = s.server.openUrl().split('#code=')[1];
    const foreign = await request('/session', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body: JSON.stringify({ code }) });
    expect(foreign.status).toBe(403);
    const quick = await servedStudio({ codeLifetimeMs: 0 });
    try {
      const stale = quick.server.openUrl().split('#code=')[1];
      await new Promise((r) => setTimeout(r, 5));
      const { port } = new URL(quick.server.origin);
      const res = await fetch(`http://127.0.0.1:${port}/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: stale }) });
      expect(res.status).toBe(401);
    } finally {
      await quick.close();
    }
  });
});

/** A body sent in pieces without a declared length (chunked), as a client streaming an upload would. */
function streamed(path: string, body: string) {
  const { port } = new URL(s.server.origin);
  return new Promise<{ status: number }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.server.token}` } },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode! });
      },
    );
    req.on('error', reject);
    for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.slice(i, i + 64 * 1024));
    req.end();
  });
}
