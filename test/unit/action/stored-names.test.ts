import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobIdentity, storedNames } from '../../../src/action/context';
import { publishedNames } from '../../../src/action/publish-mode';
import { historyScope } from '../../../src/action/post-context';
import { runPost } from '../../../src/action/post-impl';
import { historyBranchPath } from '../../../src/github/history-branch';
import { runContext } from '../../../src/pipeline/run-context';
import { stickyMarker } from '../../../src/report/comment-marker';
import { checkReport } from '../../../src/schema/read-report';
import { storedName } from '../../../src/schema/report';
import { FAKE_TOKEN, githubFakeEachTest } from '../../fakes/github-fake-each-test';
import type { GitHubFake } from '../../fakes/github-fake';
import { makeReport } from '../../fixtures/report';
import { postStepEachTest, readOutputs, setPostEnv } from './post-in-process';

// A report stores each run name on one line, capped at 200 characters. The action's JobIdentity carries its names in
// that form, so the history key, the comment marker and baseline matching name a job with a long, multi-line name
// the same way whether the name comes live from the runner or back from a stored report.

const WORKFLOW = `CI\nnightly ${'w'.repeat(250)}`; // two lines, 259 characters
const JOB = `build\r\nand  test ${'j'.repeat(250)}`; // GITHUB_JOB as the environment could carry it
const MATRIX = 'node\u2028 20'; // the job-name/matrix inputs refuse control characters, not U+2028

describe('JobIdentity names', () => {
  const env = {
    GITHUB_REPOSITORY: 'octo/widgets',
    GITHUB_WORKFLOW: WORKFLOW,
    GITHUB_JOB: JOB,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF_NAME: 'main',
    RUNNER_OS: 'Linux',
  };

  it('are one line and capped, exactly as the report stores them', () => {
    const id = jobIdentity(env, {}, { matrix: MATRIX, jobName: `Build\u2028${'n'.repeat(198)}` });
    expect(id.workflow).toBe(`CI nightly ${'w'.repeat(188)}…`);
    expect(Array.from(id.job)).toHaveLength(200);
    expect(id.job).toMatch(/^build and test j+…$/);
    expect(id.reportedJob).toBe(`Build ${'n'.repeat(193)}…`);
    expect(id.matrix).toBe('node 20');
    const context = runContext(env, {}, { matrix: MATRIX, jobName: `Build\u2028${'n'.repeat(198)}` });
    expect(context).toMatchObject({ workflow: id.workflow, job: id.reportedJob, matrix: id.matrix, branch: 'main' });
  });

  it('come back the same from a report read through the schema, so keys, markers and paths agree', () => {
    const live = jobIdentity(env, {}, { matrix: MATRIX });
    // The report as it travels: written as JSON, read back through the one schema (history, publish mode).
    const written = JSON.stringify(makeReport({}, { context: runContext(env, {}, { matrix: MATRIX }) }));
    const read = checkReport(JSON.parse(written));
    if (!read.ok) throw new Error(read.reason);
    const c = read.report.context ?? {};
    const published = storedNames({ ...c, reportedJob: c.job });
    expect(published).toEqual({
      workflow: live.workflow,
      job: live.job,
      reportedJob: live.reportedJob,
      matrix: live.matrix,
      branch: live.branch,
      baseBranch: live.baseBranch,
    });
    expect(historyScope({ ...live, ...published })).toEqual(historyScope(live));
    expect(stickyMarker(published)).toBe(stickyMarker(live));
    expect(historyBranchPath(published.workflow)).toBe(historyBranchPath(live.workflow));
  });

  it('a report published with job-name set keys its history by GITHUB_JOB (jobId), as the live run did', () => {
    const labels = { matrix: MATRIX, jobName: 'Build (linux)' };
    const live = jobIdentity(env, {}, labels);
    const context = runContext(env, {}, labels);
    expect(context).toMatchObject({ job: 'Build (linux)', jobId: live.job });
    const read = checkReport(JSON.parse(JSON.stringify(makeReport({}, { context }))));
    if (!read.ok) throw new Error(read.reason);
    const published = publishedNames(read.report.context ?? {}, undefined);
    expect(published).toMatchObject({ job: live.job, reportedJob: 'Build (linux)' });
    expect(historyScope({ ...live, ...published })).toEqual(historyScope(live));
    // Without job-name the id is the name, and no jobId is written.
    expect(runContext(env, {}, { matrix: MATRIX }).jobId).toBeUndefined();
  });

  it('storing a stored name changes nothing; blank names take the defaults', () => {
    const once = storedName(WORKFLOW);
    expect(storedName(once)).toBe(once);
    expect(storedNames({ workflow: ' \n ', job: '', matrix: '\u2028' })).toEqual({
      workflow: 'workflow',
      job: 'job',
      reportedJob: 'job',
      matrix: null,
      branch: undefined,
      baseBranch: undefined,
    });
  });
});

