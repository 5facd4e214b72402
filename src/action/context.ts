// Who this job is: built once per step from the runner's environment and the event payload, then passed down, so
// that the history key, the comment's marker and section, the report file's name and the API calls all name the
// same job. Publish mode builds one from the report it publishes instead (publish-mode.ts).
import type { EventPayload } from '../pipeline/run-context';
import { isPullRequestEventName } from '../github/history-branch';

export interface JobIdentity {
  /** From GITHUB_REPOSITORY ("owner/repo"); '' when unset. */
  owner: string;
  repo: string;
  /** GITHUB_WORKFLOW, the workflow's name; "workflow" when unset. */
  workflow: string;
  /** GITHUB_JOB, the job's id; "job" when unset. Matrix legs share it. */
  job: string;
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

export function jobIdentity(env: NodeJS.ProcessEnv, payload: EventPayload, labels: { matrix?: string }): JobIdentity {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  const pr = payload.pull_request;
  const identity: JobIdentity = {
    owner,
    repo,
    workflow: env.GITHUB_WORKFLOW || 'workflow',
    job: env.GITHUB_JOB || 'job',
    matrix: labels.matrix || null,
    runId: env.GITHUB_RUN_ID || undefined,
    attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    event: env.GITHUB_EVENT_NAME ?? '',
    branch: env.GITHUB_HEAD_REF || pr?.head?.ref || env.GITHUB_REF_NAME || undefined,
    pullRequest: typeof pr?.number === 'number' ? pr.number : undefined,
    baseBranch: env.GITHUB_BASE_REF || pr?.base?.ref || undefined,
    os: env.RUNNER_OS || process.platform,
    isFork: isForkPullRequest(payload),
  };
  return identity;
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
