import { describe, expect, it } from 'vitest';
import { composeCommentBody, upsertStickyComment } from '../../../src/github/comments';
import { stickyMarker } from '../../../src/report/comment-marker';
import { COMMENT_MAX_CHARS } from '../../../src/report/markdown';
import type { GitHubFake } from '../../fakes/github-fake';
import { FAKE_TOKEN, fakeClient, githubFakeEachTest } from '../../fakes/github-fake-each-test';
import { refusedLoopbackUrl } from '../../fakes/http-util';

let fake: GitHubFake;
githubFakeEachTest((f) => (fake = f));

const client = () => fakeClient(fake.url);
const marker = stickyMarker({ workflow: 'CI', job: 'test' });
type UpsertArgs = Parameters<typeof upsertStickyComment>[0];
/** Upserts this file's sticky comment on PR `issueNumber` of o/r. */
const upsert = (issueNumber: number, body: string, more: Partial<UpsertArgs> = {}) =>
  upsertStickyComment({ owner: 'o', repo: 'r', issueNumber, marker, body, ...more, client: more.client ?? client() });

/** Asserts a typed failure with these fields and narrows to it, so the test can read its reason. */
function failure(res: Awaited<ReturnType<typeof upsertStickyComment>>, fields: Record<string, unknown>) {
  expect(res).toMatchObject({ action: 'failed', ...fields });
  if (res.action !== 'failed') throw new Error('expected failure');
  return res;
}

describe('stickyMarker', () => {
  it('encodes names so they cannot close the comment or collide', () => {
    expect(stickyMarker({ workflow: 'CI', job: 'test' })).toBe('<!-- carbon-action:v1 workflow=CI job=test -->');
    const nasty = stickyMarker({ workflow: 'CI --> <b>x</b>', job: 'a b' });
    expect(nasty).toBe('<!-- carbon-action:v1 workflow=CI%20-%2D%3E%20%3Cb%3Ex%3C/b%3E job=a%20b -->');
    // Only the final "-->" closes the comment.
    expect(nasty.indexOf('-->')).toBe(nasty.length - 3);
    // "workflow=a job=b" as a workflow name must not look like workflow a, job b.
    expect(stickyMarker({ workflow: 'a job=b', job: 'c' })).not.toContain('workflow=a job=b');
    expect(stickyMarker({ workflow: 'CI', job: 'test', matrix: 'node 20' })).toBe(
      '<!-- carbon-action:v1 workflow=CI job=test matrix=node%2020 -->',
    );
  });
});

