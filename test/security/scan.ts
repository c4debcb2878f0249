// npm run security:scan — Electron's security linter (Doyensec's electronegativity) over the sources
// and over the built bundle. Its CLI exits 0 whatever it finds, so this gate reads its report:
// no HIGH finding, no parse error, every MEDIUM in the sources disabled inline with its reason
// (/* eng-disable CHECK_ID */ beside a comment saying why), and a MEDIUM in the bundle only for a
// check that the sources disable (bundling strips the comments).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';

const tool = path.resolve('test/security/electronegativity');
const bin = path.join(tool, 'node_modules/.bin/electronegativity');
const electronVersion = (JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;

interface Finding {
  issue: string;
  severity: string;
  filename: string;
  location: string;
}

function scan(input: string, label: string): { findings: Finding[]; parseErrors: string[] } {
  const csv = path.join(os.tmpdir(), `electronegativity-${label}-${process.pid}.csv`);
  const run = spawnSync(bin, ['-i', input, '-r', '-e', electronVersion, '-v', 'false', '-o', csv], { encoding: 'utf8' });
  const output = `${run.stdout}\n${run.stderr}`;
  const parseErrors = output.split('\n').filter((l) => /error parsing/i.test(l));
  if (!fs.existsSync(csv)) throw new Error(`electronegativity wrote no report for ${label}:\n${output}`);
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  fs.rmSync(csv);
  const findings = parsed.data.map((r) => ({ issue: r.issue, severity: r.severity, filename: r.filename, location: r.location }));
  return { findings, parseErrors };
}

/** The scanned sources: the app's own code, without node_modules. */
function stageSources(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-src-'));
  for (const part of ['electron', 'renderer', 'package.json']) fs.cpSync(part, path.join(dir, part), { recursive: true });
  return dir;
}

function disabledInSources(): Set<string> {
  const ids = new Set<string>();
  for (const entry of fs.readdirSync('electron', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/eng-disable ([A-Z_ ]+)\*\//g)) for (const id of m[1].trim().split(/\s+/)) ids.add(id);
  }
  return ids;
}

if (!fs.existsSync(bin)) execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', tool], { stdio: 'inherit' });
if (!fs.existsSync('out/main/index.js')) throw new Error('Build the app first (npm run build): the bundle is scanned too.');

const staged = stageSources();
const sources = scan(staged, 'sources');
fs.rmSync(staged, { recursive: true, force: true });
const bundle = scan(path.resolve('out'), 'bundle');
const disabled = disabledInSources();

const problems: string[] = [];
for (const [label, result] of [['sources', sources], ['bundle', bundle]] as const) {
  for (const e of result.parseErrors) problems.push(`${label}: ${e}`);
  for (const f of result.findings) {
    const where = `${label}: ${f.issue} ${f.severity} in ${f.filename}:${f.location}`;
    if (f.severity === 'HIGH') problems.push(where);
    else if (f.severity === 'MEDIUM' && (label === 'sources' || !disabled.has(f.issue))) problems.push(where);
  }
}
const count = (r: typeof sources, s: string) => r.findings.filter((f) => f.severity === s).length;
console.log(`electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}`);
for (const [label, r] of [['sources', sources], ['bundle', bundle]] as const)
  console.log(`  ${label.padEnd(8)} HIGH ${count(r, 'HIGH')}  MEDIUM ${count(r, 'MEDIUM')}  LOW ${count(r, 'LOW')}  INFORMATIONAL ${count(r, 'INFORMATIONAL')}  parse errors ${r.parseErrors.length}`);
console.log(`  disabled inline in the sources, with reasons: ${[...disabled].sort().join(', ') || 'none'}`);
if (problems.length) {
  console.error(`security scan failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('security scan passed');
