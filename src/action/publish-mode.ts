// Publish mode (`report: <path>`): nothing is metered. The report was written by another
// run, typically a fork's pull request run whose token could not comment; a `workflow_run`
// workflow downloads it and hands it here, with the base repository's token. The file is
// the fork's to write, so:
// - it is rebuilt field by field (src/report/untrusted-report.ts) and escaped on output;
// - the repository and the token are this run's (GITHUB_REPOSITORY, the github-token input);
// - what the event is (push or pull request), which commit and which branch come from the
//   workflow_run payload GitHub wrote, not from the file;
// - the PR number is the file's, but it is used only when that PR's head is the commit the
//   workflow run built, and the PR's base branch is read from the API;
// - budgets are this workflow's inputs; history is written only for push runs of this
//   repository's own branches.
// Through the one sanitiser and the secret redaction, like every other message of the action.
import * as core from './log';
import { readFileSync, statSync } from 'node:fs';
import type { GitHubClient } from '../github/client';
import { statusOf } from '../github/errors';
import { escapeMarkdown } from '../report/escape';
import { formatEnergyWh, formatMassG } from '../report/format';
import { verdictText } from '../report/markdown';
import { readUntrustedReport, UNTRUSTED_REPORT_MAX_BYTES } from '../report/untrusted-report';
import type { GateResult, Report, RunContext } from '../schema/report';
import { readEventPayload } from '../pipeline/run-context';
import { gate } from './apply-gate';
import { compare } from './compare';
import { gateMessages } from './gate';
import { isPullRequestEvent, repositoryParts, storedNames, type JobIdentity } from './context';
import type { ActionInputs } from './inputs';
import { gitHubClient, postContext } from './post-context';
import { publish } from './publish-results';
import { writeLocalOutputs } from './write-local-outputs';

/** The fields of GitHub's workflow_run event payload this mode trusts. */
export interface WorkflowRunAnchor {
  id: number;
  runAttempt: number;
  /** The workflow's name, e.g. "CI". */
  name: string | null;
  /** The event that started the run: "push", "pull_request", … */
  event: string;
  headSha: string;
  headBranch: string | null;
  headRepository: string | null;
}

export function workflowRunAnchor(payload: unknown): WorkflowRunAnchor | null {
  const wr = (payload as { workflow_run?: Record<string, unknown> } | null)?.workflow_run;
  if (!wr || typeof wr !== 'object') return null;
  if (typeof wr.id !== 'number' || typeof wr.event !== 'string' || typeof wr.head_sha !== 'string') return null;
  const headRepo = (wr.head_repository as { full_name?: unknown } | null | undefined)?.full_name;
  return {
    id: wr.id,
    runAttempt: typeof wr.run_attempt === 'number' ? wr.run_attempt : 1,
    name: typeof wr.name === 'string' ? wr.name : null,
    event: wr.event,
    headSha: wr.head_sha,
    headBranch: typeof wr.head_branch === 'string' ? wr.head_branch : null,
    headRepository: typeof headRepo === 'string' ? headRepo : null,
  };
}

const OS_NAMES: Record<string, string> = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };

/** A pull request as the API reports it: the trusted side of the file's PR number. */
interface PullCheck {
  ok: boolean;
  reason?: string;
  baseBranch?: string;
}

async function checkPullRequest(
  client: GitHubClient,
  owner: string,
  repo: string,
  number: number,
  headSha: string,
): Promise<PullCheck> {
  try {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
    if (data.head.sha !== headSha) {
      return {
        ok: false,
        reason:
          `the report names PR #${number}, whose head is ${data.head.sha.slice(0, 7)}, not ` +
          `${headSha.slice(0, 7)}, the commit the workflow run built`,
      };
    }
    return { ok: true, baseBranch: data.base.ref };
  } catch (err) {
    const status = statusOf(err);
    return {
      ok: false,
      reason: `could not read PR #${number} of ${owner}/${repo} (${status ?? (err as Error).message})`,
    };
  }
}

/**
 * The check run that shows the budgets on the PR's commit (a failed step of a workflow_run run shows on the default
 * branch only).
 */
