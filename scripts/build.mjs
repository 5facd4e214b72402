// Bundles each entry point with @vercel/ncc into dist/<entry>/index.js.
// Deterministic: no source maps, no timestamps, so CI can diff dist/ against a fresh build.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, readdirSync, readFileSync } from 'node:fs';

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
  execFileSync('npx', ['ncc', 'build', src, '-o', out, '-q', '--target', 'es2022'], { stdio: 'inherit' });
  for (const f of readdirSync(out)) {
    if (!f.endsWith('.js')) continue;
    if (readFileSync(`${out}/${f}`, 'utf8').includes('webpackMissingModule')) {
      console.error(`build: ${out}/${f} contains webpackMissingModule: a module failed to bundle`);
      process.exit(1);
    }
  }
  console.log(`build: ${out}/index.js`);
}
