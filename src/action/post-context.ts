// What every verb of the post step is handed: the inputs, the job's identity, the history store and the notes
// gathered for the summary and the comment. Built once by openPost (the post step) or by publish mode.
import * as core from './log';
import { createCacheHistoryStore } from '../baseline/cache-store';
import { createDirHistoryStore } from '../baseline/dir-store';
import type { HistoryScope } from '../baseline/history-key';
import type { HistoryStore } from '../baseline/store';
import { createGitHubClient, type GitHubClient } from '../github/client';
import { readEventPayload, type EventPayload } from '../pipeline/run-context';
import { rememberSecret } from '../secrets';
import { isPullRequestEvent, jobIdentity, type JobIdentity } from './context';
import { parseInputs, type ActionInputs } from './inputs';
import { reportMissingData } from './missing-data';
import { validateRegionInput } from './region-input';
import { STATE } from './state';

export interface PostContext {
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  identity: JobIdentity;
  /** The event payload (pull request, repository); {} in publish mode. */
  payload: EventPayload;
  /** Said in the summary and the comment: what is missing and why. */
  notes: string[];
  /** Made once: the cache store loads a branch once and remembers an outage. */
  store: HistoryStore;
  /** Whether this run joins the history (push runs only); when not, a note to say so, if any. */
  history: { write: true } | { write: false; note?: string };
  /** The job's display name from the jobs API ("test (ubuntu-latest, 20)"), when read. */
  jobDisplayName?: string;
}

/** What the main step left for the post step: the sampler to stop and its file. */
export interface SamplerState {
  pid: number;
  samplesFile: string;
}

export function historyScope(identity: JobIdentity): HistoryScope {
  return { os: identity.os, workflow: identity.workflow, job: identity.job, matrix: identity.matrix };
}

export function historyStore(identity: JobIdentity, inputs: ActionInputs): HistoryStore {
  const scope = historyScope(identity);
  if (inputs.historyPath) return createDirHistoryStore({ dir: inputs.historyPath, scope });
  return createCacheHistoryStore({ scope, runId: identity.runId || '0', attempt: String(identity.attempt) });
}

export function postContext(
  env: NodeJS.ProcessEnv,
  inputs: ActionInputs,
  identity: JobIdentity,
  payload: EventPayload,
): PostContext {
  const history = isPullRequestEvent(identity.event) ? { write: false as const } : { write: true as const };
  return { env, inputs, identity, payload, notes: [], store: historyStore(identity, inputs), history };
}

/** The post step's context and sampler, or undefined when there is nothing to report (and the user has been told). */
export function openPost(env: NodeJS.ProcessEnv): { post: PostContext; sampler: SamplerState } | undefined {
  if (core.getState(STATE.inputsInvalid) === 'true') return; // main already failed the step and said why
  if (core.getState(STATE.publishMode) === 'true') return; // main published the given report; nothing was metered
  const parsed = parseInputs(
    (name) => core.getInput(name),
    { eventName: env.GITHUB_EVENT_NAME ?? '' },
    { validateRegion: validateRegionInput },
  );
  if (!parsed.ok) {
    core.setFailed(parsed.errors.join('\n'));
    return;
  }
  const { inputs } = parsed;
  rememberSecret(inputs.githubToken);
  rememberSecret(inputs.electricityMapsToken);
  const payload = readEventPayload(env);
  const post = postContext(
    env,
    inputs,
    jobIdentity(env, payload, { matrix: inputs.matrix, jobName: inputs.jobName }),
    payload,
  );
  const samplesFile = core.getState(STATE.samplesFile);
  if (!samplesFile) {
    const reason = core.getState(STATE.notMeteredReason);
    reportMissingData(
      inputs,
      reason
        ? `the main step could not start metering: ${reason}`
        : 'the main step did not start metering (see its warning)',
    );
    return;
  }
  return { post, sampler: { pid: Number(core.getState(STATE.samplerPid)), samplesFile } };
}

/** The API client for this step's token (a PostContext, or publish mode's inputs and env); undefined without one. */
export function gitHubClient(step: {
  inputs: Pick<ActionInputs, 'githubToken'>;
  env: NodeJS.ProcessEnv;
}): GitHubClient | undefined {
  const token = step.inputs.githubToken;
  return token ? createGitHubClient({ token, baseUrl: step.env.GITHUB_API_URL }) : undefined;
}
