import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { restoreProcessAfterEach, runMainInTemp } from './run-main-in-temp';

// A sampler that cannot be spawned (EAGAIN, ENOMEM, a vanished cwd) is reported by Node as an
// 'error' event after spawn() returns; unhandled, it would crash the main step and fail the job.
vi.mock('node:child_process', () => ({
  spawn: () => {
    const child = Object.assign(new EventEmitter(), { pid: undefined, unref: () => undefined });
    process.nextTick(() => child.emit('error', Object.assign(new Error('spawn EAGAIN'), { code: 'EAGAIN' })));
    return child;
  },
}));

restoreProcessAfterEach();

describe('runMain when the sampler cannot be spawned', () => {
  it('warns instead of crashing on the child process error event', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.prependListener('uncaughtException', onUncaught);
    let out: string;
    try {
      out = await runMainInTemp(() => new Promise((r) => setTimeout(r, 50)));
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([]);
    expect(process.exitCode ?? 0).toBe(0);
    expect(out).toMatch(/::warning::carbon-action: .*sampler.*EAGAIN/);
  });
});
