import { createHash } from 'node:crypto';
import { isBranchName } from '../branch-name';
import type { GitHubClient } from './client';
import { jitteredBackoffMs } from './backoff';
import { describeApiError, statusOf } from './errors';

// Run history on a git branch (opt-in `history-branch` input): push runs append their
// report as one JSON line to a file on that branch through the Git data API. Unlike the
// Actions cache it is not evicted after 7 days, and GitHub Pages can serve it.
//
// Append-only by construction: each commit's parent is the head it was built on, the ref
// moves with force: false, and the new file is the old file plus one line. When another
// job moved the branch first, GitHub answers 422 "not a fast forward": re-read, retry.
// Never throws.

export interface HistoryBranchRetry {
  /** Read-append-commit rounds, default 6. */
  attempts: number;
  /** Unit of the jittered wait between rounds, ms (default 300; waits grow ×2 up to ×8). */
  baseDelayMs: number;
}

export interface AppendToHistoryBranchArgs {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** e.g. "carbon-data"; created (as an orphan branch) when missing. */
  branch: string;
  /** File on the branch, e.g. historyBranchPath(workflow). */
  path: string;
  /** One JSON value on one line (the run's report); a trailing newline is allowed. */
  line: string;
  /** GITHUB_EVENT_NAME: pull request events are refused, so a PR can never write history. */
  event: string;
  retry?: Partial<HistoryBranchRetry>;
  /** Default "carbon-action: append run to <path>". */
  commitMessage?: string;
  /** The file is refused beyond this size (default 50 MB; GitHub's hard limit is 100 MB). */
  maxFileBytes?: number;
  /** Whole operation, default 30 s. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /**
   * Files derived from the history as it stands after this append (e.g. the dashboard), written
   * in the same commit so they always match it. Rebuilt on every retry round.
   */
  alsoWrite?: (historyText: string) => { path: string; content: string }[];
}

export type AppendToHistoryBranchResult =
  { ok: true; commitSha: string; created: boolean; attempts: number } | { ok: false; reason: string; status?: number };

export interface ReadHistoryBranchFileArgs {
  client: GitHubClient;
  owner: string;
  repo: string;
  branch: string;
  path: string;
  timeoutMs?: number;
}

export type ReadHistoryBranchFileResult =
  { ok: true; text: string; found: boolean; commitSha: string | null } | { ok: false; reason: string; status?: number };

export const DEFAULT_HISTORY_BRANCH_RETRY: HistoryBranchRetry = { attempts: 6, baseDelayMs: 300 };
export const DEFAULT_HISTORY_MAX_FILE_BYTES = 50 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_ATTEMPTS = 50;

/**
 * `history/<workflow>.jsonl`: a name made of [A-Za-z0-9._-] is kept as is; any other is
 * slugged and suffixed with a short hash of the name, so two workflows never share a file.
 */
export function historyBranchPath(workflow: string): string {
  if (/^[A-Za-z0-9._-]+$/.test(workflow) && !/^\.+$/.test(workflow)) return `history/${workflow}.jsonl`;
  const slug =
    workflow
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 60) || 'workflow';
  const hash = createHash('sha256').update(workflow, 'utf8').digest('hex').slice(0, 8);
  return `history/${slug}-${hash}.jsonl`;
}

/** Pull request events of every kind: their code is not yet merged, so they never write history. */
export const isPullRequestEventName = (event: string | undefined): boolean => /^pull_request/.test(event ?? '');

function checkBranch(branch: unknown): string | null {
  const ok = isBranchName(branch);
  return ok
    ? null
    : `history-branch must be a branch name of letters, digits, ".", "_", "-" and "/" (as git allows), got ` +
        `${JSON.stringify(branch)}`;
}

function checkPath(path: unknown): string | null {
  const ok =
    typeof path === 'string' &&
    path.length > 0 &&
    path.length <= 255 &&
    !path.startsWith('/') &&
    !path.endsWith('/') &&
    path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..' && seg !== '.git') &&
    !/[\u0000-\u001F\\]/.test(path);
  return ok
    ? null
    : `history file path must be a relative path inside the branch (no "..", no leading "/"), got ` +
        `${JSON.stringify(path)}`;
}

const refName = (branch: string): string => `heads/${branch}`;
const utf8Base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

function failure(err: unknown, what: string): { ok: false; reason: string; status?: number } {
  const status = statusOf(err);
  let reason = `${what}: ${describeApiError(err)}`;
  if (status === 403) reason += '. The job needs `permissions: contents: write` to commit to the history branch.';
  return { ok: false, reason, ...(status !== undefined ? { status } : {}) };
}

class HistoryBranchError extends Error {}

/** One append's state: what it writes, where, and the stage it is at (for the failure message). */
interface Appender extends Pick<AppendToHistoryBranchArgs, 'client' | 'owner' | 'repo' | 'branch' | 'path'> {
  args: AppendToHistoryBranchArgs;
  /** The JSON line, without its newline. */
  line: string;
  where: string;
  message: string;
  maxFileBytes: number;
  request: RequestOpts;
  stage: string;
}

