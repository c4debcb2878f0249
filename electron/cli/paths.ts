import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The same folder Electron's app.getPath('userData') gives for this app, so CLI and window share data. */
export function defaultDataDir(): string {
  if (process.env.CREATOR_STUDIO_HOME) return process.env.CREATOR_STUDIO_HOME;
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, 'creator-studio');
}

export function defaultDbFile(): string {
  return path.join(defaultDataDir(), 'studio.db');
}

export function demoDbFile(): string {
  return path.join(defaultDataDir(), 'demo.db');
}

/** The project root (where package.json is), found from this module in sources or bundles. */
export function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('Cannot find the Creator Studio folder (package.json)');
}

export function rendererDir(): string {
  return path.join(appRoot(), 'out', 'renderer');
}
