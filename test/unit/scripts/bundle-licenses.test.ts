import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackageDirs, licenceText } from '../../../scripts/bundle-licenses.mjs';

describe('bundle licences', () => {
  it('finds packages in concatenated modules too (what ncc --license missed), nested and scoped', () => {
    const stats = {
      modules: [
        { name: './src/cli/index.ts + 40 modules', modules: [{ name: './node_modules/commander/esm.mjs' }] },
        { name: './node_modules/cross-spawn/node_modules/which/which.js' },
        { name: 'json|/abs/node_modules/@scope/pkg/data.json' },
        { name: './src/meter/power-model.ts' },
      ],
      chunks: [{ modules: [{ name: './node_modules/commander/lib/command.js' }] }],
    };
    expect(bundledPackageDirs(stats)).toEqual([
      '/abs/node_modules/@scope/pkg',
      'node_modules/commander',
      'node_modules/cross-spawn/node_modules/which',
    ]);
  });

  it('writes each package once, sorted, with its declared licence and its licence file verbatim', () => {
    const root = mkdtempSync(join(tmpdir(), 'licences-'));
    const make = (dir: string, pkg: object, files: Record<string, string>) => {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, 'package.json'), JSON.stringify(pkg));
      for (const [f, t] of Object.entries(files)) writeFileSync(join(root, dir, f), t);
    };
    make('node_modules/zeta', { name: 'zeta', version: '1.0.0', license: 'MIT' }, { LICENSE: 'MIT text\n' });
    make('node_modules/alpha', { name: 'alpha', version: '2.1.0', license: { type: 'ISC' } }, {});
    make('other/node_modules/zeta', { name: 'zeta', version: '1.0.0', license: 'MIT' }, { LICENSE: 'MIT text' });
    const text = licenceText(['node_modules/zeta', 'node_modules/alpha', 'other/node_modules/zeta', 'gone'], root);
    expect(text).toBe(
      'alpha@2.1.0\n\nLicense: ISC\n\n(no licence file in the package)\n\n' +
        '-'.repeat(72) +
        '\n\nzeta@1.0.0\n\nLicense: MIT\n\nMIT text\n',
    );
  });
});
