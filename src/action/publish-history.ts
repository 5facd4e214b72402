// The history half of publish: this run joins its branch's history in the store (cache or directory) and, with the
// history-branch input, as one JSON line on that branch (and the dashboard page rebuilt in the same commit).
import * as core from './log';
import { appendToHistory } from '../baseline/history';
import { parseHistoryText } from '../baseline/history-file';
import { buildDashboard } from '../dashboard';
import type { GitHubClient } from '../github/client';
import { appendToHistoryBranch, historyBranchPath } from '../github/history-branch';
import { slimReport } from '../history/slim-report';
import type { Report } from '../schema/report';
import { repositoryName } from './context';
import type { PostContext } from './post-context';

export async function saveHistory(report: Report, post: PostContext): Promise<void> {
  const branch = post.identity.branch;
  if (!branch) return;
  const loaded = await post.store.load(branch);
  const entries = appendToHistory(loaded.ok ? loaded.entries : [], report);
  const saved = await post.store.save(branch, entries);
  if (!saved.ok) {
    post.notes.push(`This run was not added to the history: ${saved.reason}`);
    core.warning(`carbon-action: history not saved: ${saved.reason}`);
  }
}

/** Push runs append to the history branch; with `dashboard`, the page is rebuilt in the same commit. */
export async function appendHistoryBranch(
  report: Report,
  client: GitHubClient | undefined,
  post: PostContext,
): Promise<void> {
  const branch = post.inputs.historyBranch as string;
  if (!client) {
    core.warning('carbon-action: history-branch needs the github-token input (with contents: write).');
    return;
  }
  const { owner, repo, workflow, event } = post.identity;
  const path = historyBranchPath(workflow);
  const dashboardPath = path.replace(/^history\//, 'dashboard/').replace(/\.jsonl$/, '/index.html');
  const result = await appendToHistoryBranch({
    client,
    owner,
    repo,
    branch,
    path,
    line: JSON.stringify(slimReport(report)),
    event,
    alsoWrite: post.inputs.dashboard
      ? (historyText) => {
          const parsed = parseHistoryText(historyText, `${branch}:${path}`);
          const reports = parsed.ok ? parsed.entries : [report];
          const title = `carbon-action: ${repositoryName(post.identity)} · ${workflow}`;
          return [
            { path: dashboardPath, content: buildDashboard(reports, { generatedAt: new Date().toISOString(), title }) },
          ];
        }
      : undefined,
  });
  if (!result.ok) {
    post.notes.push(`This run was not appended to the ${branch} branch: ${result.reason}`);
    core.warning(`carbon-action: history branch not updated: ${result.reason}`);
  } else {
    const rebuilt = post.inputs.dashboard ? ` and rebuilt ${dashboardPath}` : '';
    core.info(`carbon-action: appended this run to ${branch}:${path}${rebuilt} (${result.commitSha.slice(0, 7)})`);
  }
}
