import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // cli: the command line (serve mode, sync, export) as plain JavaScript, so it starts without tsx.
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'sync-worker': resolve('electron/sync/worker.ts'),
          'page-worker': resolve('electron/sync/page-worker.ts'),
          'read-worker': resolve('db/data-core/read-worker.ts'),
          'ledger-worker': resolve('electron/export/ledger-worker.ts'),
          'integrity-worker': resolve('db/integrity-worker.ts'),
          'rollup-read-worker': resolve('db/rollups/beside-worker.ts'),
          cli: resolve('electron/cli/main.ts'),
        },
        // Shared chunks beside the entries: code in them finds sync-worker.js next to itself.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'): one CommonJS file with everything else bundled in.
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
      // The CSP allows fonts and images only from the app itself: keep assets as files.
      assetsInlineLimit: 0,
      // Less for the window to parse and compile at start (electron-vite leaves it off by default);
      // NO_MINIFY=1 npm run build keeps the names, for profiling.
      minify: process.env.NO_MINIFY ? false : true,
    },
  },
});
