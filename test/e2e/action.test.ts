// End-to-end: the bundled dist/main and dist/post, run as the runner runs them, against
// loopback fakes of the GitHub REST API and the Actions cache service.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CacheFake } from '../fakes/cache-fake';
import { expectNoLiveMarkup, strayCommentClosers, visibleText } from './comment-checks';
import { fakesEachTest } from '../fakes/fakes-each-test';
import { fakeJob, fakeStepsSpanning, type GitHubFake } from '../fakes/github-fake';
import {
  busy,
  hostileName,
  makeJob,
  outputs,
  runMainStep,
  runPostStep,
  state,
  summary,
  sleep,
  type Job,
  type JobSetup,
} from './runner';

const OWNER = 'octo';
const REPO = 'widgets';

let github: GitHubFake;
let cache: CacheFake;
let nextRunId = 100;

fakesEachTest((f) => ({ github, cache } = f));

function setup(partial: Partial<JobSetup> & Pick<JobSetup, 'event' | 'branch'>): JobSetup {
  return { githubUrl: github.url, cacheEnv: cache.env, runId: nextRunId++, ...partial };
}

/** Registers this job in the fake jobs API with steps spanning the metered period. */
function registerJob(
  s: JobSetup,
  startMs: number,
  stepNames = ['Set up job', 'carbon-action', 'Run tests', 'Build docs'],
  displayName?: string,
): void {
  const now = Date.now();
  const span = Math.max(300, now - startMs);
  const steps = fakeStepsSpanning(
    stepNames.map((name) => hostileName(s, name)),
    startMs,
    span,
  );
  github.state.setJobs(OWNER, REPO, s.runId, s.attempt ?? 1, [
    fakeJob({
      id: 9000 + s.runId,
      name: hostileName(s, displayName ?? s.job ?? 'test'),
      run_id: s.runId,
      runner_name: s.runnerName ?? 'GitHub Actions 7',
      steps,
    }),
  ]);
}

/** main → some work → post, like a job. */
async function runJob(
  s: JobSetup,
  opts: { workMs?: number; between?: (job: Job) => Promise<void> | void; steps?: string[]; displayName?: string } = {},
) {
  const job = makeJob(s);
  const startMs = Date.now();
  const main = await runMainStep(job);
  expect(main.code, main.stdout + main.stderr).toBe(0);
  busy(opts.workMs ?? 600);
  // Like a real job, last long enough for the sampler to have started and sampled (on a
  // loaded 2-core machine its start can take longer than the work above).
  await waitForSamples(state(job)['samples-file'], 4);
  if (opts.between) await opts.between(job);
  registerJob(s, startMs, opts.steps, opts.displayName);
  const post = await runPostStep(job);
  return { job, main, post };
}

async function waitForSamples(file: string, lines: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file) && readFileSync(file, 'utf8').split('\n').filter(Boolean).length >= lines) return;
    await sleep(50);
  }
  throw new Error(`the sampler wrote fewer than ${lines} lines to ${file} in ${timeoutMs} ms`);
}

const comments = () => github.state.listComments(OWNER, REPO, 7);

// The comment's marker and headline carry the workflow and branch names; this test reads them back exactly.
const PLAIN_MARKER = 'asserts the run comment marker and headline, which carry the workflow and branch names';

