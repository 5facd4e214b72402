// addSteps, the post step's fourth verb: the job's steps from the jobs API, each given the energy the sampler recorded
// in its time window. Without a token, or when the API cannot say, the report keeps its totals and a note says why.
import * as core from './log';
import type { GitHubClient } from '../github/client';
import { fetchJobSteps } from '../github/jobs';
import { stepWindows } from '../github/steps-split';
import { integrateSamplesFile, stepEnergies } from '../pipeline/estimate';
import type { Estimated } from './estimate';
import type { PostContext } from './post-context';

export async function addSteps(
  post: PostContext,
  estimated: Estimated,
  client: GitHubClient | undefined,
): Promise<void> {
  if (!client) {
    post.notes.push('Per-step energy needs the github-token input.');
    return;
  }
  const { owner, repo, runId, attempt } = post.identity;
  if (!owner || !repo || !Number.isFinite(Number(runId))) {
    post.notes.push('Per-step energy unavailable: GITHUB_REPOSITORY or GITHUB_RUN_ID is not set.');
    return;
  }
  const result = await fetchJobSteps({
    client,
    owner,
    repo,
    runId: Number(runId),
    attempt,
    runnerName: post.env.RUNNER_NAME,
    checkRunId: post.inputs.checkRunId,
  });
  if (!result.ok) {
    post.notes.push(`Per-step energy unavailable (totals only): ${result.reason}`);
    core.warning(`carbon-action: per-step energy unavailable: ${result.reason}`);
    return;
  }
  post.jobDisplayName = result.job.name;
  const { report, curve, machine, samplesFile, endMs } = estimated;
  const windows = stepWindows(result.job.steps, endMs);
  const { energy } = await integrateSamplesFile(samplesFile, curve, machine, { windows });
  report.steps = stepEnergies(report, windows, energy.windowsEnergyWh);
  warnUnlabelledMatrixLeg(post);
}

/**
 * Matrix legs share GITHUB_JOB; without a `matrix` label they would share one comment and one
 * history. The jobs API's display name ("test (ubuntu-latest, 20)") gives a leg away.
 */
function warnUnlabelledMatrixLeg(post: PostContext): void {
  const name = post.jobDisplayName;
  if (post.identity.matrix || !name || name === post.identity.job || !/\(.+\)\s*$/.test(name)) return;
  const message =
    `This job ("${name}") looks like a matrix leg, but the matrix input is empty: its legs share one ` +
    `history and one comment. Set matrix: \${{ matrix.<key> }} (see the README).`;
  post.notes.push(message);
  core.warning(`carbon-action: ${message}`);
}
