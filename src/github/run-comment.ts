import type { GitHubClient } from './client';
import { commentFailure } from './comments';
import { COMMENT_MAX_CHARS } from '../report/markdown';
import {
  encodePayload,
  mergeSections,
  parseRunCommentSections,
  runCommentMarker,
  compareRuns,
  type RunCommentRender,
  type RunCommentSection,
} from '../report/run-comment-format';
import { jitteredBackoffMs } from './backoff';
import { describeApiError, statusOf } from './errors';

// One PR comment per workflow: every job of a run (a matrix) owns a delimited section of
// it, holding its own data as a hidden JSON payload; the visible table is rebuilt from all
// sections' payloads on every write. The comments API has no locking, so each writer does
// read → replace its own section in the latest body → write → wait a moment → re-read, and
// tries again (jittered) until its section is seen present and current. Never throws.

export interface RunCommentRetry {
  /** Read-write-verify rounds, default 8. */
  attempts: number;
  /** Unit of the jittered wait between rounds, ms (default 200; waits grow ×2 up to ×8). */
  baseDelayMs: number;
  /**
   * Wait between a write and its verifying read, ms (default 800), so that a concurrent writer's stale write lands
   * before we look.
   */
  settleMs?: number;
  /** No new round starts once this much time has gone, ms (default 15,000). */
  maxTotalMs?: number;
}

export interface UpsertRunCommentArgs {
  client: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Workflow name (GITHUB_WORKFLOW): one comment per workflow and PR. */
  workflow: string;
  section: RunCommentSection;
  render: RunCommentRender;
  retry?: Partial<RunCommentRetry>;
  /** Whether the PR comes from a fork, when known; sharpens the 403 reason. */
  isFork?: boolean;
  /** Whole operation, default 30 s. */
  timeoutMs?: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export type RunCommentResult =
  | {
      action: 'created' | 'updated';
      id: number;
      url?: string;
      attempts: number;
      /** Written, but the verifying read did not answer: why. */ unverified?: string;
    }
  | { action: 'failed'; reason: string; status?: number; forkReadOnly: boolean };

export const DEFAULT_RUN_COMMENT_RETRY: Required<RunCommentRetry> = {
  attempts: 8,
  baseDelayMs: 200,
  settleMs: 800,
  maxTotalMs: 15_000,
};
export const DEFAULT_RUN_COMMENT_TIMEOUT_MS = 30_000;
const MAX_ATTEMPTS = 50;

// ---------------------------------------------------------------- upsert

interface ListedComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

class RunCommentError extends Error {}

/** One upsert's state: what it writes, where, and the stage it is at (for the failure message). */
interface Writer {
  args: UpsertRunCommentArgs;
  client: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  /** This job's section, its payload as it reads back from the comment. */
  mine: RunCommentSection;
  where: string;
  request: { signal: AbortSignal };
  retry: Required<RunCommentRetry>;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  stage: string;
  createdId?: number;
}

/** A round either settles the upsert or says why another is needed. */
type Round = { result: RunCommentResult } | { retry: string };

const failed = (reason: string): RunCommentResult => ({ action: 'failed', reason, forkReadOnly: false });
const isGone = (err: unknown): boolean => statusOf(err) === 404;

export async function upsertRunComment(args: UpsertRunCommentArgs): Promise<RunCommentResult> {
  const bad = invalidArgs(args);
  if (bad) return failed(bad);
  const w = openWriter(args);
  let lastProblem = '';
  let rounds = 0;
  const startedAt = Date.now();
  try {
    for (let attempt = 1; attempt <= w.retry.attempts; attempt++) {
      if (attempt > 1) {
        const wait = jitteredBackoffMs(w.retry.baseDelayMs, attempt - 1, w.random);
        if (Date.now() - startedAt + wait > w.retry.maxTotalMs) break;
        await w.sleep(wait);
      }
      rounds = attempt;
      const round = await writeRound(w, attempt);
      if ('result' in round) return round.result;
      lastProblem = round.retry;
    }
    const seconds = Math.round((Date.now() - startedAt) / 100) / 10;
    return failed(
      `this job's section of the run comment on ${w.where} was still missing after ${rounds} attempt(s) in ` +
        `${seconds} s (${lastProblem}); too many jobs were writing at once`,
    );
  } catch (err) {
    if (err instanceof RunCommentError) return failed(`could not write the run comment on ${w.where}: ${err.message}`);
    return commentFailure(err, `could not ${w.stage} on ${w.where}`, args.isFork);
  }
}

/** Why the arguments cannot be used, or null. */
function invalidArgs(args: UpsertRunCommentArgs): string | null {
  const { issueNumber, section } = args;
  if (!Number.isInteger(issueNumber) || issueNumber < 1)
    return `PR number must be a whole number ≥ 1, got ${JSON.stringify(issueNumber)}`;
  if (typeof args.workflow !== 'string' || args.workflow.trim() === '')
    return `workflow must be a non-empty name, got ${JSON.stringify(args.workflow)}`;
  if (typeof section?.jobKey !== 'string' || section.jobKey.trim() === '')
    return `section.jobKey must be a non-empty string, got ${JSON.stringify(section?.jobKey)}`;
  if (typeof section.runId !== 'string' || section.runId.trim() === '')
    return `section.runId must be a non-empty string, got ${JSON.stringify(section.runId)}`;
  if (!Number.isInteger(section.attempt) || section.attempt < 1)
    return `section.attempt must be a whole number ≥ 1, got ${JSON.stringify(section.attempt)}`;
  const { attempts } = { ...DEFAULT_RUN_COMMENT_RETRY, ...args.retry };
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > MAX_ATTEMPTS)
    return `retry.attempts must be a whole number from 1 to ${MAX_ATTEMPTS}, got ${JSON.stringify(attempts)}`;
  return null;
}

