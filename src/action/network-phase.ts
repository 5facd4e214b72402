// The post step's network phase (per-step energy, baseline, history, comment) runs against the `timeout` input's
// deadline, after the local results are written: whatever is not done by then is dropped with a note, and an error
// is a warning, never a failed step.
import * as core from './log';
import { releaseLogCaptures } from '../baseline/actions-log-capture';
import { formatTimeout, type Deadline } from './deadline';
import type { PostContext } from './post-context';

export async function beforeDeadline(deadline: Deadline, post: PostContext, work: () => Promise<void>): Promise<void> {
  const limit = formatTimeout(deadline.timeoutMs);
  try {
    const raced = await deadline.race(work());
    if (raced.done) return;
    releaseLogCaptures(); // an abandoned cache call must not swallow the lines below
    post.notes.push(
      `Stopped at the ${limit} deadline (timeout input): per-step energy, baseline, history or comment may be missing.`,
    );
    core.warning(
      `carbon-action: the post step reached its ${limit} deadline (timeout input) before the network work was done; ` +
        `what was left is skipped. The totals, summary, outputs and budget gate are not affected.`,
    );
  } catch (err) {
    core.warning(`carbon-action: ${(err as Error).message}; the summary and JSON report hold the totals.`);
  }
}