type TreeEntry = { path: string; mode: '100644'; type: 'blob'; sha: string };

/** Appends one line to `path` on `branch`, creating the branch (orphan) or the file when missing. */
export async function appendToHistoryBranch(args: AppendToHistoryBranchArgs): Promise<AppendToHistoryBranchResult> {
  const checked = checkAppendArgs(args);
  if ('reason' in checked) return { ok: false, reason: checked.reason };
  const retry = { ...DEFAULT_HISTORY_BRANCH_RETRY, ...args.retry };
  const sleep = args.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = args.random ?? Math.random;
  const a = openAppender(args, checked.line);
  try {
    for (let attempt = 1; attempt <= retry.attempts; attempt++) {
      if (attempt > 1) await sleep(jitteredBackoffMs(retry.baseDelayMs, attempt - 1, random));
      a.stage = `read branch ${a.where}`;
      const head = await getHeadSha(a.client, a.owner, a.repo, a.branch, a.request);
      const commitSha = head === null ? await createBranch(a) : await appendCommit(a, head);
      if (commitSha !== null) return { ok: true, commitSha, created: head === null, attempts: attempt };
    }
    return {
      ok: false,
      reason:
        `could not append to ${a.path} on ${a.where}: the branch kept moving under ${retry.attempts} attempts ` +
        `(other jobs appending at once)`,
    };
  } catch (err) {
    if (err instanceof HistoryBranchError) return { ok: false, reason: err.message };
    return failure(err, `could not ${a.stage}`);
  }
}

/** The line to append, or why the arguments cannot be used. */
function checkAppendArgs(args: AppendToHistoryBranchArgs): { line: string } | { reason: string } {
  const { branch, path } = args;
  if (typeof args.event !== 'string' || isPullRequestEventName(args.event)) {
    return {
      reason:
        `the history branch is written by push runs only, not on ${JSON.stringify(args.event)} events (a pull ` +
        `request's code is not merged yet)`,
    };
  }
  const bad = checkBranch(branch) ?? checkPath(path);
  if (bad) return { reason: bad };
  const line = typeof args.line === 'string' ? args.line.replace(/\r?\n$/, '') : '';
  if (line.trim() === '' || /[\r\n]/.test(line))
    return {
      reason: `history line must be one non-empty line of JSON, got ${JSON.stringify(String(args.line).slice(0, 80))}`,
    };
  try {
    JSON.parse(line);
  } catch (err) {
    return { reason: `history line is not JSON (${(err as Error).message}): ${JSON.stringify(line.slice(0, 80))}` };
  }
  const { attempts } = { ...DEFAULT_HISTORY_BRANCH_RETRY, ...args.retry };
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > MAX_ATTEMPTS)
    return {
      reason: `retry.attempts must be a whole number from 1 to ${MAX_ATTEMPTS}, got ${JSON.stringify(attempts)}`,
    };
  return { line };
}

