// Fault injection, the runner's machine: full or unwritable disks, a killed sampler,
// garbage and huge samples files, hostile and huge names. Each scenario checks what the
// user sees, the exit code and the post step's wall time (generous bounds: loaded 2-core VM).
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A scenario runs main, work and post, and some wait out a timeout on purpose.
vi.setConfig({ testTimeout: 120_000 });
import { outputs, state, summary } from '../e2e/runner';
import { annotations, injectedCommandLines, OWNER, REPO, runJob, setup, fakesEachTest, type Fakes } from './harness';

let f: Fakes;
fakesEachTest((fakes) => (f = fakes));

const SLACK_MS = 30_000;

describe('disk faults', () => {
  it('the JSON report cannot be written: summary, outputs and a 0.000001 g budget still apply (exit 1), no partial file', async () => {
    const s = setup(f, { event: 'push', branch: 'main', inputs: { budget: '0.000001 g' } });
    const { job, post } = await runJob(f, s, {
      // A directory where the report goes: the write fails as it would on a full disk.
      between: (j) =>
        void mkdirSync(join(j.env.RUNNER_TEMP, 'carbon-action', `report-test-${s.runId}-1.json`), { recursive: true }),
    });
    expect(post.code, post.stdout + post.stderr).toBe(1);
    expect(outputs(job)['budget-exceeded']).toBe('true');
    expect(outputs(job)['report-path']).toBe('');
    expect(Number(outputs(job)['co2e-g'])).toBeGreaterThan(0);
    expect(summary(job)).toMatch(/JSON report was not written/);
    const warnings = annotations(post, 'warning').join('\n');
    expect(warnings).toMatch(/could not write the JSON report .*a directory is in the way \(EISDIR\)/);
    expect(warnings).not.toMatch(/\n\s+at /);
    expect(annotations(post, 'error').join('\n')).toMatch(/CO2e budget exceeded/);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it('disk full under the job summary (ENOSPC): outputs and the gate still apply', async () => {
    const s = setup(f, {
      event: 'push',
      branch: 'main',
      inputs: { budget: '0.000001 g' },
      extraEnv: { GITHUB_STEP_SUMMARY: '/dev/full' },
    });
    const { job, post } = await runJob(f, s);
    expect(post.code, post.stdout + post.stderr).toBe(1);
    expect(outputs(job)['budget-exceeded']).toBe('true');
    expect(existsSync(outputs(job)['report-path'])).toBe(true);
    expect(annotations(post, 'warning').join('\n')).toMatch(
      /could not write the job summary \/dev\/full: no space left on the device \(disk full\) \(ENOSPC\)/,
    );
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it.each([
    ['false', 0, /budget \(budget\) was NOT checked: this job was not metered/],
    ['true', 1, /budget \(budget\) could not be checked: .*fail-on-missing-data is true/],
  ])(
    'unwritable RUNNER_TEMP with a budget, fail-on-missing-data: %s → exit %i, said loudly',
    async (failOnMissing, code, words) => {
      const s = setup(f, {
        event: 'push',
        branch: 'main',
        inputs: { budget: '1 g', 'fail-on-missing-data': failOnMissing },
        // procfs refuses every mkdir: nothing can be written under it (as a read-only RUNNER_TEMP).
        extraEnv: { RUNNER_TEMP: '/proc/carbon-action-unwritable' },
      });
      const { job, main, post } = await runJob(f, s, { expectSamples: false });
      expect(annotations(main, 'warning').join('\n')).toMatch(/could not start metering/);
      expect(post.code, post.stdout + post.stderr).toBe(code);
      const level = code === 1 ? 'error' : 'warning';
      expect(annotations(post, level).join('\n')).toMatch(words);
      expect(summary(job)).toMatch(/was NOT checked|could not be checked/);
      expect(summary(job)).toMatch(/not metered/);
      // The summary carries the main step's reason, not only "see its warning".
      expect(summary(job).replace(/\\(.)/g, '$1')).toMatch(
        /could not start metering: could not create \/proc\/carbon-action-unwritable/,
      );
      expect(post.durationMs).toBeLessThan(SLACK_MS);
    },
  );

  it('history-path under /proc fails at once instead of hanging in mkdir', async () => {
    const { job, post } = await runJob(
      f,
      setup(f, { event: 'push', branch: 'main', inputs: { 'history-path': '/proc/x/y' } }),
    );
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(annotations(post, 'warning').join('\n')).toMatch(
      /history not saved: could not write history \/proc\/x\/y\//,
    );
    expect(Number(outputs(job)['co2e-g'])).toBeGreaterThan(0);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });
});

describe('sampler and samples faults', () => {
  it('a sampler killed mid-job: an annotation, not only a line in the summary', async () => {
    const { job, post } = await runJob(f, setup(f, { event: 'push', branch: 'main' }), {
      between: (j) => void process.kill(Number(state(j)['sampler-pid']), 'SIGKILL'),
    });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(annotations(post, 'warning').join('\n')).toMatch(/sampler was not running when the job ended/);
    expect(summary(job)).toMatch(/sampler was not running/);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it('garbage samples: exit 0 and a warning; with a budget, the budget is said to be unchecked', async () => {
    const { post } = await runJob(f, setup(f, { event: 'push', branch: 'main', inputs: { budget: '1 g' } }), {
      between: (j) => {
        process.kill(Number(state(j)['sampler-pid']), 'SIGKILL');
        writeFileSync(state(j)['samples-file'], '\u0000\u0001garbage\n{"type":\n[[[\n'.repeat(1000));
      },
    });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    // An estimate of 0 Wh from no samples must not pass the budget: it is missing data.
    expect(annotations(post, 'warning').join('\n')).toMatch(
      /the budget \(budget\) was NOT checked: this job was not metered: the samples file holds 0 usable samples/,
    );
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it('garbage samples with fail-on-missing-data: true fail the step', async () => {
    const { job, post } = await runJob(
      f,
      setup(f, { event: 'push', branch: 'main', inputs: { budget: '1 g', 'fail-on-missing-data': 'true' } }),
      {
        between: (j) => {
          process.kill(Number(state(j)['sampler-pid']), 'SIGKILL');
          writeFileSync(state(j)['samples-file'], '\u0000\u0001garbage\n{"type":\n[[[\n'.repeat(1000));
        },
      },
    );
    expect(post.code, post.stdout + post.stderr).toBe(1);
    expect(post.stdout + post.stderr).toMatch(
      /could not be checked: this job was not metered: the samples file holds 0 usable samples/,
    );
    expect(summary(job)).toMatch(/could not be checked/);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it('a 64 MB samples line with no newline: skipped and counted, the post step ends in time', async () => {
    const { job, post } = await runJob(f, setup(f, { event: 'push', branch: 'main' }), {
      between: (j) => {
        process.kill(Number(state(j)['sampler-pid']), 'SIGSTOP');
        appendFileSync(state(j)['samples-file'], 'x'.repeat(64 * 1024 * 1024));
        process.kill(Number(state(j)['sampler-pid']), 'SIGCONT');
      },
    });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    const report = JSON.parse(readFileSync(outputs(job)['report-path'], 'utf8'));
    expect(report.energyWh.total).toBeGreaterThan(0);
    // Before the line cap, 32 MB took 6 s and 128 MB 90 s to parse (issue #11).
    expect(post.durationMs).toBeLessThan(20_000 + SLACK_MS);
  }, 90_000);

  it('sample-interval 100.4ms is metered (rounded to 100 ms), not silently dropped', async () => {
    const { job, post } = await runJob(
      f,
      setup(f, { event: 'push', branch: 'main', inputs: { 'sample-interval': '100.4ms' } }),
    );
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(Number(outputs(job)['energy-wh'])).toBeGreaterThan(0);
    expect(summary(job)).toContain('CO2e');
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });
});

describe('hostile and huge names', () => {
  const HOSTILE =
    'x\n::error::pwned by the job name\n::warning title=owned::pwned\r\n::add-mask::zzz\n::stop-commands::tok';

  it('no stdout line from main or post is a workflow command the action did not issue', async () => {
    const s = setup(f, {
      event: 'pull_request',
      branch: 'feature/\n::error::branch',
      workflow: `CI ${HOSTILE}`,
      inputs: { 'comment-scope': 'run' },
    });
    const { job, main, post } = await runJob(f, s, { displayName: `test ${HOSTILE} (ubuntu, 20)` });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(injectedCommandLines(job, main.stdout, main.stderr, post.stdout, post.stderr)).toEqual([]);
    expect(f.github.state.listComments(OWNER, REPO, 7)).toHaveLength(1);
    expect(summary(job)).toContain('CO2e');
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it('a 10,000-character workflow and job name and a 300-character GITHUB_JOB: the step runs, markers stay short', async () => {
    const long = 'n'.repeat(10_000);
    const s = setup(f, {
      event: 'pull_request',
      branch: 'feature/long',
      workflow: long,
      job: 'j'.repeat(300),
      inputs: { 'comment-scope': 'run' },
    });
    const { post } = await runJob(f, s, { displayName: long });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    const body = f.github.state.listComments(OWNER, REPO, 7)[0].body;
    const markers = body.match(/<!--[^]*?-->/g) ?? [];
    expect(markers.length).toBeGreaterThan(0);
    // Each name in a marker is cut to 100 characters plus a hash; the run payload carries several (runner.ts's hostile
    // tail, JSON-escaped, makes each longer), and a 10,000-character name would make one marker over 10,000.
    for (const m of markers) expect(m.length).toBeLessThan(2_000);
    expect(body.length).toBeLessThan(20_000);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });
});
