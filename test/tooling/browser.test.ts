import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../e2e/browser';
import { tempDir } from '../helpers/tmp';

describe('the browser the end-to-end tests drive', () => {
  it('takes CHROMIUM_PATH first, and says when it names nothing', () => {
    const fake = path.join(tempDir(), 'my-chrome');
    fs.writeFileSync(fake, '');
    expect(findBrowser({ CHROMIUM_PATH: fake })).toEqual({ executablePath: fake, source: 'CHROMIUM_PATH' });
    expect(() => findBrowser({ CHROMIUM_PATH: '/no/such/chrome' })).toThrow('CHROMIUM_PATH is /no/such/chrome, which does not exist');
  });

  it('with CHROMIUM_PATH empty, Playwright’s own browser or none', () => {
    const own = fs.existsSync(chromium.executablePath());
    expect(findBrowser({ CHROMIUM_PATH: '' })).toEqual(own ? { executablePath: undefined, source: 'Playwright’s own Chromium' } : null);
  });

  it('otherwise a system Chromium or Chrome where there is one', () => {
    const found = findBrowser({});
    const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find((p) => fs.existsSync(p));
    if (system) expect(found).toEqual({ executablePath: system, source: 'the system’s browser' });
    else expect(found?.source).not.toBe('the system’s browser');
  });
});
