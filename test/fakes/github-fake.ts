// Loopback fake of the few GitHub REST endpoints carbon-action calls. Usable in-process
// and from a spawned child (point GITHUB_API_URL at `url`). Faults live in `state.faults`
// and may be changed between requests.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLogging, sendJson, sleep, type LoggedRequest } from './http-util';

export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

export interface FakeStep {
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  number: number;
  started_at: string | null;
  completed_at: string | null;
}

export interface FakeJob {
  id: number;
  run_id: number;
  run_attempt: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  runner_name: string | null;
  steps: FakeStep[];
  [extra: string]: unknown;
}

export interface GitHubFakeFaults {
  /** Answer every write (POST/PATCH) with 403 "Resource not accessible by integration", as for a fork PR. */
  forkReadOnly: boolean;
  /**
   * Answer the next N requests (any route) with this status. `message` may hold "{token}": the token the request
   * carried, echoed as some APIs do.
   */
  failNext: { count: number; status: number; message?: string };
  /** Answer the next N requests with 200 and a body that is not JSON. */
  malformedJsonNext: number;
  /** Answer the next N requests with a secondary rate limit (403 + retry-after). */
  secondaryRateLimitNext: { count: number; retryAfterS: number };
  /** Answer the jobs endpoint with 403, as when the token lacks `actions: read`. */
  jobsForbidden: boolean;
  /** Delay before every answer. */
  latencyMs: number;
  /** Extra random delay per request, uniform in [0, latencyJitterMs): makes read-modify-write races likely. */
  latencyJitterMs: number;
  /**
   * Answer the next N ref updates (PATCH git/refs) with 422 "not a fast forward", as if another writer moved the
   * branch.
   */
  refUpdateConflictNext: number;
}

/** A commit of the fake's git model. Trees are flat: full path → blob sha. */
export interface FakeGitCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

export interface FakeGitRepo {
  blobs: Map<string, Buffer>;
  trees: Map<string, Map<string, string>>;
  commits: Map<string, FakeGitCommit>;
  /** "refs/heads/<branch>" → commit sha. */
  refs: Map<string, string>;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { ref: string; repo: { full_name: string } };
}

export interface FakeCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string };
}

export interface GitHubFakeState {
  /** Comments per issue, keyed "owner/repo#number", oldest first. */
  comments: Map<string, FakeComment[]>;
  /** Pull requests, keyed "owner/repo#number" (GET pulls/:n). */
  pulls: Map<string, FakePull>;
  /** Check runs created (POST check-runs), oldest first. */
  checkRuns: FakeCheckRun[];
  /** Jobs per run attempt, keyed "owner/repo/runId/attempt". */
  jobs: Map<string, FakeJob[]>;
  requests: LoggedRequest[];
  faults: GitHubFakeFaults;
  /** Seeds a comment directly (not logged as a request). */
  addComment(owner: string, repo: string, issue: number, body: string, login?: string): FakeComment;
  listComments(owner: string, repo: string, issue: number): FakeComment[];
  setJobs(owner: string, repo: string, runId: number, attempt: number, jobs: FakeJob[]): void;
  /** Git object model per "owner/repo" (git data and contents endpoints). */
  git: Map<string, FakeGitRepo>;
  /** Seeds a branch with one commit holding these files (not logged as a request); returns the commit sha. */
  seedBranch(owner: string, repo: string, branch: string, files: Record<string, string>): string;
  /** A file's text at a branch head; null when the branch or the file does not exist. */
  branchFile(owner: string, repo: string, branch: string, path: string): string | null;
  /** Commits reachable from the branch head, newest first (first parents only). */
  branchLog(owner: string, repo: string, branch: string): FakeGitCommit[];
}

export interface GitHubFake {
  url: string;
  state: GitHubFakeState;
  close(): Promise<void>;
}

const MAX_PER_PAGE = 100;

/** GitHub's answer to a comment body over its 65,536-character limit. */
function refuseLongBody(res: ServerResponse): number {
  sendJson(res, 422, {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)',
      },
    ],
  });
  return 422;
}

