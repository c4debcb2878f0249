// npm run cli runs the built command line (out/main/cli.js) at once, and builds it first only when it
// is missing or older than a source it is built from. The launcher runs here in a folder of its own,
// with a stand-in for the build tool that writes a command line saying how it was called.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuild } from '../../electron/cli/build-freshness.mjs';
import { tempDir } from '../helpers/tmp';

const FAKE_BUILD = `
const fs = require('node:fs');
if (fs.existsSync('fail-build')) { console.log('build broken'); process.exit(3); }
fs.mkdirSync('out/main', { recursive: true });
fs.writeFileSync('out/main/cli.js', "process.stdout.write('built cli: ' + process.argv.slice(2).join(' ') + '\\\\n');");
fs.appendFileSync('builds', 'x');
console.log('build output, kept off standard output');
`;

function project(): string {
  const root = tempDir('studio-launch-');
  fs.mkdirSync(path.join(root, 'electron/cli'), { recursive: true });
  for (const file of ['launch.mjs', 'build-freshness.mjs']) fs.copyFileSync(path.join('electron/cli', file), path.join(root, 'electron/cli', file));
  fs.mkdirSync(path.join(root, 'db'));
  fs.writeFileSync(path.join(root, 'db/money.ts'), 'export {};\n');
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'stand-in', type: 'module' }));
  const tool = path.join(root, 'node_modules/electron-vite');
  fs.mkdirSync(path.join(tool, 'bin'), { recursive: true });
  fs.writeFileSync(path.join(tool, 'package.json'), JSON.stringify({ name: 'electron-vite', bin: { 'electron-vite': 'bin/electron-vite.cjs' } }));
  fs.writeFileSync(path.join(tool, 'bin/electron-vite.cjs'), FAKE_BUILD);
  return root;
}

const launch = (root: string, ...args: string[]) => spawnSync(process.execPath, [path.join(root, 'electron/cli/launch.mjs'), ...args], { cwd: root, encoding: 'utf8' });
const builds = (root: string) => (fs.existsSync(path.join(root, 'builds')) ? fs.readFileSync(path.join(root, 'builds'), 'utf8').length : 0);
const age = (file: string, secondsAgo: number) => {
  const at = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file, at, at);
};

describe('npm run cli', () => {
  it('builds the command line when there is none, then runs it with its arguments; the build says so on standard error only', () => {
    const root = project();
    const run = launch(root, 'export', 'ledger');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('built cli: export ledger\n');
    expect(run.stderr).toContain('building the app first (no build yet)');
    expect(run.stderr).toContain('build output, kept off standard output');
    expect(builds(root)).toBe(1);
  });

  it('runs a build newer than every source without building, and builds again once a source or the build setup changes', () => {
    const root = project();
    launch(root, '--help');
    age(path.join(root, 'db/money.ts'), 60);
    age(path.join(root, 'package.json'), 60);
    expect(staleBuild(root)).toBeNull();
    const fresh = launch(root, '--help');
    expect([fresh.status, fresh.stdout, fresh.stderr]).toEqual([0, 'built cli: --help\n', '']);
    expect(builds(root)).toBe(1);

    fs.writeFileSync(path.join(root, 'db/money.ts'), 'export const changed = 1;\n');
    expect(staleBuild(root)).toBe(path.join('db', 'money.ts'));
    expect(launch(root, 'sync').stderr).toContain(`building the app first (${path.join('db', 'money.ts')} changed since the last build)`);
    expect(builds(root)).toBe(2);

    age(path.join(root, 'db/money.ts'), 60);
    fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'stand-in', type: 'module', version: '2' }));
    expect(staleBuild(root)).toBe('package.json');
  });

  it('stops with one line when the build fails, running nothing', () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'fail-build'), '');
    const run = launch(root, 'export');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').at(-1)).toBe('creator-studio: the build failed (see above); run npm run build to see why.');
  });

  it('is the command npm run cli runs', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.cli).toBe('node electron/cli/launch.mjs');
  });

  it.runIf(staleBuild(process.cwd()) === null)('starts the app’s own built command line without compiling anything', () => {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['electron/cli/launch.mjs', '--help'], { encoding: 'utf8' });
    const ms = performance.now() - t0;
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage:/);
    expect(run.stderr).toBe('');
    console.log(`npm run cli -- --help: ${ms.toFixed(0)} ms`);
  });
});
