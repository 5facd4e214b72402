// The main step run in-process, as the runner would start it, for tests that mock node:child_process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, vi } from 'vitest';

/** Puts process.env and process.exitCode back after each test of the calling file. */
export function restoreProcessAfterEach(): void {
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    process.exitCode = undefined;
  });
}

/**
 * Runs runMain with a fresh RUNNER_TEMP and GITHUB_STATE file and returns what it wrote to stdout (the workflow
 * commands). `settle` runs before stdout is given back, for events the step handles after it returns.
 */
export async function runMainInTemp(settle: () => Promise<void> = async () => {}): Promise<string> {
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
    await settle();
  } finally {
    write.mockRestore();
  }
  return out.join('');
}
