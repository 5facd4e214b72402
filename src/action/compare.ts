// compare, the post step's fifth verb: this run against the same job's earlier runs on the base branch (a pull
// request) or on its own branch (a push), from the history store, else from the history branch.
import * as core from './log';
import { compareWithBaseline } from '../baseline/history';
import { parseHistoryText } from '../baseline/history-file';
import type { GitHubClient } from '../github/client';
import { historyBranchPath, readHistoryBranchFile } from '../github/history-branch';
import type { Comparison, Report } from '../schema/report';
import { isPullRequestEvent } from './context';
import type { PostContext } from './post-context';

export async function compare(post: PostContext, report: Report, client?: GitHubClient): Promise<Comparison> {
  const branch = baselineBranch(post);
  if (!branch) return { available: false, reason: 'the base branch is unknown' };
  let loaded = await post.store.load(branch);
  // The cache forgets a quiet branch after 7 days; the history branch does not.
  const historyBranch = post.inputs.historyBranch;
  if (!loaded.ok && historyBranch && client) {
    const fromBranch = await loadFromHistoryBranch(client, post, historyBranch, branch);
    if (typeof fromBranch !== 'string' && fromBranch.length > 0) {
      post.notes.push(`Baseline from the ${historyBranch} branch (the cache had none: ${loaded.reason}).`);
      loaded = { ok: true, entries: fromBranch, source: `${historyBranch} branch`, warnings: [] };
    }
  }
  if (!loaded.ok) {
    if (!/no baseline yet/i.test(loaded.reason)) core.warning(`carbon-action: baseline unavailable: ${loaded.reason}`);
    return { available: false, reason: loaded.reason, baseBranch: branch };
  }
  for (const w of loaded.warnings) core.warning(`carbon-action: history: ${w}`);
  // A re-run must not compare with itself: an earlier attempt of this run is the same commit.
  const runId = report.context?.runId;
  const others = runId === undefined ? loaded.entries : loaded.entries.filter((e) => e.context?.runId !== runId);
  return compareWithBaseline(report, others, { baseBranch: branch });
}

/** Push runs compare with their own branch's earlier runs; PRs with their base branch. */
function baselineBranch(post: PostContext): string | undefined {
  return isPullRequestEvent(post.identity.event) ? post.identity.baseBranch : post.identity.branch;
}

/** The same workflow, job and matrix leg on `branch`, from a history branch's JSON lines; else why not. */
async function loadFromHistoryBranch(
  client: GitHubClient,
  post: PostContext,
  historyBranch: string,
  branch: string,
): Promise<Report[] | string> {
  // The identity's names are in the form reports store them (context.ts), so they compare as they are.
  const { owner, repo, workflow, reportedJob, matrix } = post.identity;
  const path = historyBranchPath(workflow);
  const read = await readHistoryBranchFile({ client, owner, repo, branch: historyBranch, path });
  if (!read.ok) return read.reason;
  if (!read.found) return `no ${path} on ${historyBranch} yet`;
  const parsed = parseHistoryText(read.text, `${historyBranch}:${path}`);
  if (!parsed.ok) return parsed.reason;
  return parsed.entries.filter(
    (e) =>
      e.context?.branch === branch &&
      e.context?.workflow === workflow &&
      e.context?.job === reportedJob &&
      (e.context?.matrix ?? null) === matrix,
  );
}
