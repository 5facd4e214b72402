import type { GitHubClient } from './client';
import { COMMENT_MAX_CHARS } from '../report/markdown';
import { describeApiError, statusOf } from './errors';

// One sticky comment per PR and workflow job: found by a hidden marker on its first line,
// created the first time, edited afterwards. Never throws: failures come back typed, and
// a fork PR's read-only token is flagged so the caller can point to the workflow_run pattern.

export const DEFAULT_COMMENT_TIMEOUT_MS = 20_000;

export type UpsertResult =
  | { action: 'created' | 'updated'; id: number; url?: string; truncated: boolean }
  | { action: 'failed'; status?: number; reason: string; forkReadOnly: boolean };

/**
 * marker + body, at most `maxChars` characters. A body rendered with its marker line first (renderComment's) is the
 * whole comment already. An over-long body is cut at a line break, an open code fence is closed, and a visible note
 * says what happened.
 */
export function composeCommentBody(
  marker: string,
  rendered: string,
  maxChars = COMMENT_MAX_CHARS,
): { text: string; truncated: boolean } {
  const full = rendered.startsWith(`${marker}\n`) ? rendered : `${marker}\n${rendered}`;
  if (full.length <= maxChars) return { text: full, truncated: false };
  const body = full.slice(marker.length + 1);
  const note = (dropped: number) =>
    `\n\n> [!NOTE]\n> carbon-action cut this comment short: ${dropped.toLocaleString('en-US')} characters did not ` +
    `fit GitHub's ${maxChars.toLocaleString('en-US')}-character limit. The full report is in the job summary and ` +
    `the JSON report.`;
  // Reserve room for the note with the widest possible count, plus a closing fence.
  const room = maxChars - marker.length - 1 - note(full.length).length - '\n```'.length;
  let cut = body.slice(0, Math.max(0, room));
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak > room / 2) cut = cut.slice(0, lastBreak);
  // Don't split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const fences = (cut.match(/^\s*```/gm) ?? []).length;
  if (fences % 2 === 1) cut += '\n```';
  const text = `${marker}\n${cut}${note(body.length - cut.length)}`;
  return { text, truncated: true };
}

export interface UpsertStickyCommentArgs {
  client: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  /** From stickyMarker(). */
  marker: string;
  /** The comment, with or without its marker line first. */
  body: string;
  /** Whether the PR comes from a fork, when the caller knows; sharpens the 403 reason. */
  isFork?: boolean;
  /** Whole operation, all pages and retries included. Default 20 s. */
  timeoutMs?: number;
}

export async function upsertStickyComment(args: UpsertStickyCommentArgs): Promise<UpsertResult> {
  const { client, owner, repo, issueNumber, marker } = args;
  const unusable = whyArgsUnusable(issueNumber, marker);
  if (unusable) return { action: 'failed', reason: unusable, forkReadOnly: false };
  const signal = AbortSignal.timeout(args.timeoutMs ?? DEFAULT_COMMENT_TIMEOUT_MS);
  const { text, truncated } = composeCommentBody(marker, args.body);
  let stage = 'list the PR comments';
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
      request: { signal },
    });
    const mine = comments.find((c) => (c.body ?? '').trimStart().startsWith(marker));
    if (mine) {
      stage = 'update the sticky comment';
      const res = await client.rest.issues.updateComment({
        owner,
        repo,
        comment_id: mine.id,
        body: text,
        request: { signal },
      });
      return { action: 'updated', id: res.data.id, url: res.data.html_url, truncated };
    }
    stage = 'create the sticky comment';
    const res = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body: text,
      request: { signal },
    });
    return { action: 'created', id: res.data.id, url: res.data.html_url, truncated };
  } catch (err) {
    return commentFailure(err, `could not ${stage} on ${owner}/${repo}#${issueNumber}`, args.isFork);
  }
}

function whyArgsUnusable(issueNumber: number, marker: string): string | undefined {
  if (!Number.isInteger(issueNumber) || issueNumber < 1)
    return `PR number must be a whole number ≥ 1, got ${JSON.stringify(issueNumber)}`;
  if (!marker.startsWith('<!--') || !marker.endsWith('-->'))
    return `marker must be an HTML comment, got ${JSON.stringify(marker)}`;
  return undefined;
}

/**
 * A failed comment call as a typed result. A 403 "Resource not accessible by integration" is
 * a read-only token: a fork PR (answer: the workflow_run pattern) or missing permissions.
 */
export function commentFailure(
  err: unknown,
  what: string,
  isFork: boolean | undefined,
): { action: 'failed'; status?: number; reason: string; forkReadOnly: boolean } {
  const status = statusOf(err);
  const detail = describeApiError(err);
  const notAccessible = status === 403 && /Resource not accessible by integration/i.test(detail);
  let reason = `${what}: ${detail}`;
  if (notAccessible) {
    reason +=
      isFork === true
        ? '. Pull requests from forks get a read-only token; ' +
          'post the comment from a workflow_run workflow instead (see the README).'
        : isFork === false
          ? '. Grant the job `permissions: pull-requests: write`.'
          : '. Either the PR comes from a fork (read-only token: post from a workflow_run workflow, see the README) ' +
            'or the job needs `permissions: pull-requests: write`.';
  }
  return {
    action: 'failed',
    ...(status !== undefined ? { status } : {}),
    reason,
    forkReadOnly: notAccessible && isFork !== false,
  };
}
