// Whether the built command line (out/main/cli.js) is older than what it is built from. Plain
// JavaScript, read by the launcher before anything is compiled: a look at each source file's time of
// last change (a few milliseconds), stopping at the first one newer than the build.
import fs from 'node:fs';
import path from 'node:path';

export const BUILT_CLI = path.join('out', 'main', 'cli.js');
/** What the build reads: the app's three source folders and the files that configure the build. */
const SOURCE_FOLDERS = ['electron', 'db', 'renderer'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'electron.vite.config.ts', 'tsconfig.json', 'tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.base.json'];

function newerIn(folder, than) {
  let entries;
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return null;
  }
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      const found = newerIn(file, than);
      if (found) return found;
    } else if (entry.isFile() && fs.statSync(file).mtimeMs > than) return file;
  }
  return null;
}

/** Why the build must be made again ('missing', or the first source file found newer), or null. */
export function staleBuild(root) {
  let built;
  try {
    built = fs.statSync(path.join(root, BUILT_CLI)).mtimeMs;
  } catch {
    return 'missing';
  }
  for (const file of SOURCE_FILES) {
    const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    if (stat && stat.mtimeMs > built) return file;
  }
  for (const folder of SOURCE_FOLDERS) {
    const found = newerIn(path.join(root, folder), built);
    if (found) return path.relative(root, found);
  }
  return null;
}
