// The import graph of the project's own modules, read by dpdm (with its own TypeScript 5 parser; the
// project's TypeScript 7 has no compiler API). Two views: every import as written, and the imports
// left once types are erased, which are the ones that load a module at run time.
import path from 'node:path';
import { parseDependencyTree, type DependencyTree } from 'dpdm';

/** Module → the project modules it imports (paths relative to `root`, with '/'), in the order written. */
export type ImportGraph = Map<string, string[]>;

export interface GraphOptions {
  root: string;
  /** Globs of the modules to start from, relative to `root`. */
  entries: string[];
  /** 'runtime': type-only imports, and imports only used as types, are left out (as the bundler drops them). */
  view: 'all' | 'runtime';
}

export interface ReadGraph {
  graph: ImportGraph;
  /** Relative imports that name no file: a graph with holes would hide cycles through them. */
  unresolved: { from: string; request: string }[];
}

const slash = (p: string) => p.split(path.sep).join('/');

export async function importGraph(options: GraphOptions): Promise<ReadGraph> {
  const tree: DependencyTree = await parseDependencyTree(options.entries, {
    cwd: options.root,
    context: options.root,
    transform: options.view === 'runtime',
    tsconfig: path.join(options.root, 'tsconfig.base.json'),
  });
  const graph: ImportGraph = new Map();
  const unresolved: ReadGraph['unresolved'] = [];
  for (const [file, deps] of Object.entries(tree)) {
    if (deps === null || file.includes('node_modules')) continue;
    const own: string[] = [];
    for (const dep of deps) {
      if (dep.id === null) {
        if (dep.request.startsWith('.')) unresolved.push({ from: slash(file), request: dep.request });
      } else if (!dep.id.includes('node_modules') && !own.includes(slash(dep.id))) own.push(slash(dep.id));
    }
    graph.set(slash(file), own);
  }
  return { graph, unresolved };
}

/**
 * The import cycles: each strongly connected group of modules (Tarjan's algorithm), with one cycle
 * through it spelled out, "a.ts -> b.ts -> a.ts", and the group's other modules named after it, so a
 * failure names the imports to break.
 */
export function importCycles(graph: ImportGraph): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.map((group) => {
    const cycle = cycleThrough(graph, group);
    const rest = group.filter((m) => !cycle.includes(m));
    return cycle.join(' -> ') + (rest.length > 0 ? ` (the same tangle holds ${rest.join(', ')})` : '');
  });
}

/** The shortest way from a group's first module back to itself, staying inside the group. */
function cycleThrough(graph: ImportGraph, group: string[]): string[] {
  const start = group[0];
  const inGroup = new Set(group);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!inGroup.has(w)) continue;
      if (w === start) {
        const way = [start];
        for (let u: string | undefined = v; u !== start && u !== undefined; u = cameFrom.get(u)) way.splice(1, 0, u);
        return [...way, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return group;
}

/** Every module `from` reaches through its imports, itself excluded. */
export function reachableFrom(graph: ImportGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...(graph.get(from) ?? [])];
  while (queue.length > 0) {
    const v = queue.shift()!;
    if (seen.has(v)) continue;
    seen.add(v);
    queue.push(...(graph.get(v) ?? []));
  }
  seen.delete(from);
  return seen;
}

/** The imports from modules under `fromDir` into modules under any of `intoDirs`, as "a.ts -> b.ts". */
export function importsAcross(graph: ImportGraph, fromDir: string, intoDirs: string[]): string[] {
  const under = (file: string, dir: string) => file.startsWith(`${dir}/`);
  const found: string[] = [];
  for (const [file, deps] of graph)
    if (under(file, fromDir)) for (const dep of deps) if (intoDirs.some((d) => under(dep, d))) found.push(`${file} -> ${dep}`);
  return found.sort();
}
