import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // No test reaches the ECB: a tax pack or sync that fetches rates without its own address meets a closed loopback port.
    env: { CREATOR_STUDIO_RATES_URL: 'http://127.0.0.1:9/no-rates-in-tests' },
  },
});
