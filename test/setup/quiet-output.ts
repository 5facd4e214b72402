// A passing suite prints nothing of its own. @actions/core, @actions/cache and @actions/exec
// write ::debug:: lines, cache warnings and tar output straight to process.stdout/stderr
// (not through console, which vitest already handles), so those writes are held per test
// and printed only when that test fails, under its name. Nothing is hidden from a failure.
import { afterEach, beforeEach } from 'vitest';

type Write = typeof process.stdout.write;
const realOut: Write = process.stdout.write.bind(process.stdout);
const realErr: Write = process.stderr.write.bind(process.stderr);
let held: string[] = [];

const holder = (stream: 'stdout' | 'stderr'): Write =>
  ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    held.push(`[${stream}] ${typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')}`);
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  }) as Write;

if (process.env.CARBON_TEST_VERBOSE !== '1') {
  beforeEach((ctx) => {
    held = [];
    process.stdout.write = holder('stdout');
    process.stderr.write = holder('stderr');
    ctx.onTestFailed(() => {
      const text = held.join('');
      if (text) realErr(`\n--- output of the failed test "${ctx.task.name}" ---\n${text}--- end of output ---\n`);
    });
  });

  afterEach(() => {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
  });
}
