// What a packaged app must hold, computed from the project itself rather than listed by hand, so a
// new runtime import or dependency changes the expectation with it.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';


/** Every file under a folder, as archive paths ('/out/main/index.js'). */
export function filesUnder(root: string, prefix: string): string[] {
  return fs
    .readdirSync(path.join(root, prefix), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
}

/** The packages the built main-process bundles load at run time (Node built-ins and Electron aside). */
export function runtimeImports(mainDir: string): Set<string> {
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const found = new Set<string>();
  for (const file of fs.readdirSync(mainDir).filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(mainDir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\.resolve\s*\(\s*)["']([^"'./][^"']*)["']/g)) {
      const spec = m[1];
      if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w./-]*)?$/i.test(spec)) continue; // a word after "from" in a string
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!builtins.has(spec) && !builtins.has(name) && name !== 'electron') found.add(name);
    }
  }
  return found;
}

/** The packages `names` need at run time: themselves and, transitively, their installed dependencies. */
export function dependencyClosure(projectDir: string, names: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string, fromDir: string) => {
    const manifest = installedManifest(name, fromDir);
    if (!manifest) return; // an optional dependency not installed on this platform
    if (seen.has(name)) return;
    seen.add(name);
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, path.dirname(manifest));
  };
  for (const name of names) visit(name, projectDir);
  return seen;
}

/** Node's lookup of a package's folder (nearest node_modules up the tree), read from the disk: a
 *  package whose "exports" do not list ./package.json (pdfkit) cannot be require.resolve'd to it. */
function installedManifest(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** Packages in an archive listing, by their manifests ('/node_modules/@scope/name/package.json', nested copies too). */
export function packagesIn(listing: string[]): Set<string> {
  const names = new Set<string>();
  for (const entry of listing) {
    const m = /\/node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/.exec(entry);
    if (m) names.add(m[1]);
  }
  return names;
}
