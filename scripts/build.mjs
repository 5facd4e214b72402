// Bundles each entry point with @vercel/ncc into dist/<entry>/index.js.
// Deterministic: no source maps, no timestamps, so CI can diff dist/ against a fresh build.
// Each bundle ships licenses.txt: the licence texts of the npm packages inlined into it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundledPackageDirs, licenceText } from './bundle-licenses.mjs';

const entries = {
  cli: 'src/cli/index.ts',
  sampler: 'src/meter/sampler-entry.ts',
  main: 'src/action/main.ts',
  post: 'src/action/post.ts',
};

const only = process.argv.slice(2);
for (const [name, src] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(src)) {
    console.error(`build: ${src} missing, skipping ${name}`);
    continue;
  }
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  const statsFile = join(mkdtempSync(join(tmpdir(), 'carbon-action-build-')), 'stats.json');
  execFileSync('npx', ['ncc', 'build', src, '-o', out, '-q', '--target', 'es2022', '--stats-out', statsFile], {
    stdio: 'inherit',
  });
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  rmSync(dirname(statsFile), { recursive: true, force: true });
  writeFileSync(`${out}/licenses.txt`, licenceText(bundledPackageDirs(stats), process.cwd()));
  for (const f of readdirSync(out)) {
    if (!f.endsWith('.js')) continue;
    if (readFileSync(`${out}/${f}`, 'utf8').includes('webpackMissingModule')) {
      console.error(`build: ${out}/${f} contains webpackMissingModule: a module failed to bundle`);
      process.exit(1);
    }
  }
  console.log(`build: ${out}/index.js`);
}
