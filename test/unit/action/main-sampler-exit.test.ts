import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

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

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
});

describe('runMain when the sampler exits at start-up', () => {
  it("warns in the main step with the sampler's own reason, and does not fail the job", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-main-'));
    const state = join(dir, 'state');
    writeFileSync(state, '');
    Object.assign(process.env, { RUNNER_TEMP: dir, GITHUB_STATE: state, GITHUB_JOB: 'test' });
    const { runMain } = await import('../../../src/action/main-impl');
    const out: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    try {
      await runMain(process.env);
    } finally {
      write.mockRestore();
    }
    expect(process.exitCode ?? 0).toBe(0);
    expect(out.join('')).toMatch(
      /::warning::carbon-action: the sampler exited at start-up \(exit code 2\): carbon-action sampler: --interval-ms: "100\.4" is not a whole number.*this job is not metered/,
    );
  });
});
