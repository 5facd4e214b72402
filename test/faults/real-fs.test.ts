// Fault injection on real file systems: RUNNER_TEMP on a read-only tmpfs, turned read-only mid-job, and on a small
// tmpfs that fills up. The kernel gives the errors (EROFS, ENOSPC), not a stand-in (local.test.ts keeps those:
// EISDIR, a /proc path, /dev/full). Needs mount(2); where that is impossible every test here is skipped and the
// reason printed. Each checks what the user sees, the exit code, and the post step's wall time.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outputs, summary, type Job } from '../e2e/runner';
import { annotations, fakesEachTest, runJob, setup, type Fakes } from './harness';
import { fillUp, makeReadOnly, mountTmpfs, probeMounting, unmountAll } from './mounts';

vi.setConfig({ testTimeout: 120_000 });

const probe = probeMounting();
if (!probe.ok) {
  console.warn(
    `\n*** test/faults/real-fs.test.ts SKIPPED: ${probe.reason}.\n` +
      '*** Read-only and full RUNNER_TEMP are then covered only by the approximations in test/faults/local.test.ts.\n',
  );
}

const SLACK_MS = 30_000;

let f: Fakes;
const mounted: string[] = [];
fakesEachTest((fakes) => (f = fakes));
afterEach(() => {
  for (const dir of mounted.splice(0)) unmountAll(dir);
});

function mount(job: Job, opts: { sizeKiB: number; readOnly?: boolean }): void {
  mountTmpfs(job.env.RUNNER_TEMP, opts);
  mounted.push(job.env.RUNNER_TEMP);
}

/** The job summary with Markdown's backslash escapes taken out, to match the words the user reads. */
const summaryText = (job: Job): string => summary(job).replace(/\\(.)/g, '$1');

/** Report files (whole or temporary) left in RUNNER_TEMP/carbon-action. */
function reportFiles(job: Job): string[] {
  const dir = join(job.env.RUNNER_TEMP, 'carbon-action');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith('report-')) : [];
}

