// End-to-end, issue 8: the base branch ran on an AMD EPYC 7763 runner, the PR on an Intel
// Xeon 8370C runner. The bundled action must call the same work "within noise" and still flag
// a heavier one.
//
// Determinism on a loaded 2-core machine: the machine is chosen with CARBON_ACTION_CPUINFO
// (real runner cpuinfo, test/fixtures/meter/cpuinfo/), and the workload is a samples file
// written by the test: after the main step has started the real sampler, the state handed to
// the post step points at a synthetic file with a fixed utilisation profile (/proc/stat-style
// cumulative ticks, one sample a second, ending now). The post step still stops the real
// sampler (SIGTERM to its pid), so nothing else in the path is faked. Other tenants' load on
// this machine therefore cannot move the figures.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../fakes/github-fake';
import { makeJob, outputs, ROOT, runMainStep, runPostStep, state, type JobSetup } from './runner';

const CPUINFO = join(ROOT, 'test', 'fixtures', 'meter', 'cpuinfo');
const EPYC_7763 = join(CPUINFO, 'azure-4vcpu-epyc-7763-handmade.txt');
const XEON_8370C = join(CPUINFO, 'github-4vcpu-xeon-8370c-published.txt');

let github: GitHubFake;
let nextRunId = 700;

beforeEach(async () => {
  github = await startGitHubFake();
});
afterEach(async () => {
  await github.close();
});

/**
 * A CI job's utilisation profile: 5 s near idle (set-up), 20 s busy (tests), 5 s moderate
 * (teardown). `load` scales utilisation (run-to-run jitter), `time` the duration (more work).
 */
function workloadSamples(load: number, time: number): string {
  const phases: [number, number][] = [
    [5, 0.05],
    [20, 0.85],
    [5, 0.3],
  ];
  const TICKS_PER_S = 400; // 4 vCPUs × USER_HZ 100: only the busy ÷ total ratio matters
  const seconds = phases.map(([s]) => Math.round(s * time));
  const n = seconds.reduce((a, b) => a + b, 0);
  const t0 = Date.now() - n * 1000;
  const lines: object[] = [
    {
      type: 'header',
      v: 1,
      startedAt: new Date(t0).toISOString(),
      intervalMs: 1000,
      pid: process.pid,
      platform: 'linux',
      cpuSource: 'proc-stat',
      memTotalB: 16e9,
      rapl: { status: 'absent', reason: 'synthetic workload (test)', domains: [] },
      gpus: { status: 'absent' },
    },
  ];
  let t = t0;
  let busy = 0;
  let total = 0;
  lines.push({ type: 'sample', t, cpu: { busy, total } });
  phases.forEach(([, u], i) => {
    for (let k = 0; k < seconds[i]; k++) {
      t += 1000;
      total += TICKS_PER_S;
      busy += Math.min(1, u * load) * TICKS_PER_S;
      lines.push({ type: 'sample', t, cpu: { busy, total } });
    }
  });
  lines.push({ type: 'end', t, reason: 'signal' });
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

async function runOn(
  cpuinfo: string,
  s: Omit<JobSetup, 'githubUrl' | 'runId'>,
  workload: { load: number; time: number },
) {
  const job = makeJob({
    ...s,
    githubUrl: github.url,
    runId: nextRunId++,
    extraEnv: { CARBON_ACTION_CPUINFO: cpuinfo },
  });
  const main = await runMainStep(job);
  expect(main.code, main.stdout + main.stderr).toBe(0);
  const synthetic = join(job.dir, 'workload.jsonl');
  writeFileSync(synthetic, workloadSamples(workload.load, workload.time));
  // The last value of a name in GITHUB_STATE wins, as on the runner.
  appendFileSync(job.files.state, `samples-file<<EOF_TEST\n${synthetic}\nEOF_TEST\n`);
  expect(state(job)['samples-file']).toBe(synthetic);
  const post = await runPostStep(job);
  const out = outputs(job);
  const report = JSON.parse(readFileSync(out['report-path'], 'utf8'));
  return { job, post, out, report };
}

const comment = (): string => github.state.listComments('octo', 'widgets', 7).at(-1)?.body ?? '';

describe('comparing like with like across hardware (bundled)', () => {
  it(
    'base on EPYC 7763, PR on Xeon 8370C: the same work is within noise, a heavier one is flagged',
    { timeout: 120_000 },
    async () => {
      const history = mkdtempSync(join(tmpdir(), 'carbon-xhw-'));
      // The per-job comment carries the comparison table with its CPU-seconds row (comment-scope: run is the default).
      const inputs = { 'history-path': history, 'max-increase': '10%', 'comment-scope': 'job' };

      const base = [];
      for (const load of [0.97, 1.03, 1]) {
        const b = await runOn(EPYC_7763, { event: 'push', branch: 'main', inputs }, { load, time: 1 });
        expect(b.post.code, b.post.stdout + b.post.stderr).toBe(0);
        expect(b.report.work.machineClass).toEqual({ cpuModel: 'AMD EPYC 7763 64-Core Processor', vcpus: 4 });
        base.push(b.report);
      }
      const baseEnergy = base.map((r) => r.energyWh.total as number);

      // The same work, 1 % busier, on the Intel runner.
      const pr = await runOn(
        XEON_8370C,
        { event: 'pull_request', branch: 'feature', baseBranch: 'main', prNumber: 7, inputs },
        { load: 1.01, time: 1 },
      );
      expect(pr.post.code, pr.post.stdout + pr.post.stderr).toBe(0);
      expect(pr.report.work.machineClass).toEqual({
        cpuModel: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
        vcpus: 4,
      });
      // As recorded, the Intel figure lies outside the EPYC runs' spread: the old comparison would call it a change.
      const raw = pr.report.energyWh.total as number;
      expect(raw < Math.min(...baseEnergy) || raw > Math.max(...baseEnergy)).toBe(true);
      // Like for like, it is noise.
      expect(pr.out['budget-exceeded']).toBe('false');
      expect(Math.abs(Number(pr.out['delta-percent']))).toBeLessThan(3);
      const body = comment();
      expect(body).toMatch(/\| CO2e \|[^\n]*〰️ within noise/);
      expect(body).toMatch(/\| CPU-seconds \|[^\n]*〰️ within noise/);
      expect(body).toMatch(/re\\?-priced on this machine/);
      expect(body).not.toContain('🔺');
      expect(pr.post.stdout).toMatch(/::notice::CO2e increase limit met/);

      // The same profile for 1.5× as long on the Intel runner: really more work.
      const heavy = await runOn(
        XEON_8370C,
        { event: 'pull_request', branch: 'feature', baseBranch: 'main', prNumber: 7, inputs },
        { load: 1, time: 1.5 },
      );
      expect(heavy.out['budget-exceeded']).toBe('true');
      expect(Number(heavy.out['delta-percent'])).toBeGreaterThan(10);
      expect(heavy.post.code).toBe(1);
      expect(heavy.post.stdout).toMatch(/::error::CO2e increase limit exceeded/);
      expect(comment()).toMatch(/\| CO2e \|[^\n]*🔺/);
      expect(comment()).toMatch(/\| CPU-seconds \|[^\n]*🔺/);
    },
  );
});
