// Which Chromium the end-to-end tests and the renderer bench drive, and how a machine without one
// gets one. In order: CHROMIUM_PATH (empty: Playwright's own browser), a system Chromium or Chrome,
// Playwright's own browser if it was installed. Where there is none, `ensureBrowser` installs one
// the way the machine allows, once: Debian's chromium package as root with apt, otherwise
// Playwright's own download.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export interface FoundBrowser {
  /** undefined: Playwright's own browser, which it finds by itself. */
  executablePath: string | undefined;
  source: string;
}

const playwrightOwn = (): FoundBrowser | null => (fs.existsSync(chromium.executablePath()) ? { executablePath: undefined, source: 'Playwright’s own Chromium' } : null);

/** The browser to drive, or null when this machine has none. Throws when CHROMIUM_PATH names nothing. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | null {
  const chosen = env.CHROMIUM_PATH;
  if (chosen === '') return playwrightOwn();
  if (chosen !== undefined) {
    if (!fs.existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist: point it at a Chromium or Chrome binary, or unset it.`);
    return { executablePath: chosen, source: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_BROWSERS.find((p) => fs.existsSync(p));
  return system ? { executablePath: system, source: 'the system’s browser' } : playwrightOwn();
}

/** A browser for the tests, installed here when the machine has none; exits the process with one line when it cannot. */
export function ensureBrowser(): FoundBrowser {
  const found = findBrowser();
  if (found) return found;
  const root = process.getuid?.() === 0;
  // CHROMIUM_PATH set empty asks for Playwright's own browser, whatever the system could install.
  const apt = process.env.CHROMIUM_PATH === undefined && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  try {
    if (root && apt) {
      console.log('e2e: no Chromium on this machine; installing Debian’s chromium package (once)…');
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } else {
      console.log('e2e: no Chromium on this machine; installing Playwright’s own Chromium (once)…');
      execFileSync(process.execPath, [path.join('node_modules', '@playwright', 'test', 'cli.js'), 'install', 'chromium'], { stdio: 'inherit' });
    }
  } catch {
    // Said below, in one line.
  }
  const installed = findBrowser();
  if (installed) return installed;
  console.error(
    root && apt
      ? 'e2e: Chromium could not be installed with apt-get; install it by hand (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.'
      : 'e2e: no Chromium here and none could be installed: install Chromium or Chrome (Debian: sudo apt-get install chromium), or set CHROMIUM_PATH to one.',
  );
  process.exit(1);
}