async function budgetCheckRun(
  client: GitHubClient,
  owner: string,
  repo: string,
  headSha: string,
  gate: GateResult,
  headline: string,
): Promise<void> {
  if (gate.budgets.length === 0) return;
  const conclusion = !gate.exceeded ? 'success' : gate.mode === 'fail' ? 'failure' : 'neutral';
  const lines = gateMessages(gate).map((m) => `- ${escapeMarkdown(m.message, { maxLength: 500 })}`);
  try {
    await client.rest.checks.create({
      owner,
      repo,
      name: 'carbon-action budget',
      head_sha: headSha,
      status: 'completed',
      conclusion,
      output: {
        title: gate.exceeded ? 'Carbon budget exceeded' : 'Carbon budgets met',
        summary: [headline, '', ...lines].join('\n').slice(0, 60_000),
      },
    });
  } catch (err) {
    const status = statusOf(err);
    core.warning(
      `carbon-action: the budget check run was not created on ${headSha.slice(0, 7)} ` +
        `(${status ?? (err as Error).message})` +
        (status === 403 ? '; grant checks: write to show budgets on the PR' : '') +
        ". The step's own result still applies the budgets.",
    );
  }
}

/**
 * Publishes a report written elsewhere. Input errors and budgets fail the step; an unusable
 * file or a refused PR number is a warning that names the cause, and nothing is posted.
 */
export async function runPublish(env: NodeJS.ProcessEnv, inputs: ActionInputs): Promise<void> {
  const read = readReportFile(inputs.reportPath as string);
  if (!read) return;
  const { report, leftOut } = read;
  const payload = readEventPayload(env);
  const anchor = workflowRunAnchor(payload);
  // The repository and the token are this run's.
  const { owner, repo } = repositoryParts(env);
  const notes: string[] = [
    `Published from a report file${anchor ? ` of workflow run ${anchor.id}` : ''}: measured there, not on this runner.`,
  ];
  if (leftOut.length > 0)
    notes.push(
      `Left out of the report file: ` +
        `${leftOut.slice(0, 5).join('; ')}${leftOut.length > 5 ? ` … and ${leftOut.length - 5} more` : ''}.`,
    );
  const client = gitHubClient({ inputs, env });

  // What kind of run measured this, from GitHub's payload when there is one, else this run's own event.
  const event = anchor ? anchor.event : (env.GITHUB_EVENT_NAME ?? '');
  const isPr = isPullRequestEvent(event);
  await trustContext(report, { env, payload, anchor, event, client, owner, repo, notes });

  const post = postContext(
    env,
    { ...inputs, jobName: undefined },
    publishedIdentity(report, inputs, isPr, { owner, repo }),
    {},
  );
  post.notes.push(...notes);
  // History: push runs of this repository only, never a fork's branch.
  const ownPush = !isPr && (!anchor || anchor.headRepository === env.GITHUB_REPOSITORY);
  if (!ownPush) {
    const note = isPr ? undefined : 'Not added to the history: the run was not a push to this repository.';
    post.history = { write: false, note };
  }

  const results = writeLocalOutputs(post, report);
  try {
    results.compared(await compare(post, report, client));
    await publish(post, results, client);
    results.write();
    const { comparison } = results;
    const headline =
      `${formatMassG(report.co2eG.total)} CO2e, ` +
      `${formatEnergyWh(report.energyWh.total)}${verdictText(comparison) ? `: ${verdictText(comparison)}` : ''}.`;
    if (client && anchor && report.context?.pullRequest)
      await budgetCheckRun(client, owner, repo, anchor.headSha, results.gate, headline);
  } catch (err) {
    core.warning(`carbon-action: ${(err as Error).message}; the summary and JSON report hold the totals.`);
  }
  gate(results.gate);
}

/** The report file, rebuilt field by field; undefined (with a warning that says why) when it cannot be used. */
function readReportFile(path: string): { report: Report; leftOut: string[] } | undefined {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    core.warning(
      `carbon-action: report: cannot read ${JSON.stringify(path)} ` +
        `(${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); ` +
        'nothing to publish. Did the artifact download?',
    );
    return;
  }
  if (size > UNTRUSTED_REPORT_MAX_BYTES) {
    core.warning(
      `carbon-action: report: ${JSON.stringify(path)} is ${size} bytes, ` +
        `over the ${UNTRUSTED_REPORT_MAX_BYTES}-byte limit; not read.`,
    );
    return;
  }
  try {
    const { report, warnings: leftOut } = readUntrustedReport(readFileSync(path, 'utf8'));
    return { report, leftOut };
  } catch (err) {
    core.warning(
      `carbon-action: report: ${JSON.stringify(path)} is not a usable carbon-action report: ` +
        `${(err as Error).message}; nothing published.`,
    );
    return;
  }
}

