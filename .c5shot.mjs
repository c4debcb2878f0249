// temp screenshot helper (issue 5): node .c5shot.mjs URL out.png '#/hash' [--dark] [--eval 'js'] [--clip selector] [--h N]
import { chromium } from '@playwright/test';
const [url, out, hash, ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark');
const evalIdx = rest.indexOf('--eval');
const clipIdx = rest.indexOf('--clip');
const hIdx = rest.indexOf('--h');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1360, height: hIdx >= 0 ? Number(rest[hIdx + 1]) : 900 }, colorScheme: dark ? 'dark' : 'light' });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
await page.evaluate((h) => { location.hash = h; }, hash);
await page.waitForTimeout(2000);
if (evalIdx >= 0) { await page.evaluate(rest[evalIdx + 1]); await page.waitForTimeout(800); }
if (clipIdx >= 0) await page.locator(rest[clipIdx + 1]).first().screenshot({ path: out });
else await page.screenshot({ path: out });
console.log(JSON.stringify(errors));
await browser.close();