describe('composeCommentBody', () => {
  it('leaves a body that fits alone', () => {
    expect(composeCommentBody('<!-- m -->', 'hello')).toEqual({ text: '<!-- m -->\nhello', truncated: false });
  });

  it('truncates at a line break with a visible note, closes an open fence, never exceeds the limit', () => {
    const body = ['intro', '```', ...Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(20)}`), '```'].join(
      '\n',
    );
    const { text, truncated } = composeCommentBody(marker, body, 10_000);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(10_000);
    expect(text.startsWith(`${marker}\n`)).toBe(true);
    expect(text).toContain('carbon-action cut this comment short');
    // The fence opened in the kept part is closed before the note.
    const beforeNote = text.slice(0, text.indexOf('\n\n> [!NOTE]'));
    expect((beforeNote.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(beforeNote.endsWith('```')).toBe(true);
  });

  it("caps at GitHub's 65,536 characters by default", () => {
    const { text, truncated } = composeCommentBody(marker, 'y'.repeat(70_000));
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(text.length).toBeGreaterThan(COMMENT_MAX_CHARS - 400);
  });
});

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const c = client();
    const first = await upsert(7, 'run 1', { client: c });
    expect(first).toMatchObject({ action: 'created', truncated: false });
    const second = await upsert(7, 'run 2', { client: c });
    expect(second).toMatchObject({ action: 'updated' });
    if (first.action === 'failed' || second.action === 'failed') throw new Error('unexpected failure');
    expect(second.id).toBe(first.id);
    const comments = fake.state.listComments('o', 'r', 7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe(`${marker}\nrun 2`);
    expect(second.url).toBe(comments[0].html_url);
  });

  it('finds its comment beyond the first page (>100 comments) and edits only it', async () => {
    for (let i = 0; i < 150; i++) fake.state.addComment('o', 'r', 9, `chatter ${i}`, 'someone');
    const mine = fake.state.addComment('o', 'r', 9, `${marker}\nold figures`);
    // Another job's sticky comment and a human quoting ours must be left alone.
    fake.state.addComment('o', 'r', 9, `${stickyMarker({ workflow: 'CI', job: 'lint' })}\nlint figures`);
    fake.state.addComment('o', 'r', 9, `> quoting: ${marker}`, 'someone');

    const res = await upsert(9, 'new figures');
    expect(res).toMatchObject({ action: 'updated', id: mine.id });
    expect(fake.state.listComments('o', 'r', 9)).toHaveLength(153);
    const gets = fake.state.requests.filter((r) => r.method === 'GET');
    // 153 comments at 100 a page: page 1 and page 2, found through the Link header.
    expect(gets.map((r) => r.path)).toEqual([
      '/repos/o/r/issues/9/comments?per_page=100',
      '/repos/o/r/issues/9/comments?per_page=100&page=2',
    ]);
    expect(fake.state.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(fake.state.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('never sends more than 65,536 characters', async () => {
    const res = await upsert(1, 'z'.repeat(100_000));
    expect(res).toMatchObject({ action: 'created', truncated: true });
    expect(fake.state.listComments('o', 'r', 1)[0].body.length).toBeLessThanOrEqual(65_536);
  });

  it("turns a fork PR's read-only token into forkReadOnly, without throwing", async () => {
    fake.state.faults.forkReadOnly = true;
    const res = failure(await upsert(3, 'x', { isFork: true }), { status: 403, forkReadOnly: true });
    expect(res.reason).toContain('Resource not accessible by integration');
    expect(res.reason).toContain('workflow_run');
    // 403 is not retried: one list, one refused create.
    expect(fake.state.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 403']);
  });

  it('on a same-repo PR the same 403 asks for pull-requests: write instead', async () => {
    fake.state.faults.forkReadOnly = true;
    const res = failure(await upsert(3, 'x', { isFork: false }), { forkReadOnly: false });
    expect(res.reason).toContain('pull-requests: write');
  });

  it('retries a 500 then succeeds', async () => {
    fake.state.faults.failNext = { count: 1, status: 500 };
    const res = await upsert(4, 'x');
    expect(res).toMatchObject({ action: 'created' });
    expect(fake.state.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 500', 'GET 200', 'POST 201']);
  });

  it('gives up after the retries with a typed failure when the API stays down', async () => {
    fake.state.faults.failNext = { count: 100, status: 502 };
    const res = await upsert(4, 'x');
    expect(res).toMatchObject({ action: 'failed', status: 502, forkReadOnly: false });
    // 1 try + 2 retries by default.
    expect(fake.state.requests).toHaveLength(3);
  });

  it('retries a secondary rate limit after the (shrunk) retry-after', async () => {
    fake.state.faults.secondaryRateLimitNext = { count: 1, retryAfterS: 2 };
    const res = await upsert(5, 'x');
    expect(res).toMatchObject({ action: 'created' });
    const log = fake.state.requests;
    expect(log.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 403', 'GET 200', 'POST 201']);
    // retry-after 2 × the 5 ms test unit = 10 ms, not 2 s. (The POST may wait for
    // plugin-throttling's spacing of writes, so only the retry gap is timed.)
    expect(log[1].at - log[0].at).toBeGreaterThanOrEqual(8);
    expect(log[1].at - log[0].at).toBeLessThan(1000);
  });

  it('does not wait out a long secondary rate limit', async () => {
    fake.state.faults.secondaryRateLimitNext = { count: 1, retryAfterS: 60 };
    const res = failure(await upsert(5, 'x'), { status: 403, forkReadOnly: false });
    expect(res.reason).toMatch(/secondary rate limit/);
    expect(fake.state.requests).toHaveLength(1);
  });

  it('a network failure is a typed failure, not an exception', async () => {
    const c = fakeClient(await refusedLoopbackUrl(), { retryDelayMs: 1 });
    const res = await upsert(5, 'x', { client: c });
    expect(res).toMatchObject({ action: 'failed', forkReadOnly: false });
  });

  it('a hanging API is cut by the request timeout', async () => {
    fake.state.faults.latencyMs = 2000;
    const c = fakeClient(fake.url, { retryDelayMs: 1, requestTimeoutMs: 200 });
    const started = Date.now();
    const res = failure(await upsert(5, 'x', { client: c }), { forkReadOnly: false });
    expect(res.reason).toContain('timed out after 200 ms');
    expect(res.status).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('sends the token only in the Authorization header and the fake never records it', async () => {
    await upsert(6, 'x');
    expect(fake.state.requests.every((r) => r.authorized)).toBe(true);
    expect(JSON.stringify(fake.state.requests)).not.toContain(FAKE_TOKEN);
  });

  it('rejects a bad PR number with a reason naming it', async () => {
    const res = failure(await upsert(0, 'x'), { forkReadOnly: false });
    expect(res.reason).toContain('got 0');
    expect(fake.state.requests).toHaveLength(0);
  });
});
