import { defineConfig } from '@playwright/test';
import { findBrowser } from './test/e2e/browser';

// CHROMIUM_PATH, a system Chromium or Chrome, or Playwright's own (test/e2e/browser.ts; `npm test`
// installs one first where there is none).
const executablePath = findBrowser()?.executablePath;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
