// Packages the app with electron-builder's own `--dir` target, as `npm run package:dir` does, and
// reads the result with a real asar reader. Two things differ from a connected machine, both
// because Electron's binary and headers cannot be downloaded here:
// - Electron itself is a stand-in distribution folder (electronDist, test/helpers/electron-stand-in.ts)
//   whose `electron` file carries Electron's fuse wire, so the after-pack hook flips it for real;
// - the native rebuild is off (--config.npmRebuild=false), so the better-sqlite3 module packed here
//   is the Node build; on a connected machine electron-builder rebuilds it for Electron first.
// The installers proper (AppImage, deb, dmg, NSIS) are built by .github/workflows/release.yml.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import asar from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGED_SQLITE_BINDING } from '../../electron/packaging/layout';
import { electronDistStandIn, SHIPPED_FUSES } from '../helpers/electron-stand-in';
import { dependencyClosure, filesUnder, packagesIn, runtimeImports } from './archive-facts';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  build: { linux: { executableName: string } };
};
const FEED = 'http://127.0.0.1:8765/creator-studio/releases';

let work: string;
let app: string;
let archive: string;
let listing: string[];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 150_000 });
  if (result.status !== 0) throw new Error(`${path.basename(args[0] ?? command)} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

beforeAll(() => {
  // Not tempDir(): that one is emptied after each test, and every test here reads the same package.
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'creator-studio-packaging-'));
  const dist = electronDistStandIn(path.join(work, 'electron-dist'));
  // The bundles are made from the sources as they are now: a stale out/ would test an old app.
  run(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);
  run(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `--config.electronDist=${dist}`,
      '--config.npmRebuild=false',
      `--config.directories.output=${path.join(work, 'release')}`,
    ],
    // No look-up of a newer electron-builder on the registry during the tests.
    { CREATOR_STUDIO_UPDATE_FEED: FEED, NO_UPDATE_NOTIFIER: '1' },
  );
  // linux-unpacked on x64, linux-<arch>-unpacked elsewhere.
  const unpacked = fs.readdirSync(path.join(work, 'release')).find((name) => /^linux(-\w+)?-unpacked$/.test(name));
  app = path.join(work, 'release', unpacked ?? 'linux-unpacked');
  archive = path.join(app, 'resources', 'app.asar');
  listing = asar.listPackage(archive, { isPack: false }).map((p) => p.split(path.sep).join('/'));
}, 180_000);
// Also after a failed build, so a broken packaging step leaves nothing behind.
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the packaged app (electron-builder --dir, Linux)', () => {
  it('is the stand-in Electron renamed after the app, with its fuses flipped by the after-pack hook', async () => {
    const executable = path.join(app, pkg.build.linux.executableName);
    expect(fs.statSync(executable).mode & 0o111).not.toBe(0);
    expect(fs.existsSync(path.join(app, 'electron'))).toBe(false);
    // The distribution it was copied from keeps Electron's defaults: only the packaged copy changed.
    const source = await getCurrentFuseWire(path.join(work, 'electron-dist', 'electron'));
    expect(source[FuseV1Options.RunAsNode]).toBe(SHIPPED_FUSES[FuseV1Options.RunAsNode]);
    const wire = await getCurrentFuseWire(executable);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  });

  it('holds the built bundles, exactly as electron-vite wrote them, and the app manifest at its root', () => {
    const bundles = listing.filter((p) => p.startsWith('/out/') && !('files' in asar.statFile(archive, p.slice(1), false)));
    expect(new Set(bundles)).toEqual(new Set(filesUnder(root, 'out')));
    for (const entry of ['/out/main/index.js', '/out/main/sync-worker.js', '/out/main/page-worker.js', '/out/main/read-worker.js', '/out/main/ledger-worker.js', '/out/main/integrity-worker.js', '/out/main/rollup-read-worker.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
      expect(listing).toContain(entry);
    expect(listing.some((p) => /^\/out\/renderer\/assets\/index-.*\.js$/.test(p))).toBe(true);
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString()) as Record<string, unknown>;
    expect(manifest.main).toBe('out/main/index.js');
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.scripts).toBeUndefined();
    // Nothing else from the project's top level: no sources, tests, configs or README.
    expect(new Set(listing.filter((p) => p.split('/').length === 2))).toEqual(new Set(['/out', '/node_modules', '/package.json']));
  });

  it('holds exactly the runtime dependencies: what the main bundles import, with their own dependencies', () => {
    const imported = runtimeImports(path.join(root, 'out', 'main'));
    // package.json's dependencies are the main process's imports, no more (the renderer's libraries
    // are bundled by vite and are dev dependencies), no less (an import missing here would crash the app).
    expect(imported).toEqual(new Set(Object.keys(pkg.dependencies)));
    expect(packagesIn(listing)).toEqual(dependencyClosure(root, imported));
  });

  it('keeps better-sqlite3 with its native module outside the archive, where the main process loads it', () => {
    const binding = path.join(app, 'resources', PACKAGED_SQLITE_BINDING);
    expect(fs.readFileSync(binding).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46])); // an ELF shared object
    const inArchive = `/${path.relative(path.join(app, 'resources', 'app.asar.unpacked'), binding).split(path.sep).join('/')}`;
    expect(listing).toContain(inArchive);
    expect(asar.statFile(archive, inArchive.slice(1), false)).toMatchObject({ unpacked: true });
    // Its JavaScript beside it, so the package is whole in one place on disk.
    expect(asar.statFile(archive, 'node_modules/better-sqlite3/lib/index.js', false)).toMatchObject({ unpacked: true });
    expect(fs.existsSync(path.join(app, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'lib', 'index.js'))).toBe(true);
    // Build leftovers stay behind: the SQLite sources (9 MB) and the test extension.
    expect(listing.filter((p) => p.startsWith('/node_modules/better-sqlite3/') && /\/(src|deps|obj)\/|test_extension/.test(p))).toEqual([]);
  });

  it('leaves out tests, sources, fixtures, source maps and development dependencies', () => {
    expect(listing.filter((p) => /^\/(test|electron|renderer|db)\//.test(p))).toEqual([]);
    expect(listing.filter((p) => /\.(ts|tsx|mts|cts|map)$/.test(p) || p.endsWith('.db'))).toEqual([]);
    expect(listing.filter((p) => p.startsWith('/node_modules/.'))).toEqual([]); // .bin, .cache (the Electron sqlite build)
    const present = packagesIn(listing);
    for (const dev of ['vitest', '@playwright/test', 'typescript', 'electron', 'electron-builder', 'electron-vite', 'react', 'drizzle-orm', 'drizzle-kit', 'tsx'])
      expect(pkg.devDependencies[dev], `${dev} is a dev dependency`).toBeDefined();
    expect(Object.keys(pkg.devDependencies).filter((dev) => present.has(dev))).toEqual([]);
  });

  it('reads its updates from the release feed it was built for', () => {
    const config = fs.readFileSync(path.join(app, 'resources', 'app-update.yml'), 'utf8');
    expect(config).toMatch(/^provider: generic$/m);
    expect(config).toContain(`url: ${FEED}`);
  });
});
