import { describe, expect, it } from 'vitest';
import {
  appendToHistoryBranch,
  historyBranchPath,
  readHistoryBranchFile,
  type AppendToHistoryBranchArgs,
  type AppendToHistoryBranchResult,
} from '../../../src/github/history-branch';
import type { GitHubFake } from '../../fakes/github-fake';
import { fakeClient, githubFakeEachTest } from '../../fakes/github-fake-each-test';

const BRANCH = 'carbon-data';
const PATH = 'history/CI.jsonl';

let fake: GitHubFake;
githubFakeEachTest((f) => (fake = f));

// Throttling off: its write limiter (≥ 1 s apart) is shared by every client in the process.
const client = () => fakeClient(fake.url, { throttle: false });
const line = (n: number) => JSON.stringify({ schemaVersion: 1, run: n, note: 'ünïcode --> <ok>' });

const append = (l: string, extra: Partial<AppendToHistoryBranchArgs> = {}): Promise<AppendToHistoryBranchResult> =>
  appendToHistoryBranch({
    client: client(),
    owner: 'o',
    repo: 'r',
    branch: BRANCH,
    path: PATH,
    line: l,
    event: 'push',
    retry: { attempts: 12, baseDelayMs: 10 },
    ...extra,
  });

describe('historyBranchPath', () => {
  it('keeps safe names readable and gives others a slug plus a hash, so names never collide', () => {
    expect(historyBranchPath('CI')).toBe('history/CI.jsonl');
    expect(historyBranchPath('build-and-test.v2')).toBe('history/build-and-test.v2.jsonl');
    const spaced = historyBranchPath('CI / build');
    expect(spaced).toMatch(/^history\/CI-build-[0-9a-f]{8}\.jsonl$/);
    expect(historyBranchPath('CI // build')).not.toBe(spaced);
    expect(historyBranchPath('../../etc')).toMatch(/^history\/etc-[0-9a-f]{8}\.jsonl$/);
    expect(historyBranchPath('..')).toMatch(/^history\/workflow-[0-9a-f]{8}\.jsonl$/);
  });
});

