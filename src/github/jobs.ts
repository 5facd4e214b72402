import type { GitHubClient } from './client';
import { describeApiError, isRateLimit, statusOf } from './errors';

// The current job's steps with their start and end times, for per-step energy. Needs the
// token's `actions: read` permission; without it this returns a reason, never throws.

export interface JobStepInfo {
  number: number;
  name: string;
  status: string;
  conclusion: string | null;
  /** ISO 8601, as GitHub gives it (whole seconds). */
  startedAt: string | null;
  completedAt: string | null;
}

export interface JobInfo {
  id: number;
  name: string;
  runnerName: string | null;
  steps: JobStepInfo[];
}

export type FetchJobStepsResult = { ok: true; job: JobInfo } | { ok: false; reason: string; status?: number };

export interface FetchJobStepsArgs {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** GITHUB_RUN_ID */
  runId: number;
  /** GITHUB_RUN_ATTEMPT */
  attempt: number;
  /** RUNNER_NAME: finds the job when no check run id is known. */
  runnerName?: string;
  /** The job's check run id (the `check-run-id` input, ${{ job.check_run_id }}); equals the job's REST id. */
  checkRunId?: number;
  /** Whole operation, all pages and retries included. Default 20 s. */
  timeoutMs?: number;
}

export async function fetchJobSteps(args: FetchJobStepsArgs): Promise<FetchJobStepsResult> {
  const { client, owner, repo, runId, attempt, runnerName, checkRunId } = args;
  const unusable = whyArgsUnusable(args);
  if (unusable) return { ok: false, reason: unusable };
  const signal = AbortSignal.timeout(args.timeoutMs ?? 20_000);
  let jobs;
  try {
    jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRunAttempt, {
      owner,
      repo,
      run_id: runId,
      attempt_number: attempt,
      per_page: 100,
      request: { signal },
    });
  } catch (err) {
    return listFailure(err, runId, attempt);
  }
  const found =
    checkRunId !== undefined
      ? jobs.find((j) => j.id === checkRunId)
      : jobs.find((j) => j.runner_name === runnerName && j.status === 'in_progress');
  if (!found) {
    const by =
      checkRunId !== undefined
        ? `check run id ${checkRunId}`
        : `runner ${JSON.stringify(runnerName)} with an in-progress job`;
    return { ok: false, reason: `none of the ${jobs.length} job(s) of run ${runId} attempt ${attempt} matches ${by}` };
  }
  return {
    ok: true,
    job: {
      id: found.id,
      name: found.name,
      runnerName: found.runner_name ?? null,
      steps: (found.steps ?? []).map((s) => ({
        number: s.number,
        name: s.name,
        status: s.status,
        conclusion: s.conclusion ?? null,
        startedAt: s.started_at ?? null,
        completedAt: s.completed_at ?? null,
      })),
    },
  };
}

/** Why the jobs API cannot be asked, or cannot tell which job is this one; undefined when it can. */
function whyArgsUnusable(args: FetchJobStepsArgs): string | undefined {
  for (const [name, v] of [
    ['run id', args.runId],
    ['run attempt', args.attempt],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) return `${name} must be a whole number ≥ 1, got ${JSON.stringify(v)}`;
  }
  if (args.checkRunId === undefined && !args.runnerName) {
    return 'cannot tell which job is this one: neither a check run id nor RUNNER_NAME is known';
  }
  return undefined;
}

/** A failed listing, with what to do about it: a rate limit waits, a 403 wants `actions: read`. */
function listFailure(err: unknown, runId: number, attempt: number): FetchJobStepsResult {
  const status = statusOf(err);
  let reason = `could not list the jobs of run ${runId} attempt ${attempt}: ${describeApiError(err)}`;
  if (isRateLimit(err))
    reason += ". GitHub's API rate limit was hit (not a permission problem): per-step energy is skipped for this run.";
  else if (status === 403) reason += '. Grant the job `permissions: actions: read` to get energy per step.';
  return { ok: false, reason, ...(status !== undefined ? { status } : {}) };
}
