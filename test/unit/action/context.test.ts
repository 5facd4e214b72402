import { describe, expect, it } from 'vitest';
import { jobIdentity, repositoryName } from '../../../src/action/context';

// The job's identity is built once from the runner's environment and the event payload.

describe('jobIdentity', () => {
  it('takes a pull request run apart: repository, names, run, PR number, branches, fork', () => {
    const env = {
      GITHUB_REPOSITORY: 'octo/widgets',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'test',
      GITHUB_RUN_ID: '123456',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'feature/x',
      GITHUB_BASE_REF: 'main',
      RUNNER_OS: 'Linux',
    };
    const payload = {
      pull_request: {
        number: 42,
        head: { ref: 'feature/x', repo: { full_name: 'fork/widgets' } },
        base: { ref: 'main', repo: { full_name: 'octo/widgets' } },
      },
    };
    expect(jobIdentity(env, payload, { matrix: 'node 20' })).toEqual({
      owner: 'octo',
      repo: 'widgets',
      workflow: 'CI',
      job: 'test',
      reportedJob: 'test',
      matrix: 'node 20',
      runId: '123456',
      attempt: 2,
      event: 'pull_request',
      branch: 'feature/x',
      pullRequest: 42,
      baseBranch: 'main',
      os: 'Linux',
      isFork: true,
    });
  });

  it('outside Actions: the defaults the history key and the comment marker have always used', () => {
    const id = jobIdentity({}, {}, {});
    expect(id).toMatchObject({ owner: '', repo: '', workflow: 'workflow', job: 'job', matrix: null, attempt: 1 });
    expect(id.runId).toBeUndefined();
    expect(id.pullRequest).toBeUndefined();
    expect(id.os).toBe(process.platform);
    expect(repositoryName(id)).toBe('');
  });

  it('a push: the branch from GITHUB_REF_NAME, no PR, and a bad attempt number read as 1', () => {
    const env = {
      GITHUB_REPOSITORY: 'octo/widgets',
      GITHUB_REF_NAME: 'main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_RUN_ATTEMPT: 'x',
    };
    const id = jobIdentity(env, { repository: { default_branch: 'main' } }, { matrix: '' });
    expect(id).toMatchObject({ branch: 'main', event: 'push', attempt: 1, matrix: null });
    expect(id.pullRequest).toBeUndefined();
    expect(id.baseBranch).toBeUndefined();
    expect(repositoryName(id)).toBe('octo/widgets');
  });
});
