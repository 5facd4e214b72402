// publish, the post step's sixth verb: where this run's results go beyond the runner. Push runs join the history
// (the store, and the history branch when one is set); pull requests get the job comment or their section of the
// run comment (comment-scope). Every failure is a note and a warning.
import type { GitHubClient } from '../github/client';
import { postComment } from './publish-comment';
import { appendHistoryBranch, saveHistory } from './publish-history';
import type { PostContext } from './post-context';
import type { PostResults } from './write-local-outputs';

export async function publish(post: PostContext, results: PostResults, client: GitHubClient | undefined) {
  if (post.history.write) {
    await saveHistory(results.report, post);
    if (post.inputs.historyBranch) await appendHistoryBranch(results.report, client, post);
  } else if (post.history.note) {
    post.notes.push(post.history.note);
  }
  if (post.inputs.comment) await postComment(results, client, post);
}