interface TrustSources {
  env: NodeJS.ProcessEnv;
  payload: unknown;
  anchor: WorkflowRunAnchor | null;
  event: string;
  client: GitHubClient | undefined;
  owner: string;
  repo: string;
  notes: string[];
}

/**
 * The report's context rewritten from what this run can trust: the repository, event, run and commit from GitHub's
 * workflow_run payload; the PR number only when that PR's head is the commit the run built.
 */
async function trustContext(report: Report, t: TrustSources): Promise<void> {
  const { env, anchor, event } = t;
  const c = report.context ?? {};
  const context: NonNullable<Report['context']> = {
    ...c,
    repository: env.GITHUB_REPOSITORY,
    workflow: anchor?.name ?? c.workflow ?? env.GITHUB_WORKFLOW,
    event,
    runId: anchor ? String(anchor.id) : c.runId,
    runAttempt: anchor ? String(anchor.runAttempt) : c.runAttempt,
    sha: anchor ? anchor.headSha : c.sha,
  };
  delete context.pullRequest;
  delete context.baseBranch;
  if (isPullRequestEvent(event)) await trustPullRequest(context, c, t);
  else context.branch = anchor ? (anchor.headBranch ?? undefined) : c.branch;
  report.context = Object.fromEntries(
    Object.entries(context).filter(([, v]) => v !== undefined && v !== ''),
  ) as Report['context'];
}

async function trustPullRequest(
  context: NonNullable<Report['context']>,
  claimed: NonNullable<Report['context']>,
  t: TrustSources,
): Promise<void> {
  const { anchor, client, notes } = t;
  const ownPr = (t.payload as { pull_request?: { number?: unknown; base?: { ref?: unknown } } }).pull_request;
  if (!anchor && typeof ownPr?.number === 'number') {
    // The report came from this very run (an earlier job): its own event says which PR.
    context.pullRequest = ownPr.number;
    if (typeof ownPr.base?.ref === 'string') context.baseBranch = ownPr.base.ref;
  } else if (anchor && claimed.pullRequest && client) {
    const checked = await checkPullRequest(client, t.owner, t.repo, claimed.pullRequest, anchor.headSha);
    if (checked.ok) {
      context.pullRequest = claimed.pullRequest;
      context.baseBranch = checked.baseBranch;
    } else {
      notes.push(`No PR comment: ${checked.reason}.`);
      core.warning(`carbon-action: report: ${checked.reason}; no PR comment.`);
    }
  } else if (anchor && !claimed.pullRequest) {
    notes.push('No PR comment: the report names no pull request (was it measured in a pull_request run?).');
  }
}

/**
 * The names a published report's job goes by, as the live run that measured it named them. The report names the job
 * by the job-name input when there was one, and then keeps GITHUB_JOB as jobId, which history is keyed by (reports
 * from before jobId have only the name: their cache history key then misses a live run's).
 */
export function publishedNames(c: RunContext, matrixInput: string | undefined): ReturnType<typeof storedNames> {
  return storedNames({
    workflow: c.workflow,
    job: c.jobId || c.job,
    reportedJob: c.job,
    matrix: c.matrix || matrixInput,
    branch: c.branch,
    baseBranch: c.baseBranch,
  });
}

/** The PR run's identity, from the report as rebuilt above: for history keys and the comment's marker and section. */
function publishedIdentity(
  report: Report,
  inputs: ActionInputs,
  isPr: boolean,
  repository: Pick<JobIdentity, 'owner' | 'repo'>,
): JobIdentity {
  const c = report.context ?? {};
  return {
    ...repository,
    ...publishedNames(c, inputs.matrix),
    runId: c.runId || '0',
    attempt: Number(c.runAttempt) || 1,
    event: isPr ? 'pull_request' : 'push',
    pullRequest: c.pullRequest,
    os: OS_NAMES[report.machine.os] ?? report.machine.os,
  };
}
