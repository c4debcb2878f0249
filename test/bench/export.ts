// The tax ledger export against the sqlite3 shell writing the same rows with .mode csv.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ExportFigures {
  rows: number;
  seconds: number;
  peakRssMb: number;
  sqliteSeconds: number | null;
}

/** A range ending today that holds about `rows` ledger rows. */
function rangeFor(db: string, rows: number): { from: string; to: string } {
  const out = execFileSync('sqlite3', [db, `SELECT date(occurred_ms / 1000, 'unixepoch') FROM ledger ORDER BY occurred_ms DESC LIMIT 1 OFFSET ${rows - 1}`], { encoding: 'utf8' }).trim();
  return { from: out, to: new Date().toISOString().slice(0, 10) };
}

/**
 * `via: 'npm'` runs the documented command, `npm run cli -- export ledger …` (npm's own start, the
 * launcher's look at the build, then the built JavaScript); `'node'` the built file directly, as the
 * app's own process would.
 */
export function benchExport(db: string, wantRows = 1_000_000, via: 'npm' | 'node' = 'node'): ExportFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-bench-export-'));
  const { from, to } = rangeFor(db, wantRows);
  const out = path.join(dir, 'ledger.csv');
  // Both legs read the rows from the page cache: the first to run otherwise paid for the disk alone
  // whenever the host had reclaimed the cache (our export 5.6 s against 4.3, the shell after it unchanged).
  execFileSync('sqlite3', [db, `SELECT sum(length(description) + length(id)) FROM ledger WHERE occurred_ms >= ${Date.parse(`${from}T00:00:00Z`)}`]);
  // The launcher builds the command line when its build is stale: that once, not inside the timed run.
  if (via === 'npm') spawnSync(process.execPath, ['electron/cli/launch.mjs', '--help'], { stdio: 'ignore' });
  // In a process of its own, so its peak memory is its own: /usr/bin/time -v reports it.
  const t0 = performance.now();
  // The built CLI when there is one (as the app's command line runs), else the sources through tsx.
  const cli = via === 'npm' ? ['npm', 'run', '-s', 'cli', '--'] : fs.existsSync('out/main/cli.js') ? [process.execPath, 'out/main/cli.js'] : [process.execPath, '--import', 'tsx', 'electron/cli/main.ts'];
  const run = spawnSync('/usr/bin/time', ['-v', ...cli, 'export', 'ledger', '--db', db, '--out', out, '--from', from, '--to', to, '--tz', 'UTC'], {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`export failed: ${run.stderr}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
  const rows = Number(/exported (\d+) rows/.exec(run.stdout)?.[1] ?? 0);
  let sqliteSeconds: number | null = null;
  if (spawnSync('sqlite3', ['--version']).status === 0) {
    const startMs = Date.parse(`${from}T00:00:00Z`);
    const endMs = Date.parse(`${to}T00:00:00Z`) + 86_400_000;
    const sql = `.mode csv
.headers on
.output ${path.join(dir, 'sqlite.csv')}
SELECT l.id, l.occurred_at, date(l.occurred_ms / 1000, 'unixepoch') AS local_date, l.stream, l.source_type, l.source_id,
  coalesce(c.name, p.name, s.title) AS source_name, l.currency, printf('%.6f', l.gross / 1e6), printf('%.6f', l.fee / 1e6), printf('%.6f', l.net / 1e6),
  l.status, l.payout_id, l.description
FROM ledger l LEFT JOIN characters c ON l.source_type = 'character' AND c.id = l.source_id
  LEFT JOIN plugins p ON l.source_type = 'plugin' AND p.id = l.source_id LEFT JOIN stories s ON l.source_type = 'story' AND s.id = l.source_id
WHERE l.occurred_ms >= ${startMs} AND l.occurred_ms < ${endMs} ORDER BY l.occurred_ms, l.id;
`;
    const s0 = performance.now();
    execFileSync('sqlite3', [db], { input: sql });
    sqliteSeconds = (performance.now() - s0) / 1000;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { rows, seconds, peakRssMb: rss, sqliteSeconds };
}
