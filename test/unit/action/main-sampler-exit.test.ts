import { EventEmitter } from 'node:events';
import { writeSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { restoreProcessAfterEach, runMainInTemp } from './run-main-in-temp';

// A sampler that refuses its arguments writes why to sampler.log (its stdout/stderr) and
// exits 2, as sampler-entry.ts does; the main step must turn that into a warning.
vi.mock('node:child_process', () => ({
  spawn: (_cmd: string, _args: string[], opts: { stdio: [unknown, number, number] }) => {
    const child = Object.assign(new EventEmitter(), { pid: 4242, unref: () => undefined });
    writeSync(
      opts.stdio[2],
      'carbon-action sampler: --interval-ms: "100.4" is not a whole number of milliseconds; usage: sampler ...\n',
    );
    setTimeout(() => child.emit('exit', 2, null), 30);
    return child;
  },
}));

restoreProcessAfterEach();

describe('runMain when the sampler exits at start-up', () => {
  it("warns in the main step with the sampler's own reason, and does not fail the job", async () => {
    const out = await runMainInTemp();
    expect(process.exitCode ?? 0).toBe(0);
    expect(out).toMatch(
      /::warning::carbon-action: the sampler exited at start-up \(exit code 2\): carbon-action sampler: --interval-ms: "100\.4" is not a whole number.*this job is not metered/,
    );
  });
});
