import fs from 'node:fs';
import { createRequire } from 'node:module';

/** The path of the Electron executable, or null where the binary could not be installed (no network to its host). */
export function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const binary = require('electron') as unknown;
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