function openWriter(args: UpsertRunCommentArgs): Writer {
  const { client, owner, repo, issueNumber, section } = args;
  return {
    args,
    client,
    owner,
    repo,
    issueNumber,
    marker: runCommentMarker(args.workflow),
    mine: { ...section, payload: JSON.parse(encodePayload(section.payload)) as unknown },
    where: `${owner}/${repo}#${issueNumber}`,
    request: { signal: AbortSignal.timeout(args.timeoutMs ?? DEFAULT_RUN_COMMENT_TIMEOUT_MS) },
    retry: { ...DEFAULT_RUN_COMMENT_RETRY, ...args.retry },
    sleep: args.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    random: args.random ?? Math.random,
    stage: 'list the PR comments',
  };
}

/** Read → replace this job's section in the latest body → write → fold duplicates → wait → read back. */
async function writeRound(w: Writer, attempt: number): Promise<Round> {
  const found = await findOrCreate(w);
  let target = found[0];
  let sections = parseRunCommentSections(target.body ?? '');
  for (const newer of found.slice(1)) sections = mergeSections(sections, parseRunCommentSections(newer.body ?? ''));
  if (standing(w, sections) === 'newer') {
    return {
      result: failed(
        `a newer run of job ${JSON.stringify(w.mine.jobKey)} already reported in the run comment on ${w.where}; its ` +
          `section was left as is`,
      ),
    };
  }
  const body = compose(w, mergeSections(sections, [w.mine]));
  if (body !== target.body) {
    const updated = await updateBody(w, target.id, body);
    // Deleted by another job folding duplicates: start over.
    if (!updated) return { retry: 'the run comment was deleted while being updated' };
    target = updated;
  }
  await deleteDuplicates(w, found.slice(1));
  // A job that read before our write may still write its stale body: let it land, then look.
  await w.sleep(w.retry.settleMs * (1 + w.random()));
  return readBack(w, target, attempt);
}

/** The run comments on the PR, oldest first; one created with this section alone when there is none. */
async function findOrCreate(w: Writer): Promise<ListedComment[]> {
  w.stage = 'list the PR comments';
  let found = await listRunComments(w);
  if (found.length > 0) return found;
  w.stage = 'create the run comment';
  const { owner, repo, request } = w;
  const res = await w.client.rest.issues.createComment({
    owner,
    repo,
    issue_number: w.issueNumber,
    body: compose(w, [w.mine]),
    request,
  });
  w.createdId = res.data.id;
  // Two jobs may create at the same moment: look again and fold any duplicates.
  w.stage = 'list the PR comments';
  found = await listRunComments(w);
  return found.length > 0 ? found : [{ id: res.data.id, body: res.data.body, html_url: res.data.html_url }];
}

