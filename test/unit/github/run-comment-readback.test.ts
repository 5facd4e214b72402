// "PR comment not posted … cancelled" appeared after a write that had landed: a slow
// read-back (the check that no concurrent job overwrote us) is not a failed write.
import { describe, expect, it } from 'vitest';
import { upsertRunComment } from '../../../src/github/run-comment';
import { runCommentMarker } from '../../../src/report/run-comment-format';
import { buildRunCommentPayload, runCommentRenderer } from '../../../src/report/run-comment-render';
import { makeReport } from '../../fixtures/report';
import type { GitHubFake } from '../../fakes/github-fake';
import { fakeClient, githubFakeEachTest } from '../../fakes/github-fake-each-test';

let fake: GitHubFake;
githubFakeEachTest((f) => (fake = f));

describe('upsertRunComment read-back', () => {
  it('a read-back that times out after a successful write reports the write, not a failure', async () => {
    const client = fakeClient(fake.url, { throttle: false });
    client.rest.issues.getComment = (async () => {
      throw Object.assign(new Error('GitHub API request was cancelled (the operation ran out of time)'), {
        name: 'AbortError',
        status: 500,
      });
    }) as unknown as typeof client.rest.issues.getComment;
    const result = await upsertRunComment({
      client,
      owner: 'o',
      repo: 'r',
      issueNumber: 7,
      workflow: 'CI',
      section: {
        jobKey: 'test',
        runId: '1',
        attempt: 1,
        payload: buildRunCommentPayload({ report: makeReport({ co2eG: 1, energyWh: 2 }), jobName: 'test' }),
      },
      render: runCommentRenderer({ workflow: 'CI' }),
      retry: { attempts: 3, baseDelayMs: 5, settleMs: 5 },
    });
    expect(result).toMatchObject({ action: 'created', unverified: expect.stringMatching(/cancelled/) });
    expect(fake.state.listComments('o', 'r', 7).filter((c) => c.body.startsWith(runCommentMarker('CI')))).toHaveLength(
      1,
    );
  });
});
