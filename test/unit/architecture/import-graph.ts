// The import graph of src/ and the one-way rule it must keep (docs/architecture.md). Pure but for readSourceGraph.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** File (relative to src/, "/"-separated) → the files it imports (same form). */
export type ImportGraph = Map<string, string[]>;

/**
 * The layers, lowest first: a file may import from its own layer's folder or from a lower layer, never from a higher
 * one, and two folders that share a layer (peers) may not import each other. A key is a top-level folder of src/, or
 * a file at src/'s root.
 */
export const LAYERS: string[][] = [
  [
    'units',
    'data-files.ts',
    'version.ts',
    'fs-safe.ts',
    'secrets.ts',
    'names.ts',
    'percent-encode.ts',
    'branch-name.ts',
  ],
  ['schema'],
  ['meter'],
  ['carbon'],
  ['pipeline'],
  ['baseline', 'history'],
  ['report'],
  // The one sanitiser for log lines builds on report/escape.ts.
  ['log-sanitise.ts'],
  ['dashboard', 'export'],
  ['github'],
  ['action', 'cli'],
];
/** Folders only the listed folders may import: the GitHub adapter is the action's alone. */
export const ONLY_IMPORTED_BY: Record<string, string[]> = { github: ['action'] };

/** The lowest layer forms one group: the small shared helpers (units/ and files at src/'s root) every layer may use. */
const ROOT_GROUP = 'src/*.ts';

/** The layer key of a file: its top-level folder, or its own name at src/'s root. */
export const keyOf = (file: string): string => file.split('/')[0];

function groupOf(key: string, layers: string[][]): string {
  return layers[0].includes(key) ? ROOT_GROUP : key;
}

export interface Violation {
  from: string;
  to: string;
  why: string;
}

export function layerViolations(
  graph: ImportGraph,
  layers: string[][] = LAYERS,
  onlyImportedBy: Record<string, string[]> = ONLY_IMPORTED_BY,
): Violation[] {
  const rank = new Map<string, number>();
  layers.forEach((layer, i) => layer.forEach((key) => rank.set(key, i)));
  const out: Violation[] = [];
  for (const [from, imports] of graph) {
    const fromKey = keyOf(from);
    const fromRank = rank.get(fromKey);
    if (fromRank === undefined) {
      out.push({ from, to: '', why: `${fromKey} is in no layer: add it to LAYERS and docs/architecture.md` });
      continue;
    }
    for (const to of imports) {
      const toKey = keyOf(to);
      const toRank = rank.get(toKey);
      if (toRank === undefined || groupOf(fromKey, layers) === groupOf(toKey, layers)) continue;
      const allowed = onlyImportedBy[toKey];
      if (allowed && !allowed.includes(fromKey)) {
        out.push({ from, to, why: `${toKey} may be imported only by ${allowed.join(', ')}` });
        continue;
      }
      if (toRank > fromRank)
        out.push({ from, to, why: `${fromKey} (layer ${fromRank}) imports ${toKey} (layer ${toRank})` });
      else if (toRank === fromRank) out.push({ from, to, why: `${fromKey} and ${toKey} are peers (layer ${toRank})` });
    }
  }
  return out;
}

/** Every import cycle, as its files in order (the first repeated at the end): Tarjan's strongly connected parts. */
export function importCycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const parts: string[][] = [];
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
    const part: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1 || (graph.get(v) ?? []).includes(v)) parts.push(cycleThrough(graph, new Set(part), v));
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return parts;
}

/** One concrete cycle inside a strongly connected part, from `start` back to it (breadth-first: the shortest). */
function cycleThrough(graph: ImportGraph, part: Set<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!part.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0])!);
        return [...path, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

// Static imports and re-exports (`import … from`, `export … from`, `import '…'`) and dynamic `import('…')`.
const SPECIFIER_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER_RE)].map((m) => m[1]);
}

/** The file a relative specifier names, among `files`; undefined for a package or a file that is not there. */
export function resolveImport(from: string, specifier: string, files: Set<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')];
  return candidates.find((c) => files.has(c));
}

export function buildGraph(sources: Map<string, string>): ImportGraph {
  const files = new Set(sources.keys());
  const graph: ImportGraph = new Map();
  for (const [file, text] of sources) {
    const imports = importSpecifiers(text)
      .map((s) => resolveImport(file, s, files))
      .filter((f): f is string => f !== undefined);
    graph.set(file, [...new Set(imports)]);
  }
  return graph;
}

/** Every .ts file under `srcDir`, by its path relative to it. */
export function readSources(srcDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) out.set(relative(srcDir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(srcDir)) walk(srcDir);
  return out;
}

export const SRC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src');
