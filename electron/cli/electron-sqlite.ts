import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appRoot } from './paths';

// better-sqlite3 in node_modules is compiled for Node (tests, CLI, serve mode). Electron's main
// process has another ABI, so it loads a second build of the same version through better-sqlite3's
// `nativeBinding` option. That build needs Electron's headers, fetched from the internet.

export function electronSqlitePath(root = appRoot()): string {
  return path.join(root, 'node_modules', '.cache', 'creator-studio', 'better_sqlite3-electron.node');
}

/** Builds better-sqlite3 for Electron once, into a cache file; the Node build stays as it is. */
export async function ensureElectronSqlite(): Promise<void> {
  const target = electronSqlitePath();
  if (fs.existsSync(target)) return;
  const root = appRoot();
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string })
    .version;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'creator-studio-sqlite-'));
  fs.cpSync(path.join(root, 'node_modules/better-sqlite3'), work, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
  });
  process.stderr.write(`Building the database driver for Electron ${electronVersion} (once, about a minute)…\n`);
  const result = spawnSync(
    'npm',
    ['exec', '--yes', '--', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (result.status !== 0)
    throw new Error('Could not build the database driver for Electron (node-gyp failed; see above). Check the network and build tools, then run npm start again.');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  fs.rmSync(work, { recursive: true, force: true });
}