describe('the bundled action, end to end', () => {
  it('push on main saves history; a PR against main then shows the comparison in one comment, updated in place', async () => {
    for (let i = 0; i < 2; i++) {
      const push = await runJob(setup({ event: 'push', branch: 'main', plainNames: PLAIN_MARKER }));
      expect(push.post.code, push.post.stdout + push.post.stderr).toBe(0);
      expect(summary(push.job)).toContain('CO2e');
    }
    expect(cache.state.entries.filter((e) => e.finalizedSeq > 0).length).toBe(2);

    const pr1 = await runJob(
      setup({ event: 'pull_request', branch: 'feature/x', baseBranch: 'main', prNumber: 7, plainNames: PLAIN_MARKER }),
    );
    expect(pr1.post.code, pr1.post.stdout + pr1.post.stderr).toBe(0);
    const out = outputs(pr1.job);
    expect(Number(out['energy-wh'])).toBeGreaterThan(0);
    expect(Number(out['co2e-g'])).toBeGreaterThan(0);
    expect(Number(out['baseline-co2e-g'])).toBeGreaterThan(0);
    expect(out['delta-percent']).toMatch(/^-?\d+\.\d\d$/);
    expect(out['budget-exceeded']).toBe('false');
    const report = JSON.parse(readFileSync(out['report-path'], 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.kind).toBe('action');
    expect(report.context.pullRequest).toBe(7);
    expect(report.steps.map((s: { name: string }) => s.name)).toEqual([
      'Set up job',
      'carbon-action',
      'Run tests',
      'Build docs',
    ]);
    const stepsTotal = report.steps.reduce((a: number, s: { energyWh: number }) => a + s.energyWh, 0);
    expect(stepsTotal).toBeGreaterThan(0);
    expect(stepsTotal).toBeLessThanOrEqual(report.energyWh.total * 1.0001);

    expect(comments()).toHaveLength(1);
    const body1 = comments()[0].body;
    // comment-scope: run is the default; for one job it reads like a per-job comment.
    expect(body1.startsWith('<!-- carbon-action:v1 run-comment workflow=CI -->')).toBe(true);
    expect(body1.split('\n')[1]).toMatch(
      /^🌱 Carbon footprint of CI \/ test: .* CO2e, .*Wh in .* — (no significant change vs main|.* energy vs main, (outside the base range|noise not known yet \(2 runs\)))/,
    );
    expect(body1).toMatch(/vs main/);
    expect(body1).toContain('Run tests');
    expect(body1).toContain('_outside steps (set-up, post steps, time between steps)_');
    // A lone job's run comment carries what its per-job comment would: the method block and the charts' fold.
    expect(body1).toContain('<details><summary>How this was estimated</summary>');
    expect(body1).toMatch(/Power draw: steady at|<summary>Charts: /);
    // The action's sampler records the aggregate CPU line only (no estimate uses per-CPU ticks).
    const sampleLines = readFileSync(state(pr1.job)['samples-file'], 'utf8').split('\n');
    expect(sampleLines.filter((l) => l.includes('"type":"sample"')).length).toBeGreaterThan(0);
    expect(sampleLines.some((l) => l.includes('"perCpu"'))).toBe(false);
    expect(summary(pr1.job)).toMatch(/main/);

    const pr2 = await runJob(
      setup({ event: 'pull_request', branch: 'feature/x', baseBranch: 'main', prNumber: 7, plainNames: PLAIN_MARKER }),
    );
    expect(pr2.post.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).not.toBe(body1);
    // PR runs never write the base branch's history.
    expect(cache.state.entries.filter((e) => e.finalizedSeq > 0).length).toBe(2);
  });

  it('a blown budget fails the job with an error annotation that names the budget and the figure', async () => {
    const { job, post } = await runJob(
      setup({ event: 'push', branch: 'main', inputs: { budget: '0.001 mg', 'energy-budget': '1000 Wh' } }),
    );
    expect(post.code).toBe(1);
    expect(outputs(job)['budget-exceeded']).toBe('true');
    expect(post.stdout).toMatch(/::error::.*CO2e budget exceeded: .* > (1(\.0+)? µg|0\.001 mg)/);
    expect(post.stdout).not.toMatch(/::error::.*[Ee]nergy budget exceeded/);
    // The summary and JSON report were still written.
    expect(summary(job)).toContain('exceeded');
    expect(existsSync(outputs(job)['report-path'])).toBe(true);
  });

  it('fail-on-budget: false turns a blown budget into a warning', async () => {
    const { job, post } = await runJob(
      setup({ event: 'push', branch: 'main', inputs: { budget: '0.001 mg', 'fail-on-budget': 'false' } }),
    );
    expect(post.code).toBe(0);
    expect(outputs(job)['budget-exceeded']).toBe('true');
    expect(post.stdout).toMatch(/::warning::.*CO2e budget exceeded/);
  });

  it('a fork PR (read-only token, 403) warns with the workflow_run pattern and does not fail the job', async () => {
    github.state.faults.forkReadOnly = true;
    const { job, post } = await runJob(
      setup({ event: 'pull_request', branch: 'fork-branch', baseBranch: 'main', prNumber: 7 }),
    );
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/::warning::.*PR comment not posted.*workflow_run/);
    expect(comments()).toHaveLength(0);
    expect(summary(job)).toContain('CO2e');
  });

  it('5xx answers are retried and the comment still lands', async () => {
    github.state.faults.failNext = { count: 2, status: 502 };
    const { post } = await runJob(
      setup({ event: 'pull_request', branch: 'feature/y', baseBranch: 'main', prNumber: 7 }),
    );
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(comments()).toHaveLength(1);
  });

  it('with the cache service down the report says why there is no baseline, and nothing fails', async () => {
    cache.state.faults.mode = 'unavailable';
    const { job, post } = await runJob(
      setup({ event: 'pull_request', branch: 'feature/z', baseBranch: 'main', prNumber: 7 }),
    );
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(outputs(job)['baseline-co2e-g']).toBe('');
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toMatch(/no baseline/i);
  });

  it('a sampler killed mid-job still gives a report that says so', async () => {
    const { job, post } = await runJob(setup({ event: 'push', branch: 'main' }), {
      between: (j) => {
        process.kill(Number(state(j)['sampler-pid']), 'SIGKILL');
      },
    });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    const report = JSON.parse(readFileSync(outputs(job)['report-path'], 'utf8'));
    expect(report.energyWh.total).toBeGreaterThan(0);
    expect(report.warnings.join(' ')).toMatch(/sampler was not running/i);
  });

  for (const scope of ['job', 'run']) {
    it(`hostile branch and step names cannot inject Markdown or HTML (comment-scope: ${scope})`, async () => {
      const hostile = '"><img src=x onerror=alert(1)> [x](javascript:alert(1)) @everyone -->';
      const { job, post } = await runJob(
        setup({
          event: 'pull_request',
          branch: hostile,
          baseBranch: 'main',
          prNumber: 7,
          inputs: { 'comment-scope': scope },
        }),
        {
          steps: ['Set up job', `Run ${hostile}`, '| a | b |'],
        },
      );
      expect(post.code, post.stdout + post.stderr).toBe(0);
      for (const text of [comments()[0].body, summary(job)]) {
        const visible = visibleText(text);
        expectNoLiveMarkup(visible);
        // Every "<!--", "-->" or "--!>" left ends a marker line or is a Mermaid axis range ("a --> b").
        expect(strayCommentClosers(text)).toEqual([]);
      }
    });
  }

  it("grid-source: google uses Google's operational figure for a GCP region, and says so", async () => {
    const { job, post } = await runJob(
      setup({ event: 'push', branch: 'main', inputs: { region: 'gcp:europe-west1', 'grid-source': 'google' } }),
    );
    expect(post.code, post.stdout + post.stderr).toBe(0);
    const report = JSON.parse(readFileSync(outputs(job)['report-path'], 'utf8'));
    expect(report.intensity).toMatchObject({ region: 'gcp:europe-west1', boundary: 'operational', year: 2024 });
    expect(report.intensity.source).toMatch(/Google/);
  });

  it('cloud metadata decides the region when it answers (Azure IMDS fake)', async () => {
    const { createServer } = await import('node:http');
    const imds = createServer((req, res) => {
      if (req.headers.metadata !== 'true') return void res.writeHead(400).end();
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ compute: { location: 'swedencentral', vmSize: 'Standard_D4as_v5' } }));
    });
    await new Promise<void>((r) => imds.listen(0, '127.0.0.1', r));
    const port = (imds.address() as { port: number }).port;
    try {
      const { job, post } = await runJob(
        setup({
          event: 'push',
          branch: 'main',
          extraEnv: {
            CARBON_ACTION_NO_METADATA: '',
            CARBON_ACTION_AZURE_IMDS_URL: `http://127.0.0.1:${port}`,
            CARBON_ACTION_AWS_IMDS_URL: 'http://127.0.0.1:9',
            CARBON_ACTION_GCP_METADATA_URL: 'http://127.0.0.1:9',
          },
        }),
      );
      expect(post.code).toBe(0);
      const report = JSON.parse(readFileSync(outputs(job)['report-path'], 'utf8'));
      expect(report.intensity.region).toBe('azure:swedencentral');
      expect(report.intensity.decidedBy).toBe('metadata');
      // The same probe named the VM size; host identification read it and the method line says so.
      expect(report.machine.instanceType).toBe('Standard_D4as_v5');
      if (report.methods.cpu.method === 'model') expect(report.methods.cpu.detail).toContain('Standard_D4as_v5');
    } finally {
      imds.close();
    }
  });

  it('without actions: read the job gets totals only, with a note', async () => {
    github.state.faults.jobsForbidden = true;
    const { job, post } = await runJob(
      setup({ event: 'pull_request', branch: 'feature/w', baseBranch: 'main', prNumber: 7 }),
    );
    expect(post.code).toBe(0);
    expect(summary(job)).toMatch(/energy unavailable.*actions\\?: read/);
    expect(JSON.parse(readFileSync(outputs(job)['report-path'], 'utf8')).steps).toBeUndefined();
  });

  it('history-path keeps the history in a directory instead of the cache', async () => {
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'carbon-history-'));
    await runJob(setup({ event: 'push', branch: 'main', inputs: { 'history-path': dir } }));
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    const pr = await runJob(
      setup({ event: 'pull_request', branch: 'f', baseBranch: 'main', prNumber: 7, inputs: { 'history-path': dir } }),
    );
    expect(Number(outputs(pr.job)['baseline-co2e-g'])).toBeGreaterThan(0);
    expect(cache.state.requests.length).toBe(0);
  });
});

