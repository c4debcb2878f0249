import path from 'node:path';

/**
 * better-sqlite3's native module in a packaged app, relative to the resources folder
 * (process.resourcesPath). electron-builder rebuilds it for Electron's ABI and keeps it outside
 * app.asar (asarUnpack), because the OS loads a native module from a real file, never from an archive.
 */
export const PACKAGED_SQLITE_BINDING = path.join('app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
