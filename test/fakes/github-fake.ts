// Loopback fake of the few GitHub REST endpoints carbon-action calls. Usable in-process
// and from a spawned child (point GITHUB_API_URL at `url`). Faults live in `state.faults`
// and may be changed between requests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { headersSansToken, listenLoopback, readBody, sendJson, sleep, type LoggedRequest } from './http-util';

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
  /** Answer the next N requests (any route) with this status. */
  failNext: { count: number; status: number };
  /** Answer the next N requests with a secondary rate limit (403 + retry-after). */
  secondaryRateLimitNext: { count: number; retryAfterS: number };
  /** Answer the jobs endpoint with 403, as when the token lacks `actions: read`. */
  jobsForbidden: boolean;
  /** Delay before every answer. */
  latencyMs: number;
}

export interface GitHubFakeState {
  /** Comments per issue, keyed "owner/repo#number", oldest first. */
  comments: Map<string, FakeComment[]>;
  /** Jobs per run attempt, keyed "owner/repo/runId/attempt". */
  jobs: Map<string, FakeJob[]>;
  requests: LoggedRequest[];
  faults: GitHubFakeFaults;
  /** Seeds a comment directly (not logged as a request). */
  addComment(owner: string, repo: string, issue: number, body: string, login?: string): FakeComment;
  listComments(owner: string, repo: string, issue: number): FakeComment[];
  setJobs(owner: string, repo: string, runId: number, attempt: number, jobs: FakeJob[]): void;
}

export interface GitHubFake {
  url: string;
  state: GitHubFakeState;
  close(): Promise<void>;
}

const MAX_PER_PAGE = 100;

export async function startGitHubFake(opts: { faults?: Partial<GitHubFakeFaults>; botLogin?: string } = {}): Promise<GitHubFake> {
  let nextId = 1000;
  let baseUrl = '';
  const botLogin = opts.botLogin ?? 'github-actions[bot]';
  const clock = () => new Date(Date.UTC(2025, 0, 1) + nextId * 1000).toISOString().replace('.000Z', 'Z');

  const state: GitHubFakeState = {
    comments: new Map(),
    jobs: new Map(),
    requests: [],
    faults: {
      forkReadOnly: false,
      failNext: { count: 0, status: 500 },
      secondaryRateLimitNext: { count: 0, retryAfterS: 1 },
      jobsForbidden: false,
      latencyMs: 0,
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
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: string): Promise<number> => {
    const f = state.faults;
    if (f.latencyMs > 0) await sleep(f.latencyMs);
    if (f.failNext.count > 0) {
      f.failNext.count--;
      sendJson(res, f.failNext.status, { message: 'Server Error (scripted by the fake)' });
      return f.failNext.status;
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
        if (b.body.length > 65536) {
          sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
          return 422;
        }
        const c = state.addComment(owner, repo, issue, b.body);
        sendJson(res, 201, c);
        return 201;
      }
    }
    // /repos/:o/:r/issues/comments/:id
    if (p[0] === 'repos' && p.length === 6 && p[3] === 'issues' && p[4] === 'comments' && /^\d+$/.test(p[5])) {
      const id = Number(p[5]);
      const found = [...state.comments.values()].flat().find((c) => c.id === id && c.url.includes(`/repos/${p[1]}/${p[2]}/`));
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
        if (b.body.length > 65536) {
          sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
          return 422;
        }
        found.body = b.body;
        found.updated_at = clock();
        sendJson(res, 200, found);
        return 200;
      }
      if (method === 'GET') {
        sendJson(res, 200, found);
        return 200;
      }
    }
    // /repos/:o/:r/actions/runs/:id/attempts/:a/jobs
    if (p[0] === 'repos' && p.length === 9 && p[3] === 'actions' && p[4] === 'runs' && p[6] === 'attempts' && p[8] === 'jobs' && method === 'GET') {
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

  const server = await listenLoopback((req, res) => {
    void (async () => {
      const raw = (await readBody(req)).toString('utf8');
      const entry: LoggedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: headersSansToken(req),
        authorized: typeof req.headers.authorization === 'string',
        body: raw,
        status: 0,
        at: Date.now(),
      };
      state.requests.push(entry);
      try {
        entry.status = await handle(req, res, raw);
      } catch (err) {
        entry.status = 500;
        if (!res.headersSent) sendJson(res, 500, { message: `fake error: ${(err as Error).message}` });
      }
    })();
  });
  baseUrl = server.url;
  return { url: server.url, state, close: server.close };
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
