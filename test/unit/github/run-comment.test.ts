import { describe, expect, it } from 'vitest';
import { upsertRunComment, type RunCommentResult } from '../../../src/github/run-comment';
import { stickyMarker } from '../../../src/report/comment-marker';
import {
  parseRunCommentSections,
  runCommentMarker,
  type RunCommentSection,
} from '../../../src/report/run-comment-format';
import {
  buildRunCommentPayload,
  readRunCommentPayload,
  runCommentRenderer,
} from '../../../src/report/run-comment-render';
import { makeReport } from '../../fixtures/report';
import type { GitHubFake } from '../../fakes/github-fake';
import { fakeClient, githubFakeEachTest } from '../../fakes/github-fake-each-test';

const WORKFLOW = 'CI';

let fake: GitHubFake;
githubFakeEachTest((f) => (fake = f));

// One client per job, as each job of a matrix is its own process. Throttling off: its
// limiters are shared across clients in one process and would serialise the "jobs".
const client = () => fakeClient(fake.url, { throttle: false });
const render = runCommentRenderer({ workflow: WORKFLOW });
// Waits scaled to the fake's latency: settle > the longest read→write gap of another job.
const fastRetry = { attempts: 12, baseDelayMs: 20, settleMs: 200 };

const jobSection = (
  job: string,
  opts: { runId?: string; attempt?: number; co2eG?: number } = {},
): RunCommentSection => ({
  jobKey: job,
  runId: opts.runId ?? '500',
  attempt: opts.attempt ?? 1,
  payload: buildRunCommentPayload({ report: makeReport({ co2eG: opts.co2eG ?? 1, energyWh: 2 }), jobName: job }),
});

const upsert = (
  section: RunCommentSection,
  extra: Partial<Parameters<typeof upsertRunComment>[0]> = {},
): Promise<RunCommentResult> =>
  upsertRunComment({
    client: client(),
    owner: 'o',
    repo: 'r',
    issueNumber: 7,
    workflow: WORKFLOW,
    section,
    render,
    retry: fastRetry,
    ...extra,
  });

const runComments = () =>
  fake.state.listComments('o', 'r', 7).filter((c) => c.body.startsWith(runCommentMarker(WORKFLOW)));