const TITLE = 'real file-system faults under RUNNER_TEMP (mount(2))';
describe.skipIf(!probe.ok)(probe.ok ? TITLE : `${TITLE}: SKIPPED, ${probe.reason}`, () => {
  it.each([
    ['false', 0, 'warning', /the budget \(budget\) was NOT checked: this job was not metered: .*read-only file system/],
    [
      'true',
      1,
      'error',
      /the budget \(budget\) could not be checked: .*read-only file system.*fail-on-missing-data is true/,
    ],
  ] as const)(
    'read-only RUNNER_TEMP from the start, fail-on-missing-data: %s → exit %i; "read-only" in the log and summary',
    async (failOnMissing, code, level, words) => {
      const s = setup(f, {
        event: 'push',
        branch: 'main',
        inputs: { budget: '1 g', 'fail-on-missing-data': failOnMissing },
      });
      const { job, main, post } = await runJob(f, s, {
        expectSamples: false,
        beforeMain: (j) => mount(j, { sizeKiB: 1024, readOnly: true }),
      });
      expect(annotations(main, 'warning').join('\n')).toMatch(
        /could not start metering: could not create .*: read-only file system \(EROFS\) \(RUNNER_TEMP must be writable\)/,
      );
      expect(post.code, post.stdout + post.stderr).toBe(code);
      expect(annotations(post, level).join('\n')).toMatch(words);
      expect(summaryText(job)).toMatch(/not metered/);
      expect(summaryText(job)).toMatch(/read-only file system/);
      expect(post.durationMs).toBeLessThan(SLACK_MS);
    },
  );

  it('RUNNER_TEMP turns read-only mid-job: no report file, but the summary, outputs and a 0.000001 g budget apply (exit 1)', async () => {
    const s = setup(f, { event: 'push', branch: 'main', inputs: { budget: '0.000001 g' } });
    const { job, post } = await runJob(f, s, {
      beforeMain: (j) => mount(j, { sizeKiB: 4096 }),
      // The sampler keeps writing through the file it holds open; new writes by path are refused.
      between: (j) => makeReadOnly(j.env.RUNNER_TEMP),
    });
    expect(post.code, post.stdout + post.stderr).toBe(1);
    expect(outputs(job)['budget-exceeded']).toBe('true');
    expect(outputs(job)['report-path']).toBe('');
    expect(Number(outputs(job)['co2e-g'])).toBeGreaterThan(0);
    const warnings = annotations(post, 'warning').join('\n');
    expect(warnings).toMatch(/could not write the JSON report .*: read-only file system \(EROFS\)/);
    expect(warnings).not.toMatch(/\n\s+at /);
    expect(summaryText(job)).toMatch(/JSON report was not written: .*read-only file system/);
    expect(annotations(post, 'error').join('\n')).toMatch(/CO2e budget exceeded/);
    expect(reportFiles(job)).toEqual([]);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it('RUNNER_TEMP fills up mid-job (ENOSPC): no partial report; summary, outputs and a 0.000001 g budget apply (exit 1)', async () => {
    const s = setup(f, { event: 'push', branch: 'main', inputs: { budget: '0.000001 g' } });
    const { job, post } = await runJob(f, s, {
      beforeMain: (j) => mount(j, { sizeKiB: 2048 }),
      between: (j) => void fillUp(j.env.RUNNER_TEMP),
    });
    expect(post.code, post.stdout + post.stderr).toBe(1);
    expect(outputs(job)['budget-exceeded']).toBe('true');
    expect(outputs(job)['report-path']).toBe('');
    expect(Number(outputs(job)['co2e-g'])).toBeGreaterThan(0);
    expect(annotations(post, 'warning').join('\n')).toMatch(
      /could not write the JSON report .*: no space left on the device \(disk full\) \(ENOSPC\)/,
    );
    expect(summaryText(job)).toMatch(/JSON report was not written: .*no space left/);
    // Once, though the results are written before and after the network phase (it was repeated).
    expect(summaryText(job).match(/JSON report was not written/g)).toHaveLength(1);
    expect(annotations(post, 'error').join('\n')).toMatch(/CO2e budget exceeded/);
    // Written whole or not at all: neither a 0-byte report nor its temporary file is left.
    expect(reportFiles(job)).toEqual([]);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });

  it('a full RUNNER_TEMP after metering is not missing data: fail-on-missing-data: true passes a met budget', async () => {
    const s = setup(f, {
      event: 'push',
      branch: 'main',
      inputs: { budget: '1000 kg', 'fail-on-missing-data': 'true' },
    });
    const { job, post } = await runJob(f, s, {
      beforeMain: (j) => mount(j, { sizeKiB: 2048 }),
      between: (j) => void fillUp(j.env.RUNNER_TEMP),
    });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(outputs(job)['budget-exceeded']).toBe('false');
    expect(annotations(post, 'notice').join('\n')).toMatch(/CO2e budget met/);
    expect(annotations(post, 'warning').join('\n')).toMatch(/no space left on the device/);
  });

  it('RUNNER_TEMP full before the job starts: the main step says "no space left"; the budget is said to be unchecked', async () => {
    const s = setup(f, { event: 'push', branch: 'main', inputs: { budget: '1 g' } });
    const { job, main, post } = await runJob(f, s, {
      expectSamples: false,
      beforeMain: (j) => {
        mount(j, { sizeKiB: 512 });
        fillUp(j.env.RUNNER_TEMP);
      },
    });
    expect(annotations(main, 'warning').join('\n')).toMatch(
      /could not start metering: could not write in .*: no space left on the device \(disk full\) \(ENOSPC\)/,
    );
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(annotations(post, 'warning').join('\n')).toMatch(
      /the budget \(budget\) was NOT checked: this job was not metered: .*no space left on the device/,
    );
    expect(summaryText(job)).toMatch(/not metered: .*no space left on the device/);
    expect(post.durationMs).toBeLessThan(SLACK_MS);
  });
});
