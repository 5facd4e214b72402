import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchJobSteps } from '../../../src/github/jobs';
import { fakeJob, type FakeJob, type GitHubFake } from '../../fakes/github-fake';
import { fakeClient, githubFakeEachTest } from '../../fakes/github-fake-each-test';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/github/jobs-attempt-1.json', import.meta.url), 'utf8'),
) as { jobs: FakeJob[] };

let fake: GitHubFake;
githubFakeEachTest((f) => {
  fake = f;
  fake.state.setJobs('o', 'r', 555, 1, fixture.jobs);
});
const client = () => fakeClient(fake.url);
type Which = Omit<Parameters<typeof fetchJobSteps>[0], 'client' | 'owner' | 'repo'>;
/** Fetches from o/r with a fresh client; each test names the run, attempt and job it looks for. */
const fetchSteps = (which: Which) => fetchJobSteps({ client: client(), owner: 'o', repo: 'r', ...which });

describe('fetchJobSteps', () => {
  it('finds the job by check run id (= the job id) and maps its steps', async () => {
    const res = await fetchSteps({ runId: 555, attempt: 1, checkRunId: 29679450, runnerName: 'GitHub Actions 12' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    // The check run id wins over the runner name.
    expect(res.job).toEqual({
      id: 29679450,
      name: 'test (ubuntu-latest, 22)',
      runnerName: 'GitHub Actions 13',
      steps: [
        {
          number: 1,
          name: 'Set up job',
          status: 'completed',
          conclusion: 'success',
          startedAt: '2025-03-04T10:00:06Z',
          completedAt: '2025-03-04T10:00:08Z',
        },
        {
          number: 2,
          name: 'Run npm test',
          status: 'in_progress',
          conclusion: null,
          startedAt: '2025-03-04T10:00:08Z',
          completedAt: null,
        },
      ],
    });
    expect(fake.state.requests[0].path).toBe('/repos/o/r/actions/runs/555/attempts/1/jobs?per_page=100');
  });

  it('finds the job by runner name among in-progress jobs', async () => {
    const res = await fetchSteps({ runId: 555, attempt: 1, runnerName: 'GitHub Actions 12' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.job.id).toBe(29679449);
    expect(res.job.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('ignores a finished job that ran on the same runner earlier', async () => {
    fake.state.setJobs('o', 'r', 556, 1, [
      fakeJob({ id: 1, name: 'earlier', status: 'completed', conclusion: 'success', runner_name: 'self-hosted-1' }),
      fakeJob({ id: 2, name: 'now', status: 'in_progress', runner_name: 'self-hosted-1' }),
    ]);
    const res = await fetchSteps({ runId: 556, attempt: 1, runnerName: 'self-hosted-1' });
    expect(res.ok && res.job.name).toBe('now');
  });

  it('pages through runs with more than 100 jobs', async () => {
    const jobs = Array.from({ length: 130 }, (_, i) =>
      fakeJob({ id: i + 1, name: `leg ${i + 1}`, runner_name: `runner ${i + 1}` }),
    );
    fake.state.setJobs('o', 'r', 557, 2, jobs);
    const res = await fetchSteps({ runId: 557, attempt: 2, checkRunId: 125 });
    expect(res.ok && res.job.name).toBe('leg 125');
    expect(fake.state.requests).toHaveLength(2);
  });

  it('says to grant actions: read on 403', async () => {
    fake.state.faults.jobsForbidden = true;
    const res = await fetchSteps({ runId: 555, attempt: 1, checkRunId: 29679450 });
    expect(res).toMatchObject({ ok: false, status: 403 });
    if (res.ok) return;
    expect(res.reason).toContain('actions: read');
    expect(fake.state.requests).toHaveLength(1);
  });

  it('a secondary rate limit (403 + retry-after) is said to be a rate limit, not a missing permission', async () => {
    fake.state.faults.secondaryRateLimitNext = { count: 5, retryAfterS: 60 };
    const res = await fetchSteps({ runId: 555, attempt: 1, checkRunId: 29679450 });
    expect(res).toMatchObject({ ok: false, status: 403 });
    if (res.ok) return;
    expect(res.reason).toMatch(/rate limit was hit \(not a permission problem\)/);
    expect(res.reason).not.toContain('actions: read');
  });

  it('says which job it looked for when none matches', async () => {
    const res = await fetchSteps({ runId: 555, attempt: 1, checkRunId: 42 });
    expect(res).toEqual({ ok: false, reason: 'none of the 2 job(s) of run 555 attempt 1 matches check run id 42' });
  });

  it('reports a missing run (404) as a reason', async () => {
    const res = await fetchSteps({ runId: 999, attempt: 1, checkRunId: 1 });
    expect(res).toMatchObject({ ok: false, status: 404 });
  });

  it('refuses bad arguments without calling the API', async () => {
    const noId = await fetchSteps({ runId: 555, attempt: 1 });
    expect(noId.ok).toBe(false);
    const badAttempt = await fetchSteps({ runId: 555, attempt: 0, checkRunId: 1 });
    expect(badAttempt).toEqual({ ok: false, reason: 'run attempt must be a whole number ≥ 1, got 0' });
    expect(fake.state.requests).toHaveLength(0);
  });
});
