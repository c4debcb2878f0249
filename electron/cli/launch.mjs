// npm run cli -- <command> …: the command line as built JavaScript (out/main/cli.js), which starts at
// once, where running the TypeScript sources compiles them first (about a second). The build is made
// first when it is missing or older than its sources; its output goes to standard error, so standard
// output stays the command's own.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILT_CLI, staleBuild } from './build-freshness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const why = staleBuild(root);
if (why) {
  process.stderr.write(`creator-studio: building the app first (${why === 'missing' ? 'no build yet' : `${why} changed since the last build`})…\n`);
  const require = createRequire(path.join(root, 'package.json'));
  const pkg = require.resolve('electron-vite/package.json');
  const bin = path.join(path.dirname(pkg), require(pkg).bin['electron-vite']);
  const build = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', process.stderr.fd, process.stderr.fd] });
  if (build.status !== 0) {
    process.stderr.write('creator-studio: the build failed (see above); run npm run build to see why.\n');
    process.exit(1);
  }
}
await import(pathToFileURL(path.join(root, BUILT_CLI)).href);