let dir: string;
let github: GitHubFake;
postStepEachTest((d) => (dir = d));
githubFakeEachTest((f) => (github = f));

/** One post step of run `runId` of the long-named job; `env` says which event. Its step outputs. */
async function postStep(
  runId: number,
  historyDir: string,
  env: Record<string, string>,
): Promise<Record<string, string>> {
  const outputFile = setPostEnv(dir, {
    GITHUB_REPOSITORY: 'octo/widgets',
    GITHUB_WORKFLOW: WORKFLOW,
    GITHUB_JOB: JOB,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: github.url,
    'INPUT_HISTORY-PATH': historyDir,
    'INPUT_HISTORY-BRANCH': 'carbon-data',
    'INPUT_GITHUB-TOKEN': FAKE_TOKEN,
    'INPUT_CARBON-INTENSITY': '400',
    INPUT_MATRIX: MATRIX,
    ...env,
  });
  await runPost(process.env);
  return readOutputs(outputFile);
}

const push = () => ({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' });

describe('a job with a long, multi-line name, through the post step', () => {
  it('keeps one history entry per run attempt and finds its baseline in the history store and branch', async () => {
    const pushHistory = join(dir, 'push-history');
    mkdirSync(pushHistory);
    const historyLines = () => {
      const [file, ...others] = readdirSync(pushHistory);
      expect(others).toEqual([]);
      return readFileSync(join(pushHistory, file), 'utf8').trim().split('\n');
    };

    expect((await postStep(100, pushHistory, push()))['baseline-co2e-g']).toBe('');
    expect(historyLines()).toHaveLength(1);
    // The same attempt saved again replaces its entry: the stored report and the live one name the job alike.
    await postStep(100, pushHistory, push());
    expect(historyLines()).toHaveLength(1);
    expect(JSON.parse(historyLines()[0]).context).toMatchObject({
      workflow: storedName(WORKFLOW),
      job: storedName(JOB),
    });

    // The next push run compares with the stored one.
    const second = await postStep(101, pushHistory, push());
    expect(Number(second['baseline-co2e-g'])).toBeGreaterThan(0);
    expect(historyLines()).toHaveLength(2);

    // A pull request whose own store is empty reads the base branch's runs back from the history branch.
    const branchText = github.state.branchFile(
      'octo',
      'widgets',
      'carbon-data',
      historyBranchPath(storedName(WORKFLOW)),
    );
    expect(branchText?.trim().split('\n')).toHaveLength(3);
    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 7, head: { ref: 'feature' }, base: { ref: 'main' } } }),
    );
    const prHistory = join(dir, 'pr-history');
    mkdirSync(prHistory);
    const pr = await postStep(102, prHistory, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_REF_NAME: '7/merge',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
    });
    expect(Number(pr['baseline-co2e-g'])).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/Baseline from the carbon\\?-data branch/);
  }, 60_000); // four post steps of about 3 s each on an idle 2-vCPU machine
});