describe('a whole workflow run and the history branch (bundled)', () => {
  it('comment-scope: run puts two matrix legs of one run into one comment, a section each', async () => {
    const runId = nextRunId++;
    const legs = ['node-20', 'node-22'];
    // Both legs metered side by side, then their post steps at the same time.
    const jobs = await Promise.all(
      legs.map(async (matrix) => {
        const s = setup({
          event: 'pull_request',
          branch: 'feature/m',
          baseBranch: 'main',
          prNumber: 7,
          inputs: { 'comment-scope': 'run', matrix },
          plainNames: "checks the run comment's first marker, which names the workflow",
        });
        s.runId = runId;
        const job = makeJob(s);
        const main = await runMainStep(job);
        expect(main.code, main.stdout).toBe(0);
        return { s, job };
      }),
    );
    busy(500);
    for (const { job } of jobs) await waitForSamples(state(job)['samples-file'], 4);
    registerJob(jobs[0].s, Date.now() - 1000);
    const posts = await Promise.all(jobs.map(({ job }) => runPostStep(job)));
    for (const p of posts) expect(p.code, p.stdout + p.stderr).toBe(0);
    expect(comments()).toHaveLength(1);
    const body = comments()[0].body;
    expect(body.startsWith('<!-- carbon-action:v1 run-comment workflow=CI -->')).toBe(true);
    expect(
      body,
      body +
        posts
          .map((p) =>
            p.stdout
              .split('\n')
              .filter((l) => !l.startsWith('::debug'))
              .join('\n'),
          )
          .join('\n----\n'),
    ).toContain('node\\-20');
    expect(body).toContain('node\\-22');
    expect((body.match(/<!-- carbon-action:section job=/g) ?? []).length).toBe(2);
  });

  it('history-branch: each push run appends one line; dashboard: true rebuilds the page in the same commit', async () => {
    const inputs = { 'history-branch': 'carbon-data', dashboard: 'true' };
    const plainNames = 'reads history/CI.jsonl and dashboard/CI/index.html, files named after the workflow';
    for (let i = 1; i <= 2; i++) {
      const { post } = await runJob(setup({ event: 'push', branch: 'main', inputs, plainNames }));
      expect(post.code, post.stdout + post.stderr).toBe(0);
      const history = github.state.branchFile(OWNER, REPO, 'carbon-data', 'history/CI.jsonl');
      expect(history?.trim().split('\n')).toHaveLength(i);
      const line = JSON.parse((history as string).trim().split('\n')[i - 1]);
      expect(line.schemaVersion).toBe(1);
      expect(line.samples.timeline).toEqual([]);
      // The slim line keeps the work account, so a later PR on other hardware can re-price it.
      expect(line.work.utilisationHistogramS).toHaveLength(10);
      expect(line.work.pricing.cpuCurveW).toHaveLength(11);
    }
    const page = github.state.branchFile(OWNER, REPO, 'carbon-data', 'dashboard/CI/index.html');
    expect(page).toContain('<html');
    expect((page?.match(/<circle [^>]*data-value/g) ?? []).length).toBe(2);
    expect(github.state.branchLog(OWNER, REPO, 'carbon-data')).toHaveLength(2);
    // A pull request never writes to it.
    await runJob(setup({ event: 'pull_request', branch: 'f', baseBranch: 'main', prNumber: 7, inputs }));
    expect(github.state.branchLog(OWNER, REPO, 'carbon-data')).toHaveLength(2);
  });
});