async function listRunComments(w: Writer): Promise<ListedComment[]> {
  const { client, owner, repo, request } = w;
  const all = await client.paginate(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: w.issueNumber,
    per_page: 100,
    request,
  });
  return all.filter((c) => (c.body ?? '').trimStart().startsWith(w.marker)).sort((a, b) => a.id - b.id);
}

/** The comment after the update; null when it was deleted meanwhile. */
async function updateBody(w: Writer, commentId: number, body: string): Promise<ListedComment | null> {
  w.stage = 'update the run comment';
  const { owner, repo, request } = w;
  try {
    const res = await w.client.rest.issues.updateComment({ owner, repo, comment_id: commentId, body, request });
    return { id: res.data.id, body: res.data.body, html_url: res.data.html_url };
  } catch (err) {
    if (!isGone(err)) throw err;
    return null;
  }
}

async function deleteDuplicates(w: Writer, extras: ListedComment[]): Promise<void> {
  const { owner, repo, request } = w;
  for (const extra of extras) {
    w.stage = 'delete a duplicate run comment';
    try {
      await w.client.rest.issues.deleteComment({ owner, repo, comment_id: extra.id, request });
    } catch (err) {
      if (!isGone(err)) throw err; // already deleted by another job
    }
  }
}

/** Whether our section is there and current after the write: the round's verdict. */
async function readBack(w: Writer, target: ListedComment, attempt: number): Promise<Round> {
  w.stage = 'read back the run comment';
  const { owner, repo, request } = w;
  const action = (id: number): 'created' | 'updated' => (w.createdId === id ? 'created' : 'updated');
  let check: ListedComment;
  try {
    check = (await w.client.rest.issues.getComment({ owner, repo, comment_id: target.id, request })).data;
  } catch (err) {
    if (isGone(err)) return { retry: 'the run comment was deleted before it could be checked' };
    // Our write landed; only the check that nobody overwrote it is missing. A slow or
    // failing read-back is not a failed write.
    const status = statusOf(err);
    if (status !== undefined && status < 500) throw err;
    const unverified = describeApiError(err);
    return {
      result: { action: action(target.id), id: target.id, url: target.html_url, attempts: attempt, unverified },
    };
  }
  const now = standing(w, parseRunCommentSections(check.body ?? ''));
  if (now === 'current') {
    const url = check.html_url ?? target.html_url;
    return { result: { action: action(check.id), id: check.id, url, attempts: attempt } };
  }
  if (now === 'newer') {
    return {
      result: failed(
        `a newer run of job ${JSON.stringify(w.mine.jobKey)} reported in the run comment on ${w.where} meanwhile; ` +
          `its section was left as is`,
      ),
    };
  }
  return { retry: 'another job overwrote the comment without this section' };
}

/** The whole comment for `sections`, checked: every section present, within GitHub's size limit. */
function compose(w: Writer, sections: RunCommentSection[]): string {
  let rendered: string;
  try {
    rendered = w.args.render(sections);
  } catch (err) {
    throw new RunCommentError(`the renderer failed: ${(err as Error)?.message ?? String(err)}`);
  }
  const text = `${w.marker}\n${rendered}`;
  const written = new Set(parseRunCommentSections(text).map((s) => s.jobKey));
  const dropped = sections.filter((s) => !written.has(s.jobKey)).map((s) => s.jobKey);
  if (dropped.length > 0)
    throw new RunCommentError(
      `the renderer left out the section(s) of ${dropped.map((d) => JSON.stringify(d)).join(', ')}`,
    );
  if (text.length > COMMENT_MAX_CHARS) {
    throw new RunCommentError(
      `the comment for ${sections.length} jobs needs ${text.length.toLocaleString('en-US')} characters, more than ` +
        `GitHub's ${COMMENT_MAX_CHARS.toLocaleString('en-US')}; use one comment per job for a matrix this large`,
    );
  }
  return text;
}

/** Which of our own run is there now: 'current', 'newer' (a later run owns the section), or 'missing'. */
function standing(w: Writer, sections: RunCommentSection[]): 'current' | 'newer' | 'missing' {
  const s = sections.find((x) => x.jobKey === w.mine.jobKey);
  if (!s) return 'missing';
  const order = compareRuns(s, w.mine);
  return order === 0 ? 'current' : order > 0 ? 'newer' : 'missing';
}