describe('upsertRunComment', () => {
  it('creates one comment, then each further job adds its own section and row to it', async () => {
    const first = await upsert(jobSection('build', { co2eG: 1 }));
    expect(first).toMatchObject({ action: 'created', attempts: 1 });
    const second = await upsert(jobSection('test', { co2eG: 1.5 }));
    expect(second).toMatchObject({ action: 'updated', attempts: 1 });
    if (first.action === 'failed' || second.action === 'failed') throw new Error('unexpected failure');
    expect(second.id).toBe(first.id);
    const [c] = runComments();
    expect(fake.state.listComments('o', 'r', 7)).toHaveLength(1);
    expect(parseRunCommentSections(c.body).map((s) => s.jobKey)).toEqual(['build', 'test']);
    // 1 g + 1.5 g = 2.50 g; 2 Wh + 2 Wh = 4.00 Wh.
    expect(c.body).toContain('| **Total: 2 jobs of run 500** | | 10 min 00 s | **4.00 Wh** | **2.50 g** | — | — |');
  });

  it('leaves other comments alone: per-job sticky comments, other workflows, humans quoting the marker', async () => {
    for (let i = 0; i < 120; i++) fake.state.addComment('o', 'r', 7, `chatter ${i}`, 'someone');
    const sticky = fake.state.addComment('o', 'r', 7, `${stickyMarker({ workflow: WORKFLOW, job: 'test' })}\nper-job`);
    const other = fake.state.addComment('o', 'r', 7, `${runCommentMarker('Nightly')}\nother workflow`);
    const quote = fake.state.addComment('o', 'r', 7, `> ${runCommentMarker(WORKFLOW)}`, 'someone');
    const res = await upsert(jobSection('build'));
    expect(res).toMatchObject({ action: 'created' });
    expect(runComments()).toHaveLength(1);
    expect(sticky.body).toBe(`${stickyMarker({ workflow: WORKFLOW, job: 'test' })}\nper-job`);
    expect(other.body).toBe(`${runCommentMarker('Nightly')}\nother workflow`);
    expect(quote.body).toBe(`> ${runCommentMarker(WORKFLOW)}`);
  });

  it("a re-run replaces its job's section, and a stale attempt never overwrites a newer one", async () => {
    await upsert(jobSection('build', { co2eG: 1 }));
    await upsert(jobSection('test', { co2eG: 3 }));
    const rerun = await upsert(jobSection('test', { attempt: 2, co2eG: 2 }));
    expect(rerun).toMatchObject({ action: 'updated' });
    let sections = parseRunCommentSections(runComments()[0].body);
    expect(sections.map((s) => `${s.jobKey}#${s.attempt}`)).toEqual(['build#1', 'test#2']);
    expect(readRunCommentPayload(sections[1].payload)?.co2eG).toBe(2);
    // A later workflow run (new push) replaces too.
    await upsert(jobSection('test', { runId: '501', co2eG: 4 }));
    sections = parseRunCommentSections(runComments()[0].body);
    expect(sections.map((s) => `${s.jobKey}@${s.runId}#${s.attempt}`)).toEqual(['build@500#1', 'test@501#1']);
    // The slow post step of attempt 1 of run 500 arriving last changes nothing.
    const stale = await upsert(jobSection('test', { runId: '500', attempt: 1, co2eG: 99 }));
    expect(stale).toMatchObject({ action: 'failed', forkReadOnly: false });
    if (stale.action === 'failed') expect(stale.reason).toMatch(/newer run of job "test"/);
    expect(readRunCommentPayload(parseRunCommentSections(runComments()[0].body)[1].payload)?.co2eG).toBe(4);
  });

  it('escapes hostile job and step names in the visible comment', async () => {
    const report = makeReport();
    report.steps = [
      {
        number: 1,
        name: '<img src=x onerror=alert(1)>',
        startedAt: '',
        completedAt: '',
        durationS: 1,
        energyWh: 1,
        co2eG: 1,
      },
    ];
    report.context = { ...report.context, runner: '@octocat --> <b>' };
    const payload = buildRunCommentPayload({ report, jobName: 'evil | <script>alert(1)</script> -->' });
    const res = await upsert({ jobKey: 'evil --> job', runId: '1', attempt: 1, payload });
    expect(res).toMatchObject({ action: 'created' });
    const body = runComments()[0].body;
    const visible = body
      .split('\n')
      .filter((l) => !l.startsWith('<!-- carbon-action:payload '))
      .join('\n');
    expect(visible).not.toMatch(/<script|<img|<b>|@octocat/);
    expect(visible).toContain('evil \\| &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\-\\-&gt;');
    // Each marker is closed by its own "-->" only: 1 + 3 markers.
    expect(body.match(/-->/g)).toHaveLength(4);
    expect(parseRunCommentSections(body)[0].jobKey).toBe('evil --> job');
  });

  it("reports a fork PR's read-only token (403) as a typed failure, without throwing", async () => {
    fake.state.faults.forkReadOnly = true;
    const res = await upsert(jobSection('build'), { isFork: true });
    expect(res).toMatchObject({ action: 'failed', status: 403, forkReadOnly: true });
    if (res.action === 'failed')
      expect(res.reason).toMatch(/create the run comment.*forks get a read-only token.*workflow_run/);
  });

  it('refuses bad arguments by name', async () => {
    expect(await upsert({ ...jobSection('a'), attempt: 0 })).toMatchObject({
      action: 'failed',
      reason: expect.stringMatching(/section\.attempt must be a whole number ≥ 1, got 0/),
    });
    expect(await upsert(jobSection('a'), { issueNumber: 0 })).toMatchObject({
      action: 'failed',
      reason: expect.stringMatching(/PR number/),
    });
    expect(await upsert({ ...jobSection('a'), jobKey: '' })).toMatchObject({
      action: 'failed',
      reason: expect.stringMatching(/jobKey/),
    });
    expect(fake.state.requests).toHaveLength(0);
  });

  it('redoes its write when another job overwrote it meanwhile, with bounded jittered waits', async () => {
    await upsert(jobSection('build'));
    const waits: number[] = [];
    let clobbers = 1;
    // During the settle wait, a job that read before our write lands its stale body.
    const sleep = async (ms: number) => {
      waits.push(ms);
      if (clobbers-- > 0) {
        const c = runComments()[0];
        c.body = c.body.replace(/<!-- carbon-action:section job=test [\s\S]*?section-end job=test -->\n/, '');
      }
    };
    const res = await upsert(jobSection('test'), {
      sleep,
      random: () => 0.5,
      retry: { attempts: 5, baseDelayMs: 10, settleMs: 100 },
    });
    expect(res).toMatchObject({ action: 'updated', attempts: 2 });
    // settle 100 × (1 + 0.5) = 150; retry 1 waits 10 × 2⁰ × (0.5 + 0.5) = 10; settle again 150.
    expect(waits).toEqual([150, 10, 150]);
    expect(parseRunCommentSections(runComments()[0].body).map((s) => s.jobKey)).toEqual(['build', 'test']);
  });

  it('gives up after the bounded attempts with a reason, without throwing', async () => {
    await upsert(jobSection('build'));
    const sleep = async () => {
      const c = runComments()[0];
      c.body = c.body.replace(/<!-- carbon-action:section job=test [\s\S]*?section-end job=test -->\n/, '');
    };
    const res = await upsert(jobSection('test'), { sleep, retry: { attempts: 3, baseDelayMs: 1, settleMs: 1 } });
    expect(res).toMatchObject({ action: 'failed', forkReadOnly: false });
    if (res.action === 'failed')
      expect(res.reason).toMatch(/still missing after 3 attempt\(s\).*another job overwrote/);
    expect(parseRunCommentSections(runComments()[0].body).map((s) => s.jobKey)).toEqual(['build']);
  });

  it('fails by name when the renderer drops a section or the body is too long', async () => {
    await upsert(jobSection('build'));
    const dropper = await upsert(jobSection('test'), {
      render: (sections) => render(sections.filter((s) => s.jobKey !== 'build')),
    });
    expect(dropper).toMatchObject({
      action: 'failed',
      reason: expect.stringMatching(/renderer left out the section\(s\) of "build"/),
    });
    const huge = await upsert(jobSection('test'), { render: (sections) => `${render(sections)}${'x'.repeat(70_000)}` });
    expect(huge).toMatchObject({
      action: 'failed',
      reason: expect.stringMatching(/2 jobs needs 7\d,\d{3} characters, more than GitHub's 65,536/),
    });
    expect(parseRunCommentSections(runComments()[0].body).map((s) => s.jobKey)).toEqual(['build']);
  });

  it('when two jobs create at the same moment, ends with one comment holding both sections', async () => {
    // Both list before either creates: a fixed latency lines the two requests up.
    fake.state.faults.latencyMs = 30;
    const [a, b] = await Promise.all([upsert(jobSection('a')), upsert(jobSection('b'))]);
    expect(a.action).not.toBe('failed');
    expect(b.action).not.toBe('failed');
    const posts = fake.state.requests.filter((r) => r.method === 'POST');
    const deletes = fake.state.requests.filter((r) => r.method === 'DELETE' && r.status === 204);
    expect(posts).toHaveLength(2); // the race happened
    expect(deletes).toHaveLength(1); // and the newer comment was folded away
    const left = runComments();
    expect(left).toHaveLength(1);
    // The oldest survives; the deleted one was newer. Both jobs point at the survivor.
    const deletedId = Number(/comments\/(\d+)/.exec(deletes[0].path)![1]);
    expect(deletedId).toBeGreaterThan(left[0].id);
    expect(a.action !== 'failed' && a.id).toBe(left[0].id);
    expect(b.action !== 'failed' && b.id).toBe(left[0].id);
    expect(
      parseRunCommentSections(left[0].body)
        .map((s) => s.jobKey)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('10 concurrent jobs with random latency: no section lost, exactly one comment', async () => {
    fake.state.faults.latencyJitterMs = 40;
    const jobs = Array.from({ length: 10 }, (_, i) => `test (node ${i})`);
    const round = async (attempt: number) => {
      const results = await Promise.all(
        jobs.map(async (job, i) => {
          // Jobs end at slightly different times, as in a real matrix.
          await new Promise((r) => setTimeout(r, (i * 7) % 30));
          return upsert(jobSection(job, { attempt, co2eG: i + attempt / 10 }));
        }),
      );
      return results;
    };
    const started = Date.now();
    const first = await round(1);
    expect(first.filter((r) => r.action === 'failed')).toEqual([]);
    let comments = runComments();
    expect(comments).toHaveLength(1);
    let sections = parseRunCommentSections(comments[0].body);
    expect(sections.map((s) => s.jobKey).sort()).toEqual([...jobs].sort());

    // The whole matrix re-run: every section replaced, none appended, none lost.
    const second = await round(2);
    expect(second.filter((r) => r.action === 'failed')).toEqual([]);
    comments = runComments();
    expect(comments).toHaveLength(1);
    sections = parseRunCommentSections(comments[0].body);
    expect(sections).toHaveLength(10);
    expect(sections.every((s) => s.attempt === 2)).toBe(true);
    expect(sections.map((s) => readRunCommentPayload(s.payload)?.co2eG).sort((x, y) => x! - y!)).toEqual(
      jobs.map((_, i) => i + 0.2),
    );
    // Total of attempt 2: Σ (i + 0.2) for i = 0..9 = 45 + 2 = 47.0 g.
    expect(comments[0].body).toContain('**47.0 g**');

    // The race was real: some write was overwritten and redone, or duplicates were folded.
    const all = [...first, ...second] as Extract<RunCommentResult, { attempts: number }>[];
    const retried = all.filter((r) => r.attempts > 1).length;
    const deletes = fake.state.requests.filter((r) => r.method === 'DELETE').length;
    expect(retried + deletes).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
