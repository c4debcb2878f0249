// The real command line, in a child process, as a creator runs it (`npm run cli -- …` is tsx on main.ts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ENTRY = ['--import', 'tsx', 'electron/cli/main.ts'];

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [...ENTRY, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The nobody user of Linux systems: the command line run without root's right to write any file. */
export const NOBODY = 65534;

/** True where this test runs as root and `setpriv` can drop to another user. */
export function canRunAsNobody(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
}

export function runCliAsNobody(args: string[]): CliRun {
  const r = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, ...ENTRY, ...args], {
    encoding: 'utf8',
    // tsx keeps its cache under the temp dir, which every user may write; HOME of nobody does not exist.
    env: { ...process.env, HOME: '/tmp' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A folder's entries with their kinds, for "nothing else appeared or changed kind here". */
export function listing(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => {
      const s = fs.lstatSync(`${dir}/${name}`);
      const kind = s.isSymbolicLink() ? 'link' : s.isFIFO() ? 'fifo' : s.isCharacterDevice() ? 'chardev' : s.isDirectory() ? 'dir' : 'file';
      return `${name}:${kind}`;
    });
}
