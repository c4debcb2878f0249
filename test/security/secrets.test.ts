import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSettings } from '../../db/queries/settings';
import { dispatch } from '../../electron/api/dispatch';
import type { FileResult } from '../../electron/api/types';
import { openStudio } from '../../electron/core/studio';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { MemorySecretStore } from '../../electron/secrets/store';
import { tempDir } from '../helpers/tmp';

const TOKEN = 'tok_live_S3cr3t-9f8e7d6c5b4a';
let platform: SamplePlatform;
beforeAll(async () => {
  platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22', token: TOKEN });
});
afterAll(() => platform.close());

/** The CLI as a child process (asynchronously: the sample platform answering it lives in this process). */
function cli(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { env: { ...process.env, ...env } });
  child.stdin.end(stdin);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

/** Every file under a folder, read as bytes, searched for the token in UTF-8 and UTF-16. */
function filesContaining(dir: string, secret: string): string[] {
  const needles = [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')];
  const hits: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = fs.readFileSync(file);
    if (needles.some((n) => bytes.includes(n))) hits.push(file);
  }
  return hits;
}

describe('the API token', () => {
  it('never reaches the database, its WAL, backups, exports or the CLI’s output', async () => {
    const dir = tempDir('studio-secret-');
    const file = path.join(dir, 'studio.db');
    const run = await cli(['sync', '--api', platform.url, '--db', file], { CREATOR_STUDIO_TOKEN: TOKEN });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);

    // The app path: token set through the API, a sync on the worker, an export and a tax pack.
    const studio = await openStudio(file, { mode: 'browser', secrets: () => new MemorySecretStore(null) });
    writeSettings(studio.db, { platformUrl: platform.url });
    expect(await dispatch(studio, 'setToken', { token: TOKEN })).toMatchObject({ ok: true });
    const settings = await dispatch(studio, 'getSettings', {});
    expect(JSON.stringify(settings)).not.toContain(TOKEN);
    studio.sync.start({ full: true });
    expect((await studio.sync.idle())?.status).toBe('ok');
    const exported = await dispatch(studio, 'exportTable', { dashboard: 'earnings', table: 'support', period: { preset: 'all' } });
    const pack = await dispatch(studio, 'taxPack', { from: '2025-01-01', to: '2026-12-31', tz: 'UTC', homeCurrency: 'EUR' });
    const status = await dispatch(studio, 'getStatus', {});
    for (const answer of [exported, pack, status]) expect(JSON.stringify(answer)).not.toContain(TOKEN);
    expect(exported.ok && pack.ok).toBe(true);
    const content = (r: typeof exported) => (r.ok ? (r.value as FileResult).content! : '');
    fs.writeFileSync(path.join(dir, 'export.csv'), content(exported));
    fs.writeFileSync(path.join(dir, 'pack.zip'), Buffer.from(content(pack), 'base64'));
    studio.close();
    expect(filesContaining(dir, TOKEN)).toEqual([]);
    expect(fs.readdirSync(dir).length).toBeGreaterThanOrEqual(3); // the check looked at real files
  }, 60_000);

  it('is not echoed when the platform refuses it', async () => {
    const dir = tempDir('studio-secret-');
    const wrong = 'tok_wrong_Zz9y8x7w6v5u';
    const run = await cli(['sync', '--api', platform.url, '--token', wrong, '--db', path.join(dir, 'x.db')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/refused the token/);
    expect(run.stderr.trim().split('\n').filter((l) => l.startsWith('creator-studio:'))).toHaveLength(1);
    expect(run.stdout + run.stderr).not.toContain(wrong);
    expect(filesContaining(dir, wrong)).toEqual([]);
  });

  it('comes from standard input with --token -, and a token typed on the command line is warned about', async () => {
    const dir = tempDir('studio-secret-');
    const env = { CREATOR_STUDIO_TOKEN: '' };
    const piped = await cli(['sync', '--api', platform.url, '--token', '-', '--db', path.join(dir, 'a.db'), '--only', 'characters'], env, `${TOKEN}\n`);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toMatch(/^synced \d+ rows into /);
    expect(piped.stderr).not.toMatch(/other users of this computer/);
    const argv = await cli(['sync', '--api', platform.url, '--token', TOKEN, '--db', path.join(dir, 'b.db'), '--only', 'characters'], env);
    expect(argv.status).toBe(0);
    expect(argv.stderr).toMatch(/can be read by other users of this computer.*CREATOR_STUDIO_TOKEN or use --token -/);
    const none = await cli(['sync', '--api', platform.url, '--db', path.join(dir, 'c.db')], env);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toMatch(/platform token is missing: set CREATOR_STUDIO_TOKEN, or pass --token -/);
    const empty = await cli(['sync', '--api', platform.url, '--token', '-', '--db', path.join(dir, 'd.db')], env, '');
    expect(empty.stderr).toMatch(/standard input, which was empty/);
    expect(fs.existsSync(path.join(dir, 'c.db')) || fs.existsSync(path.join(dir, 'd.db'))).toBe(false);
  }, 60_000);
});