describe('appendToHistoryBranch', () => {
  it('creates a missing branch as an orphan commit holding just the file', async () => {
    const res = await append(line(1));
    expect(res).toMatchObject({ ok: true, created: true, attempts: 1 });
    expect(fake.state.branchFile('o', 'r', BRANCH, PATH)).toBe(`${line(1)}\n`);
    const log = fake.state.branchLog('o', 'r', BRANCH);
    expect(log).toHaveLength(1);
    expect(log[0].parents).toEqual([]);
    if (res.ok) expect(res.commitSha).toBe(log[0].sha);
    const g = fake.state.git.get('o/r')!;
    expect([...g.trees.get(log[0].tree)!.keys()]).toEqual([PATH]);
  });

  it('grows the file by one line per call, each commit on top of the last, never forced', async () => {
    for (let n = 1; n <= 4; n++) expect(await append(line(n))).toMatchObject({ ok: true, created: n === 1 });
    expect(fake.state.branchFile('o', 'r', BRANCH, PATH)).toBe([1, 2, 3, 4].map((n) => `${line(n)}\n`).join(''));
    const log = fake.state.branchLog('o', 'r', BRANCH);
    expect(log.map((c) => c.parents.length)).toEqual([1, 1, 1, 0]);
    const refWrites = fake.state.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'));
    expect(refWrites).toHaveLength(3);
    expect(refWrites.every((r) => JSON.parse(r.body).force === false)).toBe(true);
  });

  it('keeps existing content byte for byte and other files on the branch, adding a missing final newline', async () => {
    const seeded = '{"old":1}\n{"old":2, "torn": tr';
    const seedSha = fake.state.seedBranch('o', 'r', BRANCH, {
      [PATH]: seeded,
      'index.html': '<html></html>',
      'history/Nightly.jsonl': '{"n":1}\n',
    });
    const res = await append(line(3));
    expect(res).toMatchObject({ ok: true, created: false });
    expect(fake.state.branchFile('o', 'r', BRANCH, PATH)).toBe(`${seeded}\n${line(3)}\n`);
    expect(fake.state.branchFile('o', 'r', BRANCH, 'index.html')).toBe('<html></html>');
    expect(fake.state.branchFile('o', 'r', BRANCH, 'history/Nightly.jsonl')).toBe('{"n":1}\n');
    expect(fake.state.branchLog('o', 'r', BRANCH).map((c) => c.sha)).toContain(seedSha);
  });

  it('adds the file to an existing branch that lacks it', async () => {
    fake.state.seedBranch('o', 'r', BRANCH, { 'README.md': 'data' });
    expect(await append(line(1), { path: 'history/new.jsonl' })).toMatchObject({ ok: true, created: false });
    expect(fake.state.branchFile('o', 'r', BRANCH, 'history/new.jsonl')).toBe(`${line(1)}\n`);
    expect(fake.state.branchFile('o', 'r', BRANCH, 'README.md')).toBe('data');
  });

  it('retries when another writer moved the branch (422 not a fast forward)', async () => {
    fake.state.seedBranch('o', 'r', BRANCH, { [PATH]: `${line(0)}\n` });
    fake.state.faults.refUpdateConflictNext = 2;
    const res = await append(line(1));
    expect(res).toMatchObject({ ok: true, attempts: 3 });
    expect(fake.state.branchFile('o', 'r', BRANCH, PATH)).toBe(`${line(0)}\n${line(1)}\n`);
  });

  it('gives up after the bounded attempts with a reason, leaving the branch as it was', async () => {
    const seedSha = fake.state.seedBranch('o', 'r', BRANCH, { [PATH]: `${line(0)}\n` });
    fake.state.faults.refUpdateConflictNext = 10;
    const res = await append(line(1), { retry: { attempts: 3, baseDelayMs: 1 } });
    expect(res).toMatchObject({ ok: false });
    if (!res.ok) expect(res.reason).toMatch(/kept moving under 3 attempts/);
    expect(fake.state.branchLog('o', 'r', BRANCH).map((c) => c.sha)).toEqual([seedSha]);
  });

  it('5 concurrent appends to a missing branch all land: no line lost, one linear history', async () => {
    fake.state.faults.latencyJitterMs = 30;
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => append(line(n))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    const lines = fake.state.branchFile('o', 'r', BRANCH, PATH)!.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.sort()).toEqual([1, 2, 3, 4, 5].map(line).sort());
    const log = fake.state.branchLog('o', 'r', BRANCH);
    expect(log).toHaveLength(5);
    // The race was real: some ref update or branch creation was refused and redone.
    expect(fake.state.requests.filter((r) => r.status === 422).length).toBeGreaterThan(0);
  });

  it('refuses pull request events before any request', async () => {
    for (const event of ['pull_request', 'pull_request_target', 'pull_request_review']) {
      const res = await append(line(1), { event });
      expect(res).toMatchObject({ ok: false });
      if (!res.ok) expect(res.reason).toMatch(/push runs only/);
    }
    expect(fake.state.requests).toHaveLength(0);
  });

  it('says the token needs contents: write on a 403', async () => {
    fake.state.seedBranch('o', 'r', BRANCH, { [PATH]: `${line(0)}\n` });
    fake.state.faults.forkReadOnly = true; // every write answered 403
    const res = await append(line(1));
    expect(res).toMatchObject({ ok: false, status: 403 });
    if (!res.ok) expect(res.reason).toMatch(/HTTP 403.*permissions: contents: write/);
    expect(fake.state.branchFile('o', 'r', BRANCH, PATH)).toBe(`${line(0)}\n`);
  });

  it('refuses lines that are not one line of JSON, and unsafe branch names or paths', async () => {
    expect(await append('{"a":1}\n{"b":2}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/one non-empty line/),
    });
    expect(await append('not json')).toMatchObject({ ok: false, reason: expect.stringMatching(/not JSON/) });
    expect(await append(line(1), { branch: 'a..b' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/history-branch must be a branch name.*"a\.\.b"/),
    });
    expect(await append(line(1), { path: '../x.jsonl' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/relative path/),
    });
    expect(fake.state.requests).toHaveLength(0);
    // A trailing newline on the line is fine.
    expect(await append(`${line(1)}\n`)).toMatchObject({ ok: true });
    expect(fake.state.branchFile('o', 'r', BRANCH, PATH)).toBe(`${line(1)}\n`);
  });
});

describe('readHistoryBranchFile', () => {
  const read = (path = PATH) =>
    readHistoryBranchFile({ client: client(), owner: 'o', repo: 'r', branch: BRANCH, path });

  it('reads the file at the branch head; a missing branch or file is found: false', async () => {
    expect(await read()).toEqual({ ok: true, text: '', found: false, commitSha: null });
    const sha = fake.state.seedBranch('o', 'r', BRANCH, { [PATH]: `${line(1)}\n` });
    expect(await read()).toEqual({ ok: true, text: `${line(1)}\n`, found: true, commitSha: sha });
    expect(await read('history/other.jsonl')).toEqual({ ok: true, text: '', found: false, commitSha: sha });
  });

  it("reads files over the contents API's 1 MB limit through the blob API, and appends to them", async () => {
    const big = `${'{"pad":"' + 'x'.repeat(1000) + '"}\n'}`.repeat(1100); // 1100 × 1011 B ≈ 1.1 MB
    fake.state.seedBranch('o', 'r', BRANCH, { [PATH]: big });
    const res = await read();
    expect(res).toMatchObject({ ok: true, found: true });
    if (res.ok) expect(res.text).toBe(big);
    expect(fake.state.requests.some((r) => r.path.includes('/git/blobs/'))).toBe(true);
    expect(await append(line(9))).toMatchObject({ ok: true });
    expect(fake.state.branchFile('o', 'r', BRANCH, PATH)).toBe(`${big}${line(9)}\n`);
  });
});
