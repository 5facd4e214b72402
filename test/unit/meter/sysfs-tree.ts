// Materialises a sysfs fixture manifest (test/fixtures/meter/rapl/*.json) into a temporary
// directory: keys are paths, values file contents; a key ending in "/" with null is a directory.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/meter', import.meta.url));

export function materialiseTree(manifestName: string): string {
  const manifest = JSON.parse(readFileSync(join(FIXTURES, 'rapl', manifestName), 'utf8')) as Record<
    string,
    string | null
  >;
  const root = mkdtempSync(join(tmpdir(), 'carbon-rapl-'));
  for (const [path, content] of Object.entries(manifest)) {
    const full = join(root, path);
    if (content === null) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  return root;
}
