// Who this job is: built once per step from the runner's environment and the event payload, then passed down, so
// that the history key, the comment's marker and section, the report file's name and the API calls all name the
// same job. Publish mode builds one from the report it publishes instead (publish-mode.ts).
// Its names (workflow, job, matrix, branches) are in the form a report stores them: one line, capped (storedName).
// A run that reads its baseline from stored reports, or a published report's identity, then names the same job as
// the live run did: a name with a line break, or over the cap, used to match nothing.
import { runBranches, type EventPayload } from '../pipeline/run-context';
import { isPullRequestEventName } from '../github/history-branch';
import { storedName } from '../schema/report';

export interface JobIdentity {
  /** From GITHUB_REPOSITORY ("owner/repo"); '' when unset. */
  owner: string;
  repo: string;
  /** GITHUB_WORKFLOW, the workflow's name; "workflow" when unset. */
  workflow: string;
  /** GITHUB_JOB, the job's id; "job" when unset. Matrix legs share it. */
  job: string;
  /** The job as its reports name it (context.job): the `job-name` input, else `job`. */
  reportedJob: string;
  /** The `matrix` input's label, which tells matrix legs apart; null when there is none. */
  matrix: string | null;
  /** GITHUB_RUN_ID; absent outside Actions. */
  runId?: string;
  /** GITHUB_RUN_ATTEMPT, ≥ 1. */
  attempt: number;
  /** GITHUB_EVENT_NAME, e.g. "push", "pull_request". */
  event: string;
  /** The branch the run built (a PR's head branch). */
  branch?: string;
  /** The pull request's number, on pull request events. */
  pullRequest?: number;
  /** The branch a pull request merges into. */
  baseBranch?: string;
  /** RUNNER_OS, else this process's platform: history is kept per OS. */
  os: string;
  /** True for a PR from a fork, false for one from the same repository, undefined when unknown. */
  isFork?: boolean;
}

/** Every pull_request* event (reviews and review comments too): the code is not merged yet. */
export const isPullRequestEvent = isPullRequestEventName;

export function jobIdentity(
  env: NodeJS.ProcessEnv,
  payload: EventPayload,
  labels: { matrix?: string; jobName?: string },
): JobIdentity {
  const pr = payload.pull_request;
  const identity: JobIdentity = {
    ...repositoryParts(env),
    ...storedNames({
      workflow: env.GITHUB_WORKFLOW,
      job: env.GITHUB_JOB,
      reportedJob: labels.jobName,
      matrix: labels.matrix,
      ...runBranches(env, payload),
    }),
    runId: env.GITHUB_RUN_ID || undefined,
    attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    event: env.GITHUB_EVENT_NAME ?? '',
    pullRequest: typeof pr?.number === 'number' ? pr.number : undefined,
    os: env.RUNNER_OS || process.platform,
    isFork: isForkPullRequest(payload),
  };
  return identity;
}

/** Owner and repository from GITHUB_REPOSITORY ("owner/repo"); '' for what is unset. */
export function repositoryParts(env: NodeJS.ProcessEnv): Pick<JobIdentity, 'owner' | 'repo'> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  return { owner, repo };
}

type IdentityNames = Pick<JobIdentity, 'workflow' | 'job' | 'reportedJob' | 'matrix' | 'branch' | 'baseBranch'>;

/**
 * The identity's names as reports store them, with the defaults for what is unset or blank: the one place a live or
 * published name becomes the name that history keys, comment markers and baseline matching use.
 */
export function storedNames(raw: { [K in keyof IdentityNames]?: string | null }): IdentityNames {
  const stored = (name: string | null | undefined): string | undefined => storedName(name ?? '') || undefined;
  const job = stored(raw.job) ?? 'job';
  return {
    workflow: stored(raw.workflow) ?? 'workflow',
    job,
    reportedJob: stored(raw.reportedJob) ?? job,
    matrix: stored(raw.matrix) ?? null,
    branch: stored(raw.branch),
    baseBranch: stored(raw.baseBranch),
  };
}

/** True for a PR from a fork, false for one from the same repository, undefined when unknown. */
export function isForkPullRequest(payload: EventPayload): boolean | undefined {
  const head = payload.pull_request?.head?.repo?.full_name;
  const base = payload.pull_request?.base?.repo?.full_name;
  if (!head || !base) return undefined;
  return head !== base;
}

/** "owner/repo", as GITHUB_REPOSITORY gave it. */
export const repositoryName = (id: JobIdentity): string => (id.owner || id.repo ? `${id.owner}/${id.repo}` : '');
