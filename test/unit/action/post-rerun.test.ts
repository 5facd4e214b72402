import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPost } from '../../../src/action/post-impl';
import { serialiseHistory } from '../../../src/baseline/history-file';
import { historyFileName } from '../../../src/baseline/history-key';
import { makeReport } from '../../fixtures/report';
import { headerRecord } from '../../fixtures/samples';

// The post step, run in-process on a hand-written samples file, with the history in a
// directory (history-path) and no token: nothing here touches the network.

let dir: string;
let savedEnv: NodeJS.ProcessEnv;

function samplesFile(): string {
  const file = join(dir, 'samples.jsonl');
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

function outputs(file: string): Record<string, string> {
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

beforeEach(() => {
  savedEnv = { ...process.env };
  dir = mkdtempSync(join(tmpdir(), 'carbon-post-'));
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('the post step on a re-run of a push run', () => {
  it("does not count its own run's first attempt in the baseline it is judged against", async () => {
    const historyDir = join(dir, 'history');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(historyDir);
    const scope = { os: 'Linux', workflow: 'CI', job: 'test', matrix: null };
    // An earlier run (1 g) and this very run's first attempt (999 g, same commit).
    writeFileSync(
      join(historyDir, historyFileName(scope, 'main')),
      serialiseHistory([
        makeReport({ co2eG: 1, energyWh: 2, runId: '50', runAttempt: '1', endedAt: '2025-03-01T10:00:00.000Z' }),
        makeReport({ co2eG: 999, energyWh: 2000, runId: '100', runAttempt: '1', endedAt: '2025-03-02T10:00:00.000Z' }),
      ]),
    );
    const outputFile = join(dir, 'output');
    writeFileSync(outputFile, '');
    Object.assign(process.env, {
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_STATE: '',
      RUNNER_TEMP: dir,
      RUNNER_OS: 'Linux',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'test',
      GITHUB_RUN_ID: '100',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REPOSITORY: 'o/r',
      CARBON_ACTION_NO_METADATA: '1',
      'STATE_samples-file': samplesFile(),
      'STATE_sampler-pid': '',
      'INPUT_HISTORY-PATH': historyDir,
      'INPUT_CARBON-INTENSITY': '400',
      'INPUT_GITHUB-TOKEN': '',
    });
    delete process.env.GITHUB_EVENT_PATH;
    delete process.env.GITHUB_HEAD_REF;
    delete process.env.GITHUB_BASE_REF;
    await runPost(process.env);
    const out = outputs(outputFile);
    expect(out['baseline-co2e-g']).toBe((1).toFixed(6));
  });
});
