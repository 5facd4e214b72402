// The comment half of publish: one sticky comment per job (comment-scope: job), or this job's section of one
// comment per workflow run (comment-scope: run). Rendered once, marker line included; a failure is a warning.
import * as core from './log';
import type { GitHubClient } from '../github/client';
import { upsertStickyComment } from '../github/comments';
import { upsertRunComment } from '../github/run-comment';
import { boundName } from '../names';
import { stickyMarker } from '../report/comment-marker';
import { renderComment, renderJobDetail } from '../report/markdown';
import { buildRunCommentPayload, runCommentRenderer } from '../report/run-comment-render';
import type { PostContext } from './post-context';
import type { PostResults } from './write-local-outputs';

export const WORKFLOW_RUN_DOCS =
  'https://github.com/carbon-action/carbon-action#fork-pull-requests-the-workflow_run-pattern';

export async function postComment(results: PostResults, client: GitHubClient | undefined, post: PostContext) {
  const prNumber = post.identity.pullRequest;
  if (!prNumber) {
    core.info('carbon-action: not a pull request, so no comment.');
    return;
  }
  if (!client) {
    core.warning('carbon-action: no github-token, so no PR comment.');
    return;
  }
  if (post.inputs.commentScope === 'run') await postRunComment(results, client, post, prNumber);
  else await postJobComment(results, client, post, prNumber);
}

async function postJobComment(results: PostResults, client: GitHubClient, post: PostContext, prNumber: number) {
  const { owner, repo, workflow, job, matrix, isFork } = post.identity;
  const marker = stickyMarker({ workflow, job, matrix });
  const { report, comparison, gate } = results;
  const body = renderComment({ report, comparison, gate, marker, notes: post.notes });
  const result = await upsertStickyComment({ client, owner, repo, issueNumber: prNumber, marker, body, isFork });
  if (result.action === 'failed') warnNotPosted(result);
  else core.info(`carbon-action: PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
}

/** One comment per workflow run: this job rewrites only its own section. */
async function postRunComment(results: PostResults, client: GitHubClient, post: PostContext, prNumber: number) {
  const { owner, repo, job, matrix, runId, attempt, isFork } = post.identity;
  const displayName = post.jobDisplayName;
  // Bounded names: markers stay short however long the workflow or job name is.
  const workflow = boundName(post.identity.workflow);
  // Matrix legs share GITHUB_JOB: the matrix label, else the API's display name, tells them apart.
  const jobKey = boundName(
    [job, matrix ?? (displayName && displayName !== job ? displayName : '')].filter(Boolean).join(' '),
  );
  // Row name: the job-name input, else "job (matrix label)", else the API's display name.
  const jobName = post.inputs.jobName ?? (matrix || !displayName ? undefined : boundName(displayName));
  const { report, comparison, gate } = results;
  const result = await upsertRunComment({
    client,
    owner,
    repo,
    issueNumber: prNumber,
    workflow,
    section: {
      jobKey,
      runId: runId || '0',
      attempt,
      payload: buildRunCommentPayload({ report, comparison, gate, jobName }),
    },
    render: runCommentRenderer({
      workflow,
      loneJob: {
        jobKey,
        detail: (maxChars) => renderJobDetail({ report, comparison, gate, notes: post.notes }, maxChars),
      },
    }),
    isFork,
  });
  if (result.action === 'failed') {
    warnNotPosted(result);
    return;
  }
  const url = result.url ? `: ${result.url}` : '';
  const unverified = result.unverified ? ` (not read back to check for concurrent writers: ${result.unverified})` : '';
  core.info(`carbon-action: run comment ${result.action} (section "${jobKey}")${url}${unverified}`);
}

function warnNotPosted(result: { reason: string; forkReadOnly: boolean }): void {
  const hint = result.forkReadOnly ? ` Fork PRs get a read-only token: see ${WORKFLOW_RUN_DOCS}` : '';
  core.warning(`carbon-action: PR comment not posted: ${result.reason}${hint}`);
}
