// The licence texts of the npm packages a bundle inlines, from ncc's webpack stats.
// Not ncc's own --license: its plugin does not see modules webpack concatenated into the entry's
// scope, so for dist/cli it listed 2 of the 10 packages bundled (systeminformation and ncc's runtime).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Package folders (…/node_modules/<name> or …/node_modules/@scope/<name>) of every module in a stats tree. */
export function bundledPackageDirs(stats) {
  const dirs = new Set();
  const visit = (modules) => {
    for (const m of modules ?? []) {
      for (const id of [m.name, m.identifier]) {
        const found = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(String(id ?? '').replace(/^.*[!|]/, ''));
        if (found) dirs.add(found[1].replace(/^\.\//, ''));
      }
      visit(m.modules);
    }
  };
  visit(stats.modules);
  for (const chunk of stats.chunks ?? []) visit(chunk.modules);
  return [...dirs].sort();
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** One section per package: name@version, its declared licence, then its licence file(s) verbatim. */
export function licenceText(packageDirs, root) {
  const seen = new Map();
  for (const rel of packageDirs) {
    const dir = rel.startsWith('/') ? rel : join(root, rel);
    const pkgPath = join(dir, 'package.json');
    if (!existsSync(pkgPath)) continue;
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) continue;
    const files = readdirSync(dir)
      .filter((f) => LICENCE_FILE.test(f))
      .sort();
    const texts = files.map((f) => readFileSync(join(dir, f), 'utf8').trim());
    const declared = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
    seen.set(key, [`${key}`, `License: ${declared}`, ...(texts.length ? texts : ['(no licence file in the package)'])]);
  }
  return [...seen.keys()]
    .sort()
    .map((k) => seen.get(k).join('\n\n'))
    .join('\n\n' + '-'.repeat(72) + '\n\n')
    .concat('\n');
}
