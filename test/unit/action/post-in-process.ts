// The post step run in-process (runPost) on a hand-written samples file: the environment a test sets for it, and
// the step outputs it wrote. Nothing here touches the network; a test that wants GitHub points GITHUB_API_URL at
// the loopback fake.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { headerRecord } from '../../fixtures/samples';

/** A fresh temporary directory for each test of the calling file, and process.env as it was before the test. */
export function postStepEachTest(use: (dir: string) => void): void {
  let dir = '';
  let savedEnv: NodeJS.ProcessEnv = {};
  beforeEach(() => {
    savedEnv = { ...process.env };
    dir = mkdtempSync(join(tmpdir(), 'carbon-post-'));
    use(dir);
  });
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
    Object.assign(process.env, savedEnv);
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
}

/** Two seconds of samples ending now: 0 % then 50 % busy, 1 GB in use. */
export function writeSamplesFile(dir: string, name = 'samples.jsonl'): string {
  const file = join(dir, name);
  const t0 = Date.now() - 2000;
  const header = headerRecord({ startedAt: new Date(t0).toISOString() });
  const lines = [
    header,
    { type: 'sample', t: t0, cpu: { busy: 0, total: 0 }, mem: { usedB: 1e9 } },
    { type: 'sample', t: t0 + 1000, cpu: { busy: 50, total: 100 }, mem: { usedB: 1e9 } },
    { type: 'sample', t: t0 + 2000, cpu: { busy: 100, total: 200 }, mem: { usedB: 1e9 } },
    { type: 'end', t: t0 + 2000, reason: 'signal' },
  ];
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}

/**
 * Sets process.env for one post step in `dir`: its own output and summary files, a fresh samples file, no metadata
 * probe, no state but the samples file; `env` adds or replaces variables (inputs as INPUT_<NAME>). Returns the
 * output file.
 */
export function setPostEnv(dir: string, env: Record<string, string>): string {
  const outputFile = join(dir, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  for (const k of ['GITHUB_EVENT_PATH', 'GITHUB_HEAD_REF', 'GITHUB_BASE_REF', 'GITHUB_API_URL']) delete process.env[k];
  Object.assign(process.env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_STATE: '',
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    CARBON_ACTION_NO_METADATA: '1',
    'STATE_samples-file': writeSamplesFile(dir, `samples-${Math.random().toString(36).slice(2)}.jsonl`),
    'STATE_sampler-pid': '',
    'INPUT_GITHUB-TOKEN': '',
    ...env,
  });
  return outputFile;
}

/** The step outputs a step wrote to its GITHUB_OUTPUT file (name<<delimiter blocks). */
export function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}
