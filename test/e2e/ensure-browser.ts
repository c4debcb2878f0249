// `npm test`'s first step: the end-to-end stage needs a browser, so make sure of one before the
// long stages, and say which is used.
import { ensureBrowser } from './browser';

try {
  const browser = ensureBrowser();
  console.log(`e2e: using ${browser.source}${browser.executablePath ? ` (${browser.executablePath})` : ''}`);
} catch (error) {
  console.error(`e2e: ${(error as Error).message}`);
  process.exit(1);
}
