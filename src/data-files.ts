import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// data/ sits at the package root. From src/ (tests, tsx) it is one level up, from the
// bundles in dist/<entry>/ two levels up, so walk up until data/SOURCES.md is found.
// The files are read at run time rather than bundled so that ODbL and CC BY-SA data
// stay in their own files with their attribution.
let cachedRoot: string | undefined;

export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'data', 'SOURCES.md'))) return (cachedRoot = dir);
    dir = dirname(dir);
  }
  throw new Error(`carbon-action: cannot find its data/ folder above ${fileURLToPath(import.meta.url)}`);
}

export function dataFilePath(name: string): string {
  return join(packageRoot(), 'data', name);
}

const cache = new Map<string, unknown>();

/** Reads and parses data/<name>.json once per process. */
export function loadDataJson<T>(name: string): T {
  if (!cache.has(name)) {
    const path = dataFilePath(name);
    try {
      cache.set(name, JSON.parse(readFileSync(path, 'utf8')));
    } catch (err) {
      throw new Error(`carbon-action: data file ${path} could not be loaded: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
  return cache.get(name) as T;
}
