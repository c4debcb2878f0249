// Connecting an account asks the platform who the token belongs to first (GET /v1/creator), and
// moves the app only when that answers. Each failure is said beside the field at fault, and the
// demo stays as it was.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { accountSwitcher } from '../../electron/core/account';
import { openDemo, syncDemo, type DemoStudio } from '../../electron/core/demo';
import { verifyAccount } from '../../electron/core/verify-account';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { tempDir } from '../helpers/tmp';

const TOKEN = 'acct-token-123456';
let demo: DemoStudio;
let account: SamplePlatform;
let demoLedger: number;
let dir: string;
const servers: (http.Server | https.Server)[] = [];

async function listen(server: http.Server | https.Server, scheme = 'http'): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  dir = tempDir();
  demo = await openDemo(path.join(dir, 'demo.db'), { mode: 'browser' });
  await syncDemo(demo);
  demoLedger = demo.studio.db.prepare('SELECT count(*) FROM ledger').pluck().get() as number;
  demo.studio.switchAccount = accountSwitcher(demo.studio, { account: path.join(dir, 'studio.db') }, { mode: 'browser' });
  account = await startSamplePlatform({ scale: 'tiny', seed: 7, today: '2026-11-22', token: TOKEN });
}, 60_000);
afterAll(async () => {
  for (const s of servers) s.closeAllConnections?.();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await demo.close();
  await account.close();
});

/** The demo is still the app's data: same file, same rows, still flagged as the demo. */
async function expectDemoKept() {
  expect(demo.studio.db.name).toBe(path.join(dir, 'demo.db'));
  expect(demo.studio.db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(demoLedger);
  expect(await dispatch(demo.studio, 'getStatus', {})).toMatchObject({ ok: true, value: { demo: true, configured: true } });
  expect(fs.existsSync(path.join(dir, 'studio.db'))).toBe(false);
}

const connect = (platformUrl: string, token = TOKEN) => dispatch(demo.studio, 'connectAccount', { platformUrl, token });

describe('connecting an account from the demo', () => {
  it('a dead port: nothing answers, said beside the address', async () => {
    const closed = http.createServer();
    const url = await listen(closed);
    await new Promise((r) => closed.close(r));
    servers.splice(servers.indexOf(closed), 1);
    expect(await connect(url)).toEqual({ ok: false, error: { code: 'platform', field: 'platformUrl', message: `Nothing answers at ${new URL(url).host}. Check the address and your internet connection.` } });
    await expectDemoKept();
  });

  it('an HTTP server that is not the platform (a web page, a 404): said beside the address', async () => {
    const page = await listen(http.createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><h1>Welcome</h1>')));
    const missing = await listen(http.createServer((_, res) => res.writeHead(404).end('Not Found')));
    const otherJson = await listen(http.createServer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"hello":"world"}')));
    for (const url of [page, missing, otherJson]) {
      const answer = await connect(url);
      expect(answer, url).toMatchObject({ ok: false, error: { code: 'platform', field: 'platformUrl', message: expect.stringMatching(/answers, but not as the creator platform/) } });
    }
    await expectDemoKept();
  });

  it('a wrong token, or one without the scope: said beside the token', async () => {
    expect(await connect(account.url, 'tok_wrong_987654')).toMatchObject({ ok: false, error: { code: 'platform', field: 'token', message: expect.stringMatching(/refused this token \(401\)/) } });
    const noScope = await listen(http.createServer((_, res) => res.writeHead(403, { 'Content-Type': 'application/json' }).end('{"error":{"code":"forbidden","message":"scope"}}')));
    expect(await connect(noScope)).toMatchObject({ ok: false, error: { field: 'token', message: expect.stringMatching(/may not read your creator profile \(403\)/) } });
    await expectDemoKept();
  });

  it('format errors in plain words, beside the field, before anything is asked of the network', async () => {
    expect(await connect(account.url, 'short')).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'token', message: 'API token: this is too short to be a token: paste the whole token from the platform’s creator settings' },
    });
    expect(await connect('api.example-platform.com')).toMatchObject({ ok: false, error: { field: 'platformUrl', message: 'Platform URL: this is not a web address: enter it like https://api.example-platform.com' } });
    expect(await connect('http://api.example-platform.com')).toMatchObject({ ok: false, error: { field: 'platformUrl', message: expect.stringMatching(/^Platform URL: the address must start with https:\/\//) } });
    await expectDemoKept();
  });

  it('a good token: the app moves onto the account', async () => {
    const connected = await connect(account.url);
    expect(connected).toMatchObject({ ok: true, value: { platformUrl: account.url, tokenStored: true } });
    expect(demo.studio.db.name).toBe(path.join(dir, 'studio.db'));
    expect((await demo.studio.sync.idle())?.status).toBe('ok');
  }, 30_000);
});

describe('the account check on its own', () => {
  it('a certificate this computer does not trust: said as a certificate problem', async () => {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    const url = await listen(https.createServer({ key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) }, (_, res) => res.end('{}')), 'https');
    await expect(verifyAccount(url, TOKEN)).rejects.toMatchObject({ field: 'platformUrl', message: expect.stringMatching(/certificate is not trusted by this computer/) });
  });

  it('a server that never answers: a timeout, said beside the address', async () => {
    const silent = await listen(http.createServer(() => {}));
    await expect(verifyAccount(silent, TOKEN, { timeoutMs: 300 })).rejects.toMatchObject({ field: 'platformUrl', message: expect.stringMatching(/did not answer within 0.3 seconds/) });
  });

  it('answers with the creator the token belongs to', async () => {
    const creator = await verifyAccount(account.url, TOKEN);
    const raw = (await (await fetch(`${account.url}/v1/creator`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as { id: string; handle: string };
    expect(creator).toMatchObject({ id: raw.id, handle: raw.handle });
  });
});
