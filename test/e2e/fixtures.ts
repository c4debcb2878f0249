import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

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

export { expect } from '@playwright/test';

export const SCREENSHOTS = path.join('test-results', 'screenshots');