describe('history branch as the baseline, and matrix legs', () => {
  it('when the cache has forgotten the base branch, the history branch gives the baseline', async () => {
    const inputs = { 'history-branch': 'carbon-data' };
    await runJob(setup({ event: 'push', branch: 'main', inputs }));
    await runJob(setup({ event: 'push', branch: 'other', inputs })); // another branch: must not count
    cache.state.entries.length = 0; // evicted
    const pr = await runJob(setup({ event: 'pull_request', branch: 'f', baseBranch: 'main', prNumber: 7, inputs }));
    expect(pr.post.code, pr.post.stdout + pr.post.stderr).toBe(0);
    expect(Number(outputs(pr.job)['baseline-co2e-g'])).toBeGreaterThan(0);
    expect(summary(pr.job)).toMatch(/Baseline from the carbon\\?-data branch/);
    expect(comments()[0].body).toMatch(/vs main/);
  });

  it('a matrix leg without a matrix label is warned about', async () => {
    const { post } = await runJob(
      setup({
        event: 'push',
        branch: 'main',
        plainNames: "the matrix-leg check reads the display name's trailing '(…)', which a hostile tail would hide",
      }),
      { displayName: 'test (ubuntu-latest, 20)' },
    );
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/::warning::.*looks like a matrix leg, but the matrix input is empty/);
  });
});

