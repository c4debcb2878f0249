import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The path of the Electron executable, or null where its binary was never installed (its download
 * host cannot be reached). Resolved the way the electron package does, but without its
 * download-on-first-use, which would stall or spam a machine without that network.
 */
export function electronBinary(): string | null {
  let dir: string;
  try {
    dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(dir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative ?? 'electron') : relative ? path.join(dir, 'dist', relative) : null;
  return binary && fs.existsSync(binary) ? binary : null;
}
