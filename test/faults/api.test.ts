// Fault injection, GitHub API and cache service: the bundled action against loopback fakes
// that fail on purpose. Each scenario checks what the user sees (summary, outputs,
// annotations), the exit code, and the post step's wall time against a stated bound.
// Bounds are generous: the suite runs on a loaded 2-core VM.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// A scenario runs main, work and post, and some wait out a timeout on purpose.
vi.setConfig({ testTimeout: 120_000 });
import { outputs, summary } from '../e2e/runner';
import { annotations, fakesEachTest, runJob, setup, type Fakes } from './harness';

let f: Fakes;
fakesEachTest((fakes) => (f = fakes));

const TOKEN = 'ghs_faketoken0123456789'; // the runner's default in test/e2e/runner.ts
/** Loaded-VM slack on top of a step's own waits (process start, estimate, summary). */
const SLACK_MS = 30_000;

describe('GitHub API faults', () => {
  it('500 forever: warnings, the totals stand, exit 0, within the 15 s timeout', async () => {
    f.github.state.faults.failNext = { count: 10_000, status: 500 };
    const { job, post } = await runJob(
      f,
      setup(f, { event: 'pull_request', branch: 'feature/a', inputs: { timeout: '15s' } }),
    );
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(Number(outputs(job)['co2e-g'])).toBeGreaterThan(0);
    expect(summary(job)).toContain('CO2e');
    expect(annotations(post, 'warning').join('\n')).toMatch(/per-step energy unavailable: .*HTTP 500/);
    // Each call: 1 s + 4 s of retry waits; the deadline caps the rest.
    expect(post.durationMs).toBeLessThan(15_000 + SLACK_MS);
  });

  it.each([
    [401, /HTTP 401/],
    [403, /HTTP 403/],
    [404, /HTTP 404/],
  ])('%i on every call: a warning naming the status, no retries, exit 0, quick', async (status, words) => {
    f.github.state.faults.failNext = { count: 10_000, status };
    const { job, post } = await runJob(f, setup(f, { event: 'pull_request', branch: 'feature/b' }));
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(outputs(job)['energy-wh']).toMatch(/^\d+\.\d{6}$/);
    expect(annotations(post, 'warning').join('\n')).toMatch(words);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it('a token echoed in an API error reaches neither the summary nor the log, in any form', async () => {
    f.github.state.faults.failNext = { count: 10_000, status: 401, message: 'Bad credentials: {token}' };
    const { job, post } = await runJob(f, setup(f, { event: 'pull_request', branch: 'feature/t' }));
    expect(post.code).toBe(0);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
    const everything = summary(job) + post.stdout + post.stderr;
    expect(everything).toContain('Bad credentials');
    for (const form of [
      TOKEN,
      TOKEN.replace(/_/g, '\\_'),
      encodeURIComponent(TOKEN),
      Buffer.from(TOKEN).toString('base64'),
      'faketoken0123456789',
    ]) {
      expect(everything).not.toContain(form);
    }
  });

  it('slow answers (10 s each): the 10 s timeout cuts the network phase; totals and gate stand', async () => {
    f.github.state.faults.latencyMs = 10_000;
    const { job, post } = await runJob(
      f,
      setup(f, { event: 'pull_request', branch: 'feature/c', inputs: { timeout: '10s', budget: '1000 kg' } }),
    );
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(annotations(post, 'warning').join('\n')).toMatch(/reached its 10 s deadline/);
    expect(outputs(job)['budget-exceeded']).toBe('false');
    expect(summary(job)).toMatch(/deadline/);
    expect(post.durationMs).toBeLessThan(10_000 + SLACK_MS);
  });

  it('malformed JSON: a warning, exit 0', async () => {
    f.github.state.faults.malformedJsonNext = 10_000;
    const { job, post } = await runJob(f, setup(f, { event: 'pull_request', branch: 'feature/d' }));
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(Number(outputs(job)['co2e-g'])).toBeGreaterThan(0);
    expect(annotations(post, 'warning').length).toBeGreaterThan(0);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it('a blown budget still fails the job while the API answers 500', async () => {
    f.github.state.faults.failNext = { count: 10_000, status: 500 };
    const { job, post } = await runJob(
      f,
      setup(f, { event: 'pull_request', branch: 'feature/e', inputs: { budget: '0.000001 g', timeout: '10s' } }),
    );
    expect(post.code).toBe(1);
    expect(outputs(job)['budget-exceeded']).toBe('true');
    expect(annotations(post, 'error').join('\n')).toMatch(/CO2e budget exceeded/);
    expect(post.durationMs).toBeLessThan(10_000 + SLACK_MS);
  });
});

describe('cache service faults', () => {
  it('down: one timeout, not two or three; said as an outage, not "no baseline yet"', async () => {
    f.cache.state.faults.mode = 'unavailable';
    const { job, post } = await runJob(f, setup(f, { event: 'push', branch: 'main' }));
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(summary(job)).toMatch(/could not be reached/);
    expect(summary(job)).not.toMatch(/no baseline yet/);
    expect(annotations(post, 'warning').join('\n')).toMatch(
      /history not saved: .*could not be reached earlier in this step/,
    );
    // One 20 s cache timeout at most (it was 2-3 before: compare, save).
    expect(post.durationMs).toBeLessThan(20_000 + SLACK_MS);
  });

  it('slow (30 s per answer): the 10 s timeout bounds the step', async () => {
    f.cache.state.faults.latencyMs = 30_000;
    const { job, post } = await runJob(f, setup(f, { event: 'push', branch: 'main', inputs: { timeout: '10s' } }));
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(Number(outputs(job)['co2e-g'])).toBeGreaterThan(0);
    expect(annotations(post, 'warning').join('\n'), post.stdout).toMatch(/deadline/);
    expect(post.durationMs).toBeLessThan(10_000 + SLACK_MS);
  });

  it('corrupt: the baseline is missing with a reason; exit 0', async () => {
    const first = await runJob(f, setup(f, { event: 'push', branch: 'main' }));
    expect(first.post.code).toBe(0);
    f.cache.state.faults.mode = 'corrupt-download';
    const { job, post } = await runJob(f, setup(f, { event: 'pull_request', branch: 'feature/f' }));
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(outputs(job)['baseline-co2e-g']).toBe('');
    expect(JSON.parse(readFileSync(outputs(job)['report-path'], 'utf8')).energyWh.total).toBeGreaterThan(0);
    expect(summary(job)).toMatch(/no baseline/);
    expect(post.durationMs).toBeLessThan(20_000 + SLACK_MS);
  });
});