describe('bad inputs fail the main step at once, naming the input, the value and what is accepted', () => {
  const cases: [string, string, RegExp][] = [
    ['budget', '20 tonnes', /Input "budget": "20 tonnes".*Accepted: .*20 g/],
    ['energy-budget', '50 J', /Input "energy-budget": "50 J".*Accepted: .*Wh/],
    ['max-increase', 'ten', /Input "max-increase": "ten".*Accepted: .*10%/],
    ['fail-on-budget', 'maybe', /Input "fail-on-budget": "maybe".*Accepted: .*true/],
    ['region', 'azure:eastus3', /Input "region".*eastus3.*closest.*azure:eastus/],
    ['carbon-intensity', '-5', /Input "carbon-intensity": "-5"/],
    ['pue', '0.5', /Input "pue": "0.5"/],
    ['include-embodied', 'yes please', /Input "include-embodied"/],
    ['sample-interval', '5x', /Input "sample-interval": "5x"/],
    ['comment', 'sometimes', /Input "comment": "sometimes"/],
    ['check-run-id', 'abc', /Input "check-run-id": "abc"/],
    ['comment-scope', 'all', /Input "comment-scope": "all"/],
    ['grid-source', 'ember', /Input "grid-source": "ember"/],
    ['history-branch', 'a b', /Input "history-branch": "a b"/],
    ['dashboard', 'true', /Input "dashboard": "true" needs the history-branch input/],
  ];
  for (const [name, value, expected] of cases) {
    it(`${name}: ${value}`, async () => {
      const job = makeJob({
        event: 'push',
        branch: 'main',
        githubUrl: 'http://127.0.0.1:9',
        runId: 1,
        inputs: { [name]: value },
      });
      const main = await runMainStep(job);
      expect(main.code).toBe(1);
      expect(main.stdout).toMatch(new RegExp(`::error::.*${expected.source}`));
      expect(main.stdout).not.toContain('ghs_faketoken');
      expect(state(job)['sampler-pid']).toBeUndefined();
      // The post step then does nothing and does not fail again.
      const post = await runPostStep(job);
      expect(post.code).toBe(0);
      expect(post.stdout).not.toContain('::error::');
    });
  }
});