export async function startGitHubFake(
  opts: { faults?: Partial<GitHubFakeFaults>; botLogin?: string } = {},
): Promise<GitHubFake> {
  let nextId = 1000;
  let baseUrl = '';
  const botLogin = opts.botLogin ?? 'github-actions[bot]';
  const clock = () => new Date(Date.UTC(2025, 0, 1) + nextId * 1000).toISOString().replace('.000Z', 'Z');

  const state: GitHubFakeState = {
    comments: new Map(),
    pulls: new Map(),
    checkRuns: [],
    jobs: new Map(),
    requests: [],
    faults: {
      forkReadOnly: false,
      failNext: { count: 0, status: 500 },
      secondaryRateLimitNext: { count: 0, retryAfterS: 1 },
      jobsForbidden: false,
      latencyMs: 0,
      latencyJitterMs: 0,
      refUpdateConflictNext: 0,
      malformedJsonNext: 0,
      ...opts.faults,
    },
    addComment(owner, repo, issue, body, login = botLogin) {
      const id = nextId++;
      const c: FakeComment = {
        id,
        node_id: `IC_${id}`,
        url: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${id}`,
        html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
        issue_url: `${baseUrl}/repos/${owner}/${repo}/issues/${issue}`,
        body,
        user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
        created_at: clock(),
        updated_at: clock(),
      };
      const key = `${owner}/${repo}#${issue}`;
      state.comments.set(key, [...(state.comments.get(key) ?? []), c]);
      return c;
    },
    listComments(owner, repo, issue) {
      return state.comments.get(`${owner}/${repo}#${issue}`) ?? [];
    },
    setJobs(owner, repo, runId, attempt, jobs) {
      state.jobs.set(`${owner}/${repo}/${runId}/${attempt}`, jobs);
    },
    git: new Map(),
    seedBranch(owner, repo, branch, files) {
      const g = gitRepo(owner, repo);
      const tree = new Map<string, string>();
      for (const [path, text] of Object.entries(files)) tree.set(path, putBlob(g, Buffer.from(text, 'utf8')));
      const commit = putCommit(g, putTree(g, tree), [], 'seed');
      g.refs.set(`refs/heads/${branch}`, commit);
      return commit;
    },
    branchFile(owner, repo, branch, path) {
      const g = gitRepo(owner, repo);
      const head = g.refs.get(`refs/heads/${branch}`);
      const blob = head ? g.trees.get(g.commits.get(head)!.tree)!.get(path) : undefined;
      return blob ? g.blobs.get(blob)!.toString('utf8') : null;
    },
    branchLog(owner, repo, branch) {
      const g = gitRepo(owner, repo);
      const out: FakeGitCommit[] = [];
      let sha = g.refs.get(`refs/heads/${branch}`);
      while (sha) {
        const c = g.commits.get(sha)!;
        out.push(c);
        sha = c.parents[0];
      }
      return out;
    },
  };

  // ------------------------------------------------------------ git object model
  const gitRepo = (owner: string, repo: string): FakeGitRepo => {
    const key = `${owner}/${repo}`;
    let g = state.git.get(key);
    if (!g) state.git.set(key, (g = { blobs: new Map(), trees: new Map(), commits: new Map(), refs: new Map() }));
    return g;
  };
  const sha1 = (kind: string, data: string | Buffer): string =>
    createHash('sha1').update(kind).update('\0').update(data).digest('hex');
  const putBlob = (g: FakeGitRepo, data: Buffer): string => {
    const sha = sha1('blob', data);
    g.blobs.set(sha, data);
    return sha;
  };
  const putTree = (g: FakeGitRepo, tree: Map<string, string>): string => {
    const sha = sha1('tree', JSON.stringify([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
    g.trees.set(sha, tree);
    return sha;
  };
  let commitSeq = 0;
  const putCommit = (g: FakeGitRepo, tree: string, parents: string[], message: string): string => {
    // A sequence number keeps two commits with the same tree and parents distinct, like timestamps do.
    const sha = sha1('commit', JSON.stringify({ tree, parents, message, seq: commitSeq++ }));
    g.commits.set(sha, { sha, tree, parents, message });
    return sha;
  };
  const isAncestor = (g: FakeGitRepo, ancestor: string, of: string): boolean => {
    const seen = new Set<string>();
    const todo = [of];
    while (todo.length > 0) {
      const sha = todo.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      todo.push(...(g.commits.get(sha)?.parents ?? []));
    }
    return false;
  };
  /** A branch name, "heads/<b>", "refs/heads/<b>" or a commit sha → commit sha. */
  const resolveRef = (g: FakeGitRepo, ref: string): string | undefined => {
    if (g.commits.has(ref)) return ref;
    const full = ref.startsWith('refs/') ? ref : ref.startsWith('heads/') ? `refs/${ref}` : `refs/heads/${ref}`;
    return g.refs.get(full);
  };
  /** GitHub wraps base64 content at 60 characters in the contents API. */
  const wrapBase64 = (data: Buffer): string => (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
  const CONTENTS_MAX_BYTES = 1024 * 1024;

  const handleGit = (
    res: ServerResponse,
    method: string,
    url: URL,
    p: string[],
    b: Record<string, unknown> | null,
  ): number | null => {
    const g = gitRepo(p[1], p[2]);
    const notFound = (): number => {
      sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/git' });
      return 404;
    };
    const invalid = (message: string): number => {
      sendJson(res, 422, { message, documentation_url: 'https://docs.github.com/rest/git' });
      return 422;
    };
    const refJson = (full: string) => ({
      ref: full,
      node_id: `REF_${full}`,
      url: `${baseUrl}/repos/${p[1]}/${p[2]}/git/${full}`,
      object: { sha: g.refs.get(full), type: 'commit' },
    });
    const commitJson = (c: FakeGitCommit) => ({
      sha: c.sha,
      node_id: `C_${c.sha}`,
      message: c.message,
      tree: { sha: c.tree, url: '' },
      parents: c.parents.map((sha) => ({ sha, url: '', html_url: '' })),
      author: { name: 'github-actions[bot]', email: 'bot@example.com', date: '2025-01-01T00:00:00Z' },
      committer: { name: 'github-actions[bot]', email: 'bot@example.com', date: '2025-01-01T00:00:00Z' },
    });
    const rest = p.slice(5).join('/');
    // GET /repos/:o/:r/contents/:path?ref=
    if (p[3] === 'contents' && method === 'GET') {
      const path = p.slice(4).join('/');
      const ref = url.searchParams.get('ref');
      const head = ref ? resolveRef(g, ref) : undefined;
      const blob = head ? g.trees.get(g.commits.get(head)!.tree)!.get(path) : undefined;
      if (!blob) return notFound();
      const data = g.blobs.get(blob)!;
      const big = data.length > CONTENTS_MAX_BYTES;
      sendJson(res, 200, {
        type: 'file',
        name: path.split('/').pop(),
        path,
        sha: blob,
        size: data.length,
        encoding: big ? 'none' : 'base64',
        content: big ? '' : wrapBase64(data),
      });
      return 200;
    }
    if (p[3] !== 'git') return null;
    // GET /git/ref/heads/:branch
    if (p[4] === 'ref' && method === 'GET') {
      const full = `refs/${rest}`;
      if (!g.refs.has(full)) return notFound();
      sendJson(res, 200, refJson(full));
      return 200;
    }
    // POST /git/refs
    if (p[4] === 'refs' && p.length === 5 && method === 'POST') {
      const ref = typeof b?.ref === 'string' ? b.ref : '';
      const sha = typeof b?.sha === 'string' ? b.sha : '';
      if (!/^refs\/.+/.test(ref)) return invalid('Reference name must start with refs/');
      if (!g.commits.has(sha)) return invalid('Object does not exist');
      if (g.refs.has(ref)) return invalid('Reference already exists');
      g.refs.set(ref, sha);
      sendJson(res, 201, refJson(ref));
      return 201;
    }
    // PATCH /git/refs/heads/:branch
    if (p[4] === 'refs' && p.length > 5 && method === 'PATCH') {
      const full = `refs/${rest}`;
      const current = g.refs.get(full);
      if (!current) return invalid('Reference does not exist');
      const sha = typeof b?.sha === 'string' ? b.sha : '';
      if (!g.commits.has(sha)) return invalid('Object does not exist');
      if (state.faults.refUpdateConflictNext > 0) {
        state.faults.refUpdateConflictNext--;
        return invalid('Update is not a fast forward');
      }
      if (b?.force !== true && !isAncestor(g, current, sha)) return invalid('Update is not a fast forward');
      g.refs.set(full, sha);
      sendJson(res, 200, refJson(full));
      return 200;
    }
    // GET /git/commits/:sha, POST /git/commits
    if (p[4] === 'commits') {
      if (method === 'GET' && p.length === 6) {
        const c = g.commits.get(p[5]);
        if (!c) return notFound();
        sendJson(res, 200, commitJson(c));
        return 200;
      }
      if (method === 'POST' && p.length === 5) {
        const tree = typeof b?.tree === 'string' ? b.tree : '';
        const parents = Array.isArray(b?.parents) ? (b.parents as unknown[]).map(String) : [];
        if (!g.trees.has(tree)) return invalid('Tree SHA does not exist');
        if (parents.some((s) => !g.commits.has(s)))
          return invalid('Parent SHA does not exist or is not a commit object');
        const sha = putCommit(g, tree, parents, typeof b?.message === 'string' ? b.message : '');
        sendJson(res, 201, commitJson(g.commits.get(sha)!));
        return 201;
      }
    }
    // POST /git/trees (flat model: entries' paths are full paths)
    if (p[4] === 'trees' && method === 'POST' && p.length === 5) {
      const base = typeof b?.base_tree === 'string' ? g.trees.get(b.base_tree) : undefined;
      if (typeof b?.base_tree === 'string' && !base) return invalid('base_tree is not a valid tree oid');
      const tree = new Map(base ?? []);
      for (const e of Array.isArray(b?.tree) ? (b.tree as Record<string, unknown>[]) : []) {
        const path = String(e.path ?? '');
        if (e.sha === null) tree.delete(path);
        else if (typeof e.sha === 'string' && g.blobs.has(e.sha)) tree.set(path, e.sha);
        else if (typeof e.content === 'string') tree.set(path, putBlob(g, Buffer.from(e.content, 'utf8')));
        else return invalid(`tree.sha ${String(e.sha)} is not a valid blob`);
      }
      const sha = putTree(g, tree);
      sendJson(res, 201, {
        sha,
        url: '',
        truncated: false,
        tree: [...tree].map(([path, s]) => ({ path, mode: '100644', type: 'blob', sha: s })),
      });
      return 201;
    }
    // POST /git/blobs, GET /git/blobs/:sha
    if (p[4] === 'blobs') {
      if (method === 'POST' && p.length === 5) {
        if (typeof b?.content !== 'string') return invalid('Invalid request. "content" wasn\'t supplied.');
        const data = b.encoding === 'base64' ? Buffer.from(b.content, 'base64') : Buffer.from(b.content, 'utf8');
        const sha = putBlob(g, data);
        sendJson(res, 201, { sha, url: '' });
        return 201;
      }
      if (method === 'GET' && p.length === 6) {
        const data = g.blobs.get(p[5]);
        if (!data) return notFound();
        sendJson(res, 200, {
          sha: p[5],
          node_id: `B_${p[5]}`,
          size: data.length,
          url: '',
          content: wrapBase64(data),
          encoding: 'base64',
        });
        return 200;
      }
    }
    return null;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: string): Promise<number> => {
    const f = state.faults;
    if (f.latencyMs > 0) await sleep(f.latencyMs);
    if (f.latencyJitterMs > 0) await sleep(Math.random() * f.latencyJitterMs);
    if (f.failNext.count > 0) {
      f.failNext.count--;
      const token = /^(?:token|bearer)\s+(.*)$/i.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
      sendJson(res, f.failNext.status, {
        message: (f.failNext.message ?? 'Server Error (scripted by the fake)').replace('{token}', token),
      });
      return f.failNext.status;
    }
    if (f.malformedJsonNext > 0) {
      f.malformedJsonNext--;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end('{"id": 1, "body": "trunc');
      return 200;
    }
    if (f.secondaryRateLimitNext.count > 0) {
      f.secondaryRateLimitNext.count--;
      sendJson(
        res,
        403,
        {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        },
        { 'retry-after': String(f.secondaryRateLimitNext.retryAfterS), 'x-ratelimit-remaining': '4000' },
      );
      return 403;
    }
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const p = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isWrite && f.forkReadOnly) {
      sendJson(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      });
      return 403;
    }
    const json = (): Record<string, unknown> | null => {
      try {
        return JSON.parse(body) as Record<string, unknown>;
      } catch {
        return null;
      }
    };

    // /repos/:o/:r/issues/:n/comments
    if (p[0] === 'repos' && p.length === 6 && p[3] === 'issues' && /^\d+$/.test(p[4]) && p[5] === 'comments') {
      const [, owner, repo, , n] = p;
      const issue = Number(n);
      if (method === 'GET') {
        const all = state.listComments(owner, repo, issue);
        return paginate(res, url, all, (page) => page);
      }
      if (method === 'POST') {
        const b = json();
        if (!b || typeof b.body !== 'string') {
          sendJson(res, 422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.' });
          return 422;
        }
        if (b.body.length > 65536) return refuseLongBody(res);
        const c = state.addComment(owner, repo, issue, b.body);
        sendJson(res, 201, c);
        return 201;
      }
    }
    // /repos/:o/:r/issues/comments/:id
    if (p[0] === 'repos' && p.length === 6 && p[3] === 'issues' && p[4] === 'comments' && /^\d+$/.test(p[5])) {
      const id = Number(p[5]);
      const found = [...state.comments.values()]
        .flat()
        .find((c) => c.id === id && c.url.includes(`/repos/${p[1]}/${p[2]}/`));
      if (!found) {
        sendJson(res, 404, { message: 'Not Found' });
        return 404;
      }
      if (method === 'PATCH') {
        const b = json();
        if (!b || typeof b.body !== 'string') {
          sendJson(res, 422, { message: 'Invalid request.' });
          return 422;
        }
        if (b.body.length > 65536) return refuseLongBody(res);
        found.body = b.body;
        found.updated_at = clock();
        sendJson(res, 200, found);
        return 200;
      }
      if (method === 'GET') {
        sendJson(res, 200, found);
        return 200;
      }
      if (method === 'DELETE') {
        const key = [...state.comments.keys()].find((k) => state.comments.get(k)!.includes(found))!;
        state.comments.set(
          key,
          state.comments.get(key)!.filter((c) => c !== found),
        );
        res.writeHead(204).end();
        return 204;
      }
    }
    // Git data API and contents
    if (p[0] === 'repos' && p.length >= 5 && (p[3] === 'git' || p[3] === 'contents')) {
      const answered = handleGit(res, method, url, p, isWrite ? json() : null);
      if (answered !== null) return answered;
    }
    // /repos/:o/:r/pulls/:n
    if (p[0] === 'repos' && p.length === 5 && p[3] === 'pulls' && /^\d+$/.test(p[4]) && method === 'GET') {
      const pull = state.pulls.get(`${p[1]}/${p[2]}#${p[4]}`);
      if (!pull) {
        sendJson(res, 404, { message: 'Not Found' });
        return 404;
      }
      sendJson(res, 200, pull);
      return 200;
    }
    // /repos/:o/:r/check-runs
    if (p[0] === 'repos' && p.length === 4 && p[3] === 'check-runs' && method === 'POST') {
      const b = json();
      if (!b || typeof b.name !== 'string' || typeof b.head_sha !== 'string') {
        sendJson(res, 422, { message: 'Invalid request.' });
        return 422;
      }
      const run: FakeCheckRun = {
        id: nextId++,
        owner: p[1],
        repo: p[2],
        name: b.name,
        head_sha: b.head_sha,
        status: String(b.status ?? 'queued'),
        conclusion: typeof b.conclusion === 'string' ? b.conclusion : null,
        output: (b.output as FakeCheckRun['output']) ?? {},
      };
      state.checkRuns.push(run);
      sendJson(res, 201, run);
      return 201;
    }
    // /repos/:o/:r/actions/runs/:id/attempts/:a/jobs
    if (
      p[0] === 'repos' &&
      p.length === 9 &&
      p[3] === 'actions' &&
      p[4] === 'runs' &&
      p[6] === 'attempts' &&
      p[8] === 'jobs' &&
      method === 'GET'
    ) {
      if (f.jobsForbidden) {
        sendJson(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt',
          status: '403',
        });
        return 403;
      }
      const jobs = state.jobs.get(`${p[1]}/${p[2]}/${p[5]}/${p[7]}`);
      if (!jobs) {
        sendJson(res, 404, { message: 'Not Found' });
        return 404;
      }
      return paginate(res, url, jobs, (page) => ({ total_count: jobs.length, jobs: page }));
    }
    sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    return 404;
  };

  const paginate = <T>(res: ServerResponse, url: URL, all: T[], wrap: (page: T[]) => unknown): number => {
    const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const link = (n: number, rel: string) => {
      const u = new URL(url.toString());
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
    sendJson(res, 200, wrap(slice), links.length ? { link: links.join(', ') } : {});
    return 200;
  };

  const server = await listenLogging(
    state.requests,
    (req, res, raw) => handle(req, res, raw.toString('utf8')),
    (_req, raw) => raw.toString('utf8'),
    (err) => ({ message: `fake error: ${err.message}` }),
  );
  baseUrl = server.url;
  return { url: server.url, state, close: server.close };
}

/** Completed, successful steps named `names` that split startMs … startMs + spanMs evenly, in order. */
export function fakeStepsSpanning(names: string[], startMs: number, spanMs: number): FakeJob['steps'] {
  return names.map((name, i) => ({
    name,
    number: i + 1,
    status: 'completed' as const,
    conclusion: 'success',
    started_at: new Date(startMs + (spanMs * i) / names.length).toISOString(),
    completed_at: new Date(startMs + (spanMs * (i + 1)) / names.length).toISOString(),
  }));
}

/** A job in the shape the jobs endpoint returns, with defaults for the fields tests don't care about. */
export function fakeJob(partial: Partial<FakeJob> & Pick<FakeJob, 'id' | 'name'>): FakeJob {
  return {
    run_id: 1,
    run_attempt: 1,
    status: 'in_progress',
    conclusion: null,
    started_at: '2025-01-01T00:00:00Z',
    completed_at: null,
    runner_name: 'GitHub Actions 1',
    steps: [],
    head_branch: 'main',
    labels: ['ubuntu-latest'],
    ...partial,
  };
}
