// meter-scope / --scope through the bundles, as a user and the runner run them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CacheFake } from '../fakes/cache-fake';
import { fakesEachTest } from '../fakes/fakes-each-test';
import { fakeJob, type GitHubFake } from '../fakes/github-fake';
import { busy, makeJob, outputs, runCli, runMainStep, runPostStep, sleep, state } from './runner';

/** The bundled CLI under the e2e checks (runner.ts). */
const cli = (args: string[]) => runCli(args);
const tmp = () => mkdtempSync(join(tmpdir(), 'carbon-scope-'));
/** `measure --scope <scope>` of a 0.4 s node process at 100 ms, priced at 400 g/kWh, the report written to `json`. */
const measureArgs = (scope: string, json: string, extra: string[] = []) => [
  'measure',
  '--scope',
  scope,
  '--interval',
  '100ms',
  '--carbon-intensity',
  '400',
  '--json',
  json,
  ...extra,
  '--',
  process.execPath,
  '-e',
  'setTimeout(()=>{}, 400)',
];

describe('measure --scope (bundled CLI)', () => {
  it('machine: /proc/stat, and the report says it was asked for', async () => {
    const json = join(tmp(), 'r.json');
    const r = await cli(measureArgs('machine', json, ['-q']));
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.methods.cpu.scope).toEqual({
      used: 'machine',
      reason: 'meter-scope machine: /proc/stat, every process on the machine',
    });
  });

  it('container: the cgroup when it can be read, else machine with the reason', async () => {
    const json = join(tmp(), 'r.json');
    const r = await cli(measureArgs('container', json));
    expect(r.code, r.stderr).toBe(0);
    const scope = JSON.parse(readFileSync(json, 'utf8')).methods.cpu.scope;
    if (scope.used === 'container')
      expect(scope.reason).toMatch(/^meter-scope container: cgroup v[12] \S+, [\d.]+ CPUs? allowed/);
    else expect(scope.reason).toMatch(/^meter-scope container was asked for, but/);
    // The printed report wraps its lines: compare with the blanks folded.
    expect(r.stderr.replace(/\s+/g, ' ')).toMatch(
      /Metered (the container's cgroup|the whole machine): meter-scope container/,
    );
  });

  it('a bad --scope is a usage error naming the option, the value and what is accepted', async () => {
    const r = await cli(['measure', '--scope', 'pod', '--', 'true']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--scope: "pod" is not a meter scope; accepted: auto .*machine .*container/);
  });
});

describe('meter-scope input (bundled action)', () => {
  let github: GitHubFake;
  let cache: CacheFake;
  fakesEachTest((f) => ({ github, cache } = f));

  it('a wrong value fails the main step with the input, the value and what is accepted', async () => {
    const job = makeJob({
      event: 'push',
      branch: 'main',
      githubUrl: github.url,
      cacheEnv: cache.env,
      runId: 701,
      inputs: { 'meter-scope': 'pod' },
    });
    const main = await runMainStep(job);
    expect(main.code).not.toBe(0);
    expect(main.stdout + main.stderr).toMatch(/Input "meter-scope": "pod" is not a meter scope\. Accepted: auto/);
  });

  it('meter-scope: machine reaches the sampler, and the report says so', async () => {
    const s = {
      event: 'push' as const,
      branch: 'main',
      githubUrl: github.url,
      cacheEnv: cache.env,
      runId: 702,
      inputs: { 'meter-scope': 'machine' },
    };
    const job = makeJob(s);
    const startMs = Date.now();
    const main = await runMainStep(job);
    expect(main.code, main.stdout + main.stderr).toBe(0);
    busy(300);
    for (
      let i = 0;
      i < 100 && (readFileSync(state(job)['samples-file'], 'utf8').match(/"sample"/g) ?? []).length < 3;
      i++
    )
      await sleep(100);
    github.state.setJobs('octo', 'widgets', s.runId, 1, [
      fakeJob({
        id: 9702,
        name: 'test',
        run_id: s.runId,
        runner_name: 'GitHub Actions 7',
        steps: [
          {
            name: 'carbon-action',
            number: 1,
            status: 'completed',
            conclusion: 'success',
            started_at: new Date(startMs).toISOString(),
            completed_at: new Date().toISOString(),
          },
        ],
      }),
    ]);
    const post = await runPostStep(job);
    expect(post.code, post.stdout + post.stderr).toBe(0);
    const report = JSON.parse(readFileSync(outputs(job)['report-path'], 'utf8'));
    expect(report.methods.cpu.scope).toEqual({
      used: 'machine',
      reason: 'meter-scope machine: /proc/stat, every process on the machine',
    });
  });
});