function openAppender(args: AppendToHistoryBranchArgs, line: string): Appender {
  const { client, owner, repo, branch, path } = args;
  const where = `${owner}/${repo}@${branch}`;
  return {
    args,
    client,
    owner,
    repo,
    branch,
    path,
    line,
    where,
    message: args.commitMessage ?? `carbon-action: append run to ${path}`,
    maxFileBytes: args.maxFileBytes ?? DEFAULT_HISTORY_MAX_FILE_BYTES,
    request: { signal: AbortSignal.timeout(args.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
    stage: `read branch ${where}`,
  };
}

/** No branch yet: an orphan commit holding just this file, so no code ever lands on it. Null: created meanwhile. */
async function createBranch(a: Appender): Promise<string | null> {
  a.stage = `create branch ${a.where}`;
  const text = `${a.line}\n`;
  const commitSha = await commitFile(a, utf8Base64(text), text, { parents: [] });
  try {
    const { owner, repo, request } = a;
    await a.client.rest.git.createRef({ owner, repo, ref: `refs/${refName(a.branch)}`, sha: commitSha, request });
    return commitSha;
  } catch (err) {
    if (statusOf(err) === 422) return null; // another job created it first: append to theirs
    throw err;
  }
}

/** The file on `head` plus our line, committed and the branch moved to it. Null: the branch moved first. */
async function appendCommit(a: Appender, head: string): Promise<string | null> {
  const { owner, repo, request } = a;
  a.stage = `read ${a.path} on ${a.where}`;
  const commit = await a.client.rest.git.getCommit({ owner, repo, commit_sha: head, request });
  const existing = (await readFileAt(a.client, owner, repo, a.path, head, request)) ?? Buffer.alloc(0);
  if (existing.length > a.maxFileBytes) {
    throw new HistoryBranchError(
      `${a.path} on ${a.where} is over ${Math.round(a.maxFileBytes / 1024 / 1024)} MB; start a new file (another ` +
        `path) or prune the branch`,
    );
  }
  // Keep every byte already there (as bytes: no re-decoding); add a newline only when the last line lacks one.
  const lacksNewline = existing.length > 0 && existing[existing.length - 1] !== 0x0a;
  const appended = Buffer.concat([existing, Buffer.from(`${lacksNewline ? '\n' : ''}${a.line}\n`, 'utf8')]);
  a.stage = `commit to ${a.where}`;
  const baseTree = commit.data.tree.sha;
  const next = await commitFile(a, appended.toString('base64'), appended.toString('utf8'), {
    baseTree,
    parents: [head],
  });
  a.stage = `move ${a.where} to the new commit`;
  try {
    await a.client.rest.git.updateRef({ owner, repo, ref: refName(a.branch), sha: next, force: false, request });
    return next;
  } catch (err) {
    // 422 "Update is not a fast forward": another job appended first. Our commit is left
    // dangling (GitHub collects it); start over from the new head.
    if (statusOf(err) === 422 || statusOf(err) === 409) return null;
    throw err;
  }
}

/** A commit of the history file (and the files derived from it) on `baseTree`; its sha. */
async function commitFile(
  a: Appender,
  contentBase64: string,
  historyText: string,
  on: { baseTree?: string; parents: string[] },
): Promise<string> {
  const { owner, repo, request } = a;
  const blob = await a.client.rest.git.createBlob({ owner, repo, content: contentBase64, encoding: 'base64', request });
  const derived = await derivedEntries(a, historyText);
  const tree = await a.client.rest.git.createTree({
    owner,
    repo,
    ...(on.baseTree ? { base_tree: on.baseTree } : {}),
    tree: [{ path: a.path, mode: '100644', type: 'blob', sha: blob.data.sha }, ...derived],
    request,
  });
  const commit = await a.client.rest.git.createCommit({
    owner,
    repo,
    message: a.message,
    tree: tree.data.sha,
    parents: on.parents,
    request,
  });
  return commit.data.sha;
}

/** The files derived from the history (alsoWrite), as blobs for the same tree. */
async function derivedEntries(a: Appender, historyText: string): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  for (const file of a.args.alsoWrite?.(historyText) ?? []) {
    a.stage = `write ${file.path} on ${a.where}`;
    const { owner, repo, request } = a;
    const content = utf8Base64(file.content);
    const blob = await a.client.rest.git.createBlob({ owner, repo, content, encoding: 'base64', request });
    entries.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.data.sha });
  }
  return entries;
}

/** The JSON Lines text of `path` on `branch`; found: false (text "") when the branch or file does not exist. */
export async function readHistoryBranchFile(args: ReadHistoryBranchFileArgs): Promise<ReadHistoryBranchFileResult> {
  const { client, owner, repo, branch, path } = args;
  const bad = checkBranch(branch) ?? checkPath(path);
  if (bad) return { ok: false, reason: bad };
  const request = { signal: AbortSignal.timeout(args.timeoutMs ?? DEFAULT_TIMEOUT_MS) };
  try {
    const head = await getHeadSha(client, owner, repo, branch, request);
    if (head === null) return { ok: true, text: '', found: false, commitSha: null };
    const data = await readFileAt(client, owner, repo, path, head, request);
    return data === null
      ? { ok: true, text: '', found: false, commitSha: head }
      : { ok: true, text: data.toString('utf8'), found: true, commitSha: head };
  } catch (err) {
    const res = failure(err, `could not read ${path} on ${owner}/${repo}@${branch}`);
    if (res.status === 403) res.reason = res.reason.replace('contents: write', 'contents: read');
    return res;
  }
}

type RequestOpts = { signal: AbortSignal };

async function getHeadSha(
  client: GitHubClient,
  owner: string,
  repo: string,
  branch: string,
  request: RequestOpts,
): Promise<string | null> {
  try {
    const ref = await client.rest.git.getRef({ owner, repo, ref: refName(branch), request });
    return ref.data.object.sha;
  } catch (err) {
    if (statusOf(err) === 404) return null;
    throw err;
  }
}

/** The file's bytes at a commit (null when absent): via the contents API, or the blob API beyond its 1 MB limit. */
async function readFileAt(
  client: GitHubClient,
  owner: string,
  repo: string,
  path: string,
  commitSha: string,
  request: RequestOpts,
): Promise<Buffer | null> {
  let data: unknown;
  try {
    data = (await client.rest.repos.getContent({ owner, repo, path, ref: commitSha, request })).data;
  } catch (err) {
    if (statusOf(err) === 404) return null;
    throw err;
  }
  const file = data as { type?: string; sha?: string; encoding?: string; content?: string };
  if (Array.isArray(data) || file.type !== 'file' || typeof file.sha !== 'string') {
    throw new HistoryBranchError(
      `${path} on the history branch is not a file (it is a ${Array.isArray(data) ? 'directory' : String(file.type)})`,
    );
  }
  if (file.encoding === 'base64' && typeof file.content === 'string') return Buffer.from(file.content, 'base64');
  const blob = await client.rest.git.getBlob({ owner, repo, file_sha: file.sha, request });
  return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
}
