// The package as npm (and `npx github:carbon-action/carbon-action`) installs it: everything
// dist/ needs is bundled, so the packed CLI must run with no node_modules at all, and the
// package must declare no runtime dependency that an install would pull.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './runner';

describe('the packed package', () => {
  it('declares no runtime dependency, packs dist/, data/ and action.yml, and its CLI runs with no node_modules', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ 'carbon-action': 'dist/cli/index.js' });

    const dir = mkdtempSync(join(tmpdir(), 'carbon-pack-'));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
    const [{ filename, files }] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    const paths = files.map((f) => f.path);
    for (const needed of [
      'dist/cli/index.js',
      'dist/main/index.js',
      'dist/post/index.js',
      'dist/sampler/index.js',
      'data/SOURCES.md',
      'action.yml',
      'README.md',
      'package.json',
    ]) {
      expect(paths, needed).toContain(needed);
    }
    expect(paths.some((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('node_modules/'))).toBe(
      false,
    );

    execFileSync('tar', ['xzf', join(dir, filename)], { cwd: dir });
    expect(readdirSync(dir).sort()).toEqual(['package', filename].sort());
    // Nowhere above the extracted package is a node_modules it could borrow from.
    for (let up = join(dir, 'package'); up !== '/'; up = join(up, '..'))
      expect(existsSync(join(up, 'node_modules')), up).toBe(false);
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, CARBON_ACTION_NO_METADATA: '1', NODE_PATH: '' };
    const cli = join(dir, 'package', 'dist', 'cli', 'index.js');
    expect(execFileSync(process.execPath, [cli, '--version'], { cwd: dir, env, encoding: 'utf8' }).trim()).toBe(
      pkg.version,
    );
    const report = join(dir, 'r.json');
    execFileSync(
      process.execPath,
      [
        cli,
        'measure',
        '--quiet',
        '--region',
        'country:FR',
        '--json',
        report,
        '--',
        process.execPath,
        '-e',
        'let x=0; for (let i=0; i<2e7; i++) x+=i',
      ],
      { cwd: dir, env, stdio: 'pipe' },
    );
    const r = JSON.parse(readFileSync(report, 'utf8'));
    expect(r.energyWh.total).toBeGreaterThan(0);
    expect(r.intensity.region).toBe('country:FR');
  }, 120_000);
});
