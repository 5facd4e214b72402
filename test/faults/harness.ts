// Shared set-up of the fault-injection suite: the bundled action (dist/) run as the runner
// runs it (test/e2e/runner.ts), against loopback fakes whose faults each scenario sets.
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { fakeJob, fakeStepsSpanning } from '../fakes/github-fake';
import type { Fakes } from '../fakes/fakes-each-test';
import {
  busy,
  hostileName,
  injectedCommandLines as injectedFrom,
  makeJob,
  runMainStep,
  runPostStep,
  sleep,
  state,
  type Job,
  type JobSetup,
  type StepResult,
} from '../e2e/runner';

export const OWNER = 'octo';
export const REPO = 'widgets';

export { fakesEachTest, startFakes, stopFakes, type Fakes } from '../fakes/fakes-each-test';

let nextRunId = 7000;

export function setup(f: Fakes, partial: Partial<JobSetup> & Pick<JobSetup, 'event' | 'branch'>): JobSetup {
  return {
    githubUrl: f.github.url,
    cacheEnv: f.cache.env,
    runId: nextRunId++,
    ...(partial.event === 'pull_request' ? { baseBranch: 'main', prNumber: 7 } : {}),
    ...partial,
  };
}

export async function waitForSamples(file: string | undefined, lines: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (file && existsSync(file) && readFileSync(file, 'utf8').split('\n').filter(Boolean).length >= lines) return;
    await sleep(50);
  }
  throw new Error(`the sampler wrote fewer than ${lines} lines to ${file} in ${timeoutMs} ms`);
}

export interface JobRun {
  job: Job;
  main: StepResult;
  post: StepResult;
}

/** main → some work → (a fault) → post, like a job. `expectSamples: false` when main cannot start metering. */
export async function runJob(
  f: Fakes,
  s: JobSetup,
  opts: {
    between?: (job: Job) => Promise<void> | void;
    displayName?: string;
    expectSamples?: boolean;
    beforeMain?: (job: Job) => void;
  } = {},
): Promise<JobRun> {
  const job = makeJob(s);
  opts.beforeMain?.(job);
  const startMs = Date.now();
  const main = await runMainStep(job);
  expect(main.code, main.stdout + main.stderr).toBe(0);
  busy(400);
  if (opts.expectSamples !== false) await waitForSamples(state(job)['samples-file'], 3);
  if (opts.between) await opts.between(job);
  const span = Math.max(300, Date.now() - startMs);
  const names = ['Set up job', 'carbon-action', 'Run tests'];
  f.github.state.setJobs(OWNER, REPO, s.runId, s.attempt ?? 1, [
    fakeJob({
      id: 9000 + s.runId,
      name: hostileName(s, opts.displayName ?? s.job ?? 'test'),
      run_id: s.runId,
      runner_name: s.runnerName ?? 'GitHub Actions 7',
      steps: fakeStepsSpanning(
        names.map((name) => hostileName(s, name)),
        startMs,
        span,
      ),
    }),
  ]);
  const post = await runPostStep(job);
  return { job, main, post };
}

/** Workflow-command lines in a step's output that the action did not issue (the rule lives in ../e2e/runner). */
export function injectedCommandLines(job: Job, ...outputs: string[]): string[] {
  return injectedFrom(outputs, job.env);
}

export const annotations = (r: StepResult, level: 'warning' | 'error' | 'notice'): string[] =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${level}`))
    .map((l) => decodeURIComponent(l.replace(/%(?![0-9A-F]{2})/g, '%25')));
