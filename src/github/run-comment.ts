import type { GitHubClient } from './client';
import { commentFailure } from './comments';
import { GITHUB_COMMENT_MAX_CHARS } from '../report/comment-marker';
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

export async function upsertRunComment(args: UpsertRunCommentArgs): Promise<RunCommentResult> {
  const { client, owner, repo, issueNumber, section } = args;
  const fail = (reason: string): RunCommentResult => ({ action: 'failed', reason, forkReadOnly: false });
  if (!Number.isInteger(issueNumber) || issueNumber < 1)
    return fail(`PR number must be a whole number ≥ 1, got ${JSON.stringify(issueNumber)}`);
  if (typeof args.workflow !== 'string' || args.workflow.trim() === '')
    return fail(`workflow must be a non-empty name, got ${JSON.stringify(args.workflow)}`);
  if (typeof section?.jobKey !== 'string' || section.jobKey.trim() === '')
    return fail(`section.jobKey must be a non-empty string, got ${JSON.stringify(section?.jobKey)}`);
  if (typeof section.runId !== 'string' || section.runId.trim() === '')
    return fail(`section.runId must be a non-empty string, got ${JSON.stringify(section.runId)}`);
  if (!Number.isInteger(section.attempt) || section.attempt < 1)
    return fail(`section.attempt must be a whole number ≥ 1, got ${JSON.stringify(section.attempt)}`);
  const retry = { ...DEFAULT_RUN_COMMENT_RETRY, ...args.retry };
  if (!Number.isInteger(retry.attempts) || retry.attempts < 1 || retry.attempts > MAX_ATTEMPTS) {
    return fail(
      `retry.attempts must be a whole number from 1 to ${MAX_ATTEMPTS}, got ${JSON.stringify(retry.attempts)}`,
    );
  }
  const sleep = args.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = args.random ?? Math.random;
  const signal = AbortSignal.timeout(args.timeoutMs ?? DEFAULT_RUN_COMMENT_TIMEOUT_MS);
  const marker = runCommentMarker(args.workflow);
  const mine = { ...section, payload: JSON.parse(encodePayload(section.payload)) as unknown };
  const where = `${owner}/${repo}#${issueNumber}`;

  const listRunComments = async (): Promise<ListedComment[]> => {
    const all = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
      request: { signal },
    });
    return all.filter((c) => (c.body ?? '').trimStart().startsWith(marker)).sort((a, b) => a.id - b.id);
  };
  const compose = (sections: RunCommentSection[]): string => {
    let rendered: string;
    try {
      rendered = args.render(sections);
    } catch (err) {
      throw new RunCommentError(`the renderer failed: ${(err as Error)?.message ?? String(err)}`);
    }
    const text = `${marker}\n${rendered}`;
    const written = new Set(parseRunCommentSections(text).map((s) => s.jobKey));
    const dropped = sections.filter((s) => !written.has(s.jobKey)).map((s) => s.jobKey);
    if (dropped.length > 0)
      throw new RunCommentError(
        `the renderer left out the section(s) of ${dropped.map((d) => JSON.stringify(d)).join(', ')}`,
      );
    if (text.length > GITHUB_COMMENT_MAX_CHARS) {
      throw new RunCommentError(
        `the comment for ${sections.length} jobs needs ${text.length.toLocaleString('en-US')} characters, more than GitHub's ${GITHUB_COMMENT_MAX_CHARS.toLocaleString('en-US')}; use one comment per job for a matrix this large`,
      );
    }
    return text;
  };
  /** Which of our own run is there now: 'current', 'newer' (a later run owns the section), or 'missing'. */
  const standing = (sections: RunCommentSection[]): 'current' | 'newer' | 'missing' => {
    const s = sections.find((x) => x.jobKey === mine.jobKey);
    if (!s) return 'missing';
    const order = compareRuns(s, mine);
    return order === 0 ? 'current' : order > 0 ? 'newer' : 'missing';
  };
  const isGone = (err: unknown): boolean => statusOf(err) === 404;

  let stage = 'list the PR comments';
  let createdId: number | undefined;
  let lastProblem = '';
  let rounds = 0;
  const startedAt = Date.now();
  try {
    for (let attempt = 1; attempt <= retry.attempts; attempt++) {
      if (attempt > 1) {
        const wait = jitteredBackoffMs(retry.baseDelayMs, attempt - 1, random);
        if (Date.now() - startedAt + wait > retry.maxTotalMs) break;
        await sleep(wait);
      }
      rounds = attempt;
      stage = 'list the PR comments';
      let found = await listRunComments();
      let target: ListedComment;
      if (found.length === 0) {
        stage = 'create the run comment';
        const res = await client.rest.issues.createComment({
          owner,
          repo,
          issue_number: issueNumber,
          body: compose([mine]),
          request: { signal },
        });
        createdId = res.data.id;
        // Two jobs may create at the same moment: look again and fold any duplicates.
        stage = 'list the PR comments';
        found = await listRunComments();
        if (found.length === 0) found = [{ id: res.data.id, body: res.data.body, html_url: res.data.html_url }];
      }
      target = found[0];
      let sections = parseRunCommentSections(target.body ?? '');
      for (const newer of found.slice(1)) sections = mergeSections(sections, parseRunCommentSections(newer.body ?? ''));
      if (standing(sections) === 'newer') {
        return fail(
          `a newer run of job ${JSON.stringify(mine.jobKey)} already reported in the run comment on ${where}; its section was left as is`,
        );
      }
      sections = mergeSections(sections, [mine]);
      const body = compose(sections);
      if (body !== target.body) {
        stage = 'update the run comment';
        try {
          const res = await client.rest.issues.updateComment({
            owner,
            repo,
            comment_id: target.id,
            body,
            request: { signal },
          });
          target = { id: res.data.id, body: res.data.body, html_url: res.data.html_url };
        } catch (err) {
          if (!isGone(err)) throw err;
          lastProblem = 'the run comment was deleted while being updated';
          continue; // deleted by another job folding duplicates: start over
        }
      }
      for (const extra of found.slice(1)) {
        stage = 'delete a duplicate run comment';
        try {
          await client.rest.issues.deleteComment({ owner, repo, comment_id: extra.id, request: { signal } });
        } catch (err) {
          if (!isGone(err)) throw err; // already deleted by another job
        }
      }
      // A job that read before our write may still write its stale body: let it land, then look.
      await sleep(retry.settleMs * (1 + random()));
      stage = 'read back the run comment';
      let check: ListedComment;
      try {
        check = (await client.rest.issues.getComment({ owner, repo, comment_id: target.id, request: { signal } })).data;
      } catch (err) {
        if (isGone(err)) {
          lastProblem = 'the run comment was deleted before it could be checked';
          continue;
        }
        // Our write landed; only the check that nobody overwrote it is missing. A slow or
        // failing read-back is not a failed write.
        const status = statusOf(err);
        if (status === undefined || status >= 500) {
          return {
            action: createdId === target.id ? 'created' : 'updated',
            id: target.id,
            url: target.html_url,
            attempts: attempt,
            unverified: describeApiError(err),
          };
        }
        throw err;
      }
      const now = standing(parseRunCommentSections(check.body ?? ''));
      if (now === 'current')
        return {
          action: createdId === check.id ? 'created' : 'updated',
          id: check.id,
          url: check.html_url ?? target.html_url,
          attempts: attempt,
        };
      if (now === 'newer')
        return fail(
          `a newer run of job ${JSON.stringify(mine.jobKey)} reported in the run comment on ${where} meanwhile; its section was left as is`,
        );
      lastProblem = 'another job overwrote the comment without this section';
    }
    return fail(
      `this job's section of the run comment on ${where} was still missing after ${rounds} attempt(s) in ${Math.round((Date.now() - startedAt) / 100) / 10} s (${lastProblem}); too many jobs were writing at once`,
    );
  } catch (err) {
    if (err instanceof RunCommentError) return fail(`could not write the run comment on ${where}: ${err.message}`);
    return apiFailure(err, `could not ${stage} on ${where}`, args.isFork);
  }
}

const apiFailure = (err: unknown, what: string, isFork: boolean | undefined): RunCommentResult =>
  commentFailure(err, what, isFork);
