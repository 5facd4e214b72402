// Where a run happens, from the runner's environment and the event payload: recorded in every report the CLI or the
// action writes inside GitHub Actions, so the action's `report` input can publish it later.
import { readFileSync } from 'node:fs';
import { storedName, type RunContext } from '../schema/report';

export interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
    base?: { ref?: string; repo?: { full_name?: string } };
  };
  repository?: { default_branch?: string };
}

export function readEventPayload(env: NodeJS.ProcessEnv): EventPayload {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

/** The branch the run built (a PR's head) and, for a PR, the branch it merges into: raw, as the runner gives them. */
export function runBranches(env: NodeJS.ProcessEnv, payload: EventPayload): { branch?: string; baseBranch?: string } {
  const pr = payload.pull_request;
  return {
    branch: env.GITHUB_HEAD_REF || pr?.head?.ref || env.GITHUB_REF_NAME,
    baseBranch: env.GITHUB_BASE_REF || pr?.base?.ref || undefined,
  };
}

export function runContext(
  env: NodeJS.ProcessEnv,
  payload: EventPayload,
  labels: { matrix?: string; jobName?: string },
): RunContext {
  const pr = payload.pull_request;
  // Names as the schema stores them, so this run's report (in memory, in its file, in the history) names its job
  // exactly as the action's JobIdentity does (src/action/context.ts).
  const name = (text: string | undefined): string | undefined => (text === undefined ? undefined : storedName(text));
  const { branch, baseBranch } = runBranches(env, payload);
  const ctx: RunContext = {
    repository: env.GITHUB_REPOSITORY,
    workflow: name(env.GITHUB_WORKFLOW),
    job: name(labels.jobName || env.GITHUB_JOB),
    // A live run keys its history by GITHUB_JOB; publish mode needs it when `job` is the job-name input.
    jobId: labels.jobName ? name(env.GITHUB_JOB) : undefined,
    matrix: name(labels.matrix),
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    event: env.GITHUB_EVENT_NAME,
    ref: env.GITHUB_REF,
    branch: name(branch),
    baseBranch: name(baseBranch),
    sha: pr?.head?.sha || env.GITHUB_SHA,
    pullRequest: typeof pr?.number === 'number' ? pr.number : undefined,
    runner: env.RUNNER_NAME,
  };
  return Object.fromEntries(Object.entries(ctx).filter(([, v]) => v !== undefined && v !== '')) as RunContext;
}
