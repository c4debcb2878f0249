import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';

export interface ServedApp {
  url: string;
  dbFile: string;
  dir: string;
}

/** Runs the real CLI (`serve`, or `demo` when asked) as a child and yields the URL it prints first. */
export async function launchCli(args: string[], env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  // The built CLI, as `npm start` runs it (the e2e suite runs after `npm run build`, which it needs for the renderer anyway).
  const child = spawn(process.execPath, ['out/main/cli.js', ...args], {
    env: { ...process.env, CREATOR_STUDIO_NO_BROWSER: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve(line.trim());
    });
    child.on('exit', (code) => reject(new Error(`CLI exited with ${code}: ${stderr}`)));
  });
  return { url, child };
}

/**
 * The demo launched as `launchCli` does, returned once its start-up sync is over: that sync ends by
 * reloading every figure, and a test that reads or exports meanwhile races the reload. Waited for here,
 * in a suite's set-up and its longer time budget, rather than in the first test's.
 */
export async function launchSettledDemo(args: string[], env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const launched = await launchCli(['demo', ...args], env);
  const { origin, hash } = new URL(launched.url);
  const token = new URLSearchParams(hash.slice(1)).get('token');
  const syncing = async () => {
    const r = await fetch(`${origin}/api/getStatus`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{}' });
    return ((await r.json()) as { value: { syncing: unknown } }).value.syncing;
  };
  await expect.poll(syncing, { timeout: 150_000, intervals: [250] }).toBeNull();
  return launched;
}

export const test = base.extend<{ served: ServedApp }>({
  served: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-'));
    const dbFile = path.join(dir, 'studio.db');
    const { url, child } = await launchCli(['serve', '--db', dbFile]);
    await use({ url, dbFile, dir });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

/** Calls the served API as the page does (any caller but the page's own sync button stands for the schedule). */
export async function api(page: Page, method: string, input: unknown): Promise<{ ok: boolean }> {
  return page.evaluate(
    async ([m, i]) => {
      const r = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('creator-studio.access') ?? ''}` },
        body: JSON.stringify(i),
      });
      return r.json();
    },
    [method, input] as const,
  );
}

export async function syncAndWait(page: Page): Promise<void> {
  const started = await api(page, 'startSync', {});
  expect(started, JSON.stringify(started)).toMatchObject({ ok: true });
  const status = async () => ((await api(page, 'getStatus', {})) as unknown as { value: { syncing: unknown; lastSync: { status: string } | null } }).value;
  await expect.poll(async () => (await status()).syncing, { timeout: 60_000 }).toBeNull();
  expect((await status()).lastSync?.status).toBe('ok');
}

/** Points the served app at a sample platform and syncs it to the end. */
export async function connectAndSync(page: Page, platform: { url: string; token: string }): Promise<void> {
  expect((await api(page, 'saveSettings', { platformUrl: platform.url })).ok).toBe(true);
  expect((await api(page, 'setToken', { token: platform.token, allowPlainText: true })).ok).toBe(true);
  await syncAndWait(page);
}

export const SCREENSHOTS = path.join('test-results', 'screenshots');
