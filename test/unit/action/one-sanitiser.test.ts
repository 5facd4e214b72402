// Issue #11: every untrusted string that reaches stdout or stderr goes through one sanitiser. The action's modules
// log through src/action/log.ts (sanitise + redact); only it and the two entry points' last-resort catch (which
// sanitise their one message themselves) may import @actions/core directly.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));
const ALLOWED = ['action/log.ts', 'action/main.ts', 'action/post.ts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

it('no module but log.ts and the entry points imports @actions/core', () => {
  const direct = files(SRC)
    .filter((f) => /from '@actions\/core'/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(SRC, f).split('\\').join('/'));
  expect(direct.filter((f) => !ALLOWED.includes(f))).toEqual([]);
});
