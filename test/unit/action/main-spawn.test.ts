import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// A sampler that cannot be spawned (EAGAIN, ENOMEM, a vanished cwd) is reported by Node as an
// 'error' event after spawn() returns; unhandled, it would crash the main step and fail the job.
vi.mock('node:child_process', () => ({
  spawn: () => {
    const child = Object.assign(new EventEmitter(), { pid: undefined, unref: () => undefined });
    process.nextTick(() => child.emit('error', Object.assign(new Error('spawn EAGAIN'), { code: 'EAGAIN' })));
    return child;
  },
}));

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
});

describe('runMain when the sampler cannot be spawned', () => {
  it('warns instead of crashing on the child process error event', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-main-'));
    const state = join(dir, 'state');
    writeFileSync(state, '');
    Object.assign(process.env, { RUNNER_TEMP: dir, GITHUB_STATE: state, GITHUB_JOB: 'test' });
    const { runMain } = await import('../../../src/action/main-impl');
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.prependListener('uncaughtException', onUncaught);
    const out: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    try {
      await runMain(process.env);
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      write.mockRestore();
      process.off('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([]);
    expect(process.exitCode ?? 0).toBe(0);
    expect(out.join('')).toMatch(/::warning::carbon-action: .*sampler.*EAGAIN/);
  });
});
