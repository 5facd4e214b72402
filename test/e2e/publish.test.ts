// End-to-end: the fork-safe publish mode, both halves, on the bundled dist/.
// Half 1 is what the PR (or push) workflow runs: the bundled CLI meters a command inside a
// GitHub Actions environment and writes carbon-report.json (what actions/upload-artifact
// would upload). Half 2 is the workflow_run workflow: the bundled action with
// `report: carbon-report.json`, GitHub's workflow_run payload, and the base repository's
// token, against the loopback GitHub and cache fakes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CacheFake } from '../fakes/cache-fake';
import { expectNoLiveMarkup, strayCommentClosers, visibleText } from './comment-checks';
import { fakesEachTest } from '../fakes/fakes-each-test';
import type { GitHubFake } from '../fakes/github-fake';
import { storedName } from '../../src/schema/report';
import {
  CLI,
  hostileBranch,
  hostileName,
  makeJob,
  outputs,
  runMainStep,
  runGuarded,
  runPostStep,
  state,
  summary,
  type Job,
} from './runner';

const OWNER = 'octo';
const REPO = 'widgets';
const PR_HEAD = 'c'.repeat(40);
const MAIN_HEAD = 'd'.repeat(40);

let github: GitHubFake;
let cache: CacheFake;
let nextRunId = 500;

fakesEachTest((f) => {
  ({ github, cache } = f);
  github.state.pulls.set(`${OWNER}/${REPO}#7`, {
    number: 7,
    state: 'open',
    head: { sha: PR_HEAD, ref: 'patch-1', repo: { full_name: 'forker/widgets' } },
    base: { ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
  });
  github.state.pulls.set(`${OWNER}/${REPO}#8`, {
    number: 8,
    state: 'open',
    head: { sha: 'e'.repeat(40), ref: 'other', repo: { full_name: `${OWNER}/${REPO}` } },
    base: { ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
  });
});

/** Half 1: `carbon-action measure --json carbon-report.json -- <work>` inside a PR or push job. */
async function measureInJob(event: 'pull_request' | 'push', runId: number): Promise<string> {
  const job = makeJob({
    event,
    branch: event === 'push' ? 'main' : 'patch-1',
    baseBranch: 'main',
    prNumber: 7,
    githubUrl: 'http://127.0.0.1:9',
    runId,
  });
  const sha = event === 'push' ? MAIN_HEAD : PR_HEAD;
  const payload =
    event === 'pull_request'
      ? {
          pull_request: {
            number: 7,
            head: { ref: 'patch-1', sha, repo: { full_name: 'forker/widgets' } },
            base: { ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
          },
        }
      : { ref: 'refs/heads/main', after: sha };
  writeFileSync(job.files.event, JSON.stringify(payload));
  const out = join(job.dir, 'carbon-report.json');
  const env = { ...job.env, GITHUB_SHA: sha };
  // Under the e2e checks: the CLI runs in a job whose workflow and branch names carry the hostile tail.
  const r = await runGuarded(
    [
      CLI,
      'measure',
      '--quiet',
      '--interval',
      '100ms',
      '--json',
      out,
      '--',
      process.execPath,
      '-e',
      'let x=0; for (let i=0; i<3e7; i++) x+=i',
    ],
    env,
  );
  if (r.code !== 0) throw new Error(`measure exited ${r.code}\n${r.stderr}`);
  return out;
}

/** Half 2: the action with `report:` in a workflow_run workflow of the base repository. */
async function publish(
  reportPath: string,
  run: { event: 'pull_request' | 'push'; id: number; headSha: string; headRepo?: string },
  inputs: Record<string, string> = {},
) {
  const job: Job = makeJob({
    event: 'push',
    branch: 'main',
    githubUrl: github.url,
    cacheEnv: cache.env,
    runId: nextRunId++,
    workflow: 'Carbon comment',
    job: 'comment',
    inputs: { report: reportPath, ...inputs },
    extraEnv: { GITHUB_EVENT_NAME: 'workflow_run' },
  });
  writeFileSync(
    job.files.event,
    JSON.stringify({
      workflow_run: {
        id: run.id,
        run_attempt: 1,
        name: 'CI',
        event: run.event,
        head_sha: run.headSha,
        head_branch: run.event === 'push' ? 'main' : 'patch-1',
        head_repository: { full_name: run.headRepo ?? (run.event === 'push' ? `${OWNER}/${REPO}` : 'forker/widgets') },
        pull_requests: [],
      },
    }),
  );
  const main = await runMainStep(job);
  const post = await runPostStep(job);
  return { job, main, post };
}

const comments = (n = 7) => github.state.listComments(OWNER, REPO, n);

describe('publish mode: a report from a (fork) PR run, posted by a workflow_run workflow', () => {
  it("push halves build main's history; the PR half comments with the comparison, the budget as a check on the PR head, and no sampler", async () => {
    for (let i = 0; i < 2; i++) {
      const runId = nextRunId++;
      const file = await measureInJob('push', runId);
      const { main, post } = await publish(file, { event: 'push', id: runId, headSha: MAIN_HEAD });
      expect(main.code, main.stdout + main.stderr).toBe(0);
      expect(post.code).toBe(0);
    }
    expect(cache.state.entries.filter((e) => e.finalizedSeq > 0).length).toBe(2);
    expect(comments()).toHaveLength(0);

    const runId = nextRunId++;
    const file = await measureInJob('pull_request', runId);
    const measured = JSON.parse(readFileSync(file, 'utf8'));
    // makeJob gives the workflow and branch names runner.ts's hostile tail; the report keeps them in the form every
    // reader of a report sees (one line, capped), the form the action's job identity uses too.
    expect(measured.context).toMatchObject({
      pullRequest: 7,
      baseBranch: storedName(hostileBranch({}, 'main')),
      job: 'test',
      workflow: storedName(hostileName({}, 'CI')),
    });

    const { job, main, post } = await publish(
      file,
      { event: 'pull_request', id: runId, headSha: PR_HEAD },
      { budget: '0.001 mg' },
    );
    // Publishing happens in the main step; the sampler is never started and post does nothing.
    expect(state(job)['sampler-pid']).toBeUndefined();
    expect(state(job)['publish-mode']).toBe('true');
    expect(main.stdout).toContain('this job is not metered');
    // The budget the publishing workflow set is applied: 1 µg is blown (the measured loop is about 0.1 mg).
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/::error::.*CO2e budget exceeded/);
    expect(post.code).toBe(0);
    expect(post.stdout).not.toContain('::error::');

    expect(comments()).toHaveLength(1);
    const body = comments()[0].body;
    expect(body.startsWith('<!-- carbon-action:v1 run-comment workflow=CI -->')).toBe(true);
    expect(body).toMatch(/vs main/);
    expect(summary(job)).toContain('Published from a report file of workflow run');
    expect(Number(outputs(job)['baseline-co2e-g'])).toBeGreaterThan(0);
    expect(summary(job)).toContain('CO2e');
    // The budget shows on the PR's head commit as a check run.
    expect(github.state.checkRuns).toHaveLength(1);
    expect(github.state.checkRuns[0]).toMatchObject({
      name: 'carbon-action budget',
      head_sha: PR_HEAD,
      conclusion: 'failure',
      status: 'completed',
    });
    // A PR run never writes the base branch's history.
    expect(cache.state.entries.filter((e) => e.finalizedSeq > 0).length).toBe(2);
  }, 180_000);

  it('distrusts the file: a PR number whose head is another commit gets no comment, hostile names are escaped, a "push" claim writes no history', async () => {
    const runId = nextRunId++;
    const file = await measureInJob('pull_request', runId);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) @everyone -->';
    report.context = {
      ...report.context,
      pullRequest: 8,
      job: hostile,
      workflow: hostile,
      event: 'push',
      branch: 'main',
      repository: 'evil/elsewhere',
    };
    report.warnings = [hostile];
    // Power that moves: the comment draws its chart, whose axis ranges are written "min --> max". Whether a measured
    // job's power was steady depended on the machine's load, so this test saw 3 or 5 "-->" in the comment.
    report.samples.timeline = [
      { tS: 0, powerW: 4 },
      { tS: 0.5, powerW: 9 },
      { tS: 1, powerW: 5 },
    ];
    writeFileSync(file, JSON.stringify(report));
    const redirected = await publish(file, { event: 'pull_request', id: runId, headSha: PR_HEAD });
    expect(redirected.main.code, redirected.main.stdout).toBe(0);
    expect(redirected.main.stdout).toMatch(/::warning::.*PR #8, whose head is eeeeeee, not ccccccc/);
    expect(comments(8)).toHaveLength(0);
    expect(cache.state.entries.filter((e) => e.finalizedSeq > 0)).toHaveLength(0);
    // Only requests to this repository, never to the one the file names.
    expect(github.state.requests.every((r) => r.path.startsWith(`/repos/${OWNER}/${REPO}/`))).toBe(true);

    report.context.pullRequest = 7;
    writeFileSync(file, JSON.stringify(report));
    const ok = await publish(file, { event: 'pull_request', id: runId, headSha: PR_HEAD });
    expect(ok.main.code, ok.main.stdout).toBe(0);
    const body = comments(7)[0].body;
    const visible = visibleText(body);
    expectNoLiveMarkup(visible);
    // The workflow name is GitHub's (from the workflow_run payload), not the file's.
    expect(body.startsWith('<!-- carbon-action:v1 run-comment workflow=CI -->')).toBe(true);
    // The hostile "-->" is shown escaped; every "-->" left ends a marker line or is a Mermaid axis range.
    expect(visible).toContain('\\-\\-&gt;');
    expect(strayCommentClosers(body)).toEqual([]);
    expect(body).toMatch(
      /^```mermaid\nxychart-beta\n {4}title "Whole-machine power draw"\n {4}x-axis "Time \(min\)" 0 --> 0\.02\n/m,
    );
  }, 120_000);

  it('an unusable file is a warning that names the field, and nothing is posted', async () => {
    const runId = nextRunId++;
    const file = await measureInJob('pull_request', runId);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    report.co2eG.total = 'lots';
    writeFileSync(file, JSON.stringify(report));
    const bad = await publish(file, { event: 'pull_request', id: runId, headSha: PR_HEAD });
    expect(bad.main.code).toBe(0);
    expect(bad.main.stdout).toMatch(/::warning::.*not a usable carbon-action report: co2eG\.total must be a number/);
    const missing = await publish(join(bad.job.dir, 'nope.json'), {
      event: 'pull_request',
      id: runId,
      headSha: PR_HEAD,
    });
    expect(missing.main.code).toBe(0);
    expect(missing.main.stdout).toMatch(/::warning::.*cannot read .*nope\.json.*ENOENT/);
    writeFileSync(file, 'x'.repeat(3 * 1024 * 1024));
    const huge = await publish(file, { event: 'pull_request', id: runId, headSha: PR_HEAD });
    expect(huge.main.stdout).toMatch(/::warning::.*over the 2097152-byte limit/);
    expect(comments()).toHaveLength(0);
    expect(github.state.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  }, 120_000);
});
