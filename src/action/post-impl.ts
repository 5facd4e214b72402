// The post step: stop the sampler, estimate, then write everything that needs no network
// (JSON report, job summary, outputs) before any GitHub or cache call, so a network failure
// loses nothing. Network results (per-step energy, baseline, comment) are folded in after,
// each failure a warning. Only a budget the user set, or a wrong input, fails the job.
import * as core from './log';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { releaseLogCaptures } from '../baseline/actions-log-capture';
import { createCacheHistoryStore } from '../baseline/cache-store';
import { createDirHistoryStore } from '../baseline/dir-store';
import { appendToHistory, compareWithBaseline } from '../baseline/history';
import type { HistoryScope } from '../baseline/history-key';
import type { HistoryStore } from '../baseline/store';
import { createGitHubClient, type GitHubClient } from '../github/client';
import { stickyMarker, upsertStickyComment } from '../github/comments';
import { appendToHistoryBranch, historyBranchPath, readHistoryBranchFile } from '../github/history-branch';
import { fetchJobSteps } from '../github/jobs';
import { upsertRunComment } from '../github/run-comment';
import { buildDashboard } from '../dashboard';
import { parseHistoryText } from '../baseline/history-file';
import { slimReport } from '../history/slim-report';
import { buildRunCommentPayload, runCommentRenderer } from '../report/run-comment-render';
import { stepWindows } from '../github/steps-split';
import { describeMachine } from '../meter/machine';
import { estimate, integrateSamplesFile, stepEnergies } from '../pipeline/estimate';
import { renderComment, renderJobDetail } from '../report/markdown';
import type { Comparison, GateResult, Report } from '../schema/report';
import { evaluateGate, gateMessages } from './gate';
import { isForkPullRequest, isPullRequestEvent, readEventPayload, runContext, type EventPayload } from './context';
import { parseInputs, type ActionInputs } from './inputs';
import { validateRegionInput } from './main-impl';
import { STATE } from './state';
import { stopSampler } from './stop-sampler';
import { createDeadline, formatTimeout } from './deadline';
import { createLocalOutputs } from './local-outputs';
import { reportMissingData } from './missing-data';
import { boundName, safeFileComponent } from './names';
import { rememberSecret } from '../secrets';
import { writeProblem } from '../fs-safe';

export const WORKFLOW_RUN_DOCS =
  'https://github.com/carbon-action/carbon-action#fork-pull-requests-the-workflow_run-pattern';

export interface PostContext {
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  payload: EventPayload;
  notes: string[];
  /** The job's display name from the jobs API ("test (ubuntu-latest, 20)"), when read. */
  jobDisplayName?: string;
}

export async function runPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
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
  const ctx: PostContext = { env, inputs: parsed.inputs, payload: readEventPayload(env), notes: [] };
  rememberSecret(ctx.inputs.githubToken);
  rememberSecret(ctx.inputs.electricityMapsToken);
  const deadline = createDeadline(ctx.inputs.timeoutMs);
  const samplesFile = core.getState(STATE.samplesFile);
  if (!samplesFile) {
    const reason = core.getState(STATE.notMeteredReason);
    reportMissingData(
      ctx.inputs,
      reason
        ? `the main step could not start metering: ${reason}`
        : 'the main step did not start metering (see its warning)',
    );
    return;
  }
  const nowMs = Date.now();

  const stopped = await stopSampler({
    pid: Number(core.getState(STATE.samplerPid)),
    samplesFile,
    intervalMs: ctx.inputs.sampleIntervalMs,
  });
  const samplerWarnings = stopped.diedEarly
    ? [
        'The sampler was not running when the job ended (killed or crashed): this report covers only what it recorded before it stopped.',
      ]
    : [];
  if (!existsSync(samplesFile)) {
    reportMissingData(ctx.inputs, `no samples were recorded (${samplesFile} is missing)`);
    return;
  }
  for (const w of samplerWarnings) core.warning(`carbon-action: ${w}`);

  const machine = await describeMachine();
  const context = runContext(env, ctx.payload, { matrix: ctx.inputs.matrix, jobName: ctx.inputs.jobName });
  let estimated: Awaited<ReturnType<typeof estimate>>;
  try {
    estimated = await estimate({
      samplesFile,
      machine,
      kind: 'action',
      includeEmbodied: ctx.inputs.includeEmbodied,
      memoryModel: ctx.inputs.memoryModel,
      periodEndMs: nowMs,
      context,
      warnings: samplerWarnings,
      carbon: {
        region: ctx.inputs.region,
        carbonIntensityGPerKWh: ctx.inputs.carbonIntensityGPerKWh,
        pue: ctx.inputs.pue,
        gridSource: ctx.inputs.gridSource,
        electricityMapsToken: ctx.inputs.electricityMapsToken,
        env,
      },
    });
  } catch (err) {
    reportMissingData(ctx.inputs, `the samples could not be read: ${(err as Error).message}`);
    return;
  }
  const { report, curve } = estimated;
  // Fewer than two samples make no interval: an estimate of 0 Wh would pass any budget, so the
  // gate would fail open. That is missing data, said as such.
  if (report.samples.count < 2) {
    const unreadable = report.samples.tornLines > 0 ? `, ${report.samples.tornLines} unreadable lines` : '';
    // The sampler drops lines it cannot write (a full or read-only disk): say so, or the cause stays unseen.
    const refused = writeProblem(dirname(samplesFile));
    reportMissingData(
      ctx.inputs,
      `the samples file holds ${report.samples.count} usable sample${report.samples.count === 1 ? '' : 's'}${unreadable}${refused ? ` (${refused})` : ''}`,
    );
    return;
  }

  // Phase 1: nothing below needs the network; each local write stands alone.
  const local = createLocalOutputs({ reportPath: reportFilePath(env), summaryPath: env.GITHUB_STEP_SUMMARY });
  let comparison: Comparison | undefined;
  let gate = evaluateGate({ report, comparison, inputs: ctx.inputs });
  const writeLocalResults = (): void => void local.write({ report, comparison, gate, notes: ctx.notes });
  writeLocalResults();

  // Phase 2: network, each failure a note and a warning, never a crash, all within the deadline.
  const network = async (): Promise<void> => {
    const client = ctx.inputs.githubToken
      ? createGitHubClient({ token: ctx.inputs.githubToken, baseUrl: env.GITHUB_API_URL })
      : undefined;
    if (client) await addSteps(report, client, ctx, samplesFile, curve, machine, nowMs);
    else ctx.notes.push('Per-step energy needs the github-token input.');

    warnUnlabelledMatrixLeg(ctx);
    const store = historyStore(ctx);
    comparison = await compare(report, store, ctx, client);
    gate = evaluateGate({ report, comparison, inputs: ctx.inputs });
    writeLocalResults();

    if (!isPullRequestEvent(env.GITHUB_EVENT_NAME)) {
      await saveHistory(report, store, ctx);
      if (ctx.inputs.historyBranch) await appendHistoryBranch(report, client, ctx);
    }
    if (ctx.inputs.comment) await postComment(report, comparison, gate, client, ctx);
  };
  try {
    const raced = await deadline.race(network());
    if (!raced.done) {
      releaseLogCaptures(); // an abandoned cache call must not swallow the lines below
      const message = `the post step reached its ${formatTimeout(deadline.timeoutMs)} deadline (timeout input) before the network work was done; what was left is skipped. The totals, summary, outputs and budget gate are not affected.`;
      ctx.notes.push(
        `Stopped at the ${formatTimeout(deadline.timeoutMs)} deadline (timeout input): per-step energy, baseline, history or comment may be missing.`,
      );
      core.warning(`carbon-action: ${message}`);
    }
  } catch (err) {
    core.warning(`carbon-action: ${(err as Error).message}; the summary and JSON report hold the totals.`);
  }
  // Notes added by the history and comment calls (or the deadline) belong in the summary too.
  writeLocalResults();

  applyGate(gate);
}

export function reportFilePath(env: NodeJS.ProcessEnv): string {
  const dir = join(env.RUNNER_TEMP || tmpdir(), 'carbon-action');
  const job = safeFileComponent(env.GITHUB_JOB || 'job');
  return join(dir, `report-${job}-${env.GITHUB_RUN_ID || 'local'}-${env.GITHUB_RUN_ATTEMPT || '1'}.json`);
}

async function addSteps(
  report: Report,
  client: GitHubClient,
  ctx: PostContext,
  samplesFile: string,
  curve: Parameters<typeof integrateSamplesFile>[1],
  machine: Report['machine'],
  nowMs: number,
): Promise<void> {
  const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
  const runId = Number(ctx.env.GITHUB_RUN_ID);
  if (!owner || !repo || !Number.isFinite(runId)) {
    ctx.notes.push('Per-step energy unavailable: GITHUB_REPOSITORY or GITHUB_RUN_ID is not set.');
    return;
  }
  const result = await fetchJobSteps({
    client,
    owner,
    repo,
    runId,
    attempt: Number(ctx.env.GITHUB_RUN_ATTEMPT || 1),
    runnerName: ctx.env.RUNNER_NAME,
    checkRunId: ctx.inputs.checkRunId,
  });
  if (!result.ok) {
    ctx.notes.push(`Per-step energy unavailable (totals only): ${result.reason}`);
    core.warning(`carbon-action: per-step energy unavailable: ${result.reason}`);
    return;
  }
  ctx.jobDisplayName = result.job.name;
  const windows = stepWindows(result.job.steps, nowMs);
  const { energy } = await integrateSamplesFile(samplesFile, curve, machine, { windows });
  report.steps = stepEnergies(report, windows, energy.windowsEnergyWh);
}

function historyScope(ctx: PostContext): HistoryScope {
  return {
    os: ctx.env.RUNNER_OS || process.platform,
    workflow: ctx.env.GITHUB_WORKFLOW || 'workflow',
    job: ctx.env.GITHUB_JOB || 'job',
    matrix: ctx.inputs.matrix ?? null,
  };
}

export function historyStore(ctx: PostContext): HistoryStore {
  const scope = historyScope(ctx);
  if (ctx.inputs.historyPath) return createDirHistoryStore({ dir: ctx.inputs.historyPath, scope });
  return createCacheHistoryStore({
    scope,
    runId: ctx.env.GITHUB_RUN_ID || '0',
    attempt: ctx.env.GITHUB_RUN_ATTEMPT || '1',
  });
}

/** Push runs compare with their own branch's earlier runs; PRs with their base branch. */
function baselineBranch(report: Report, ctx: PostContext): string | undefined {
  return isPullRequestEvent(ctx.env.GITHUB_EVENT_NAME) ? report.context?.baseBranch : report.context?.branch;
}

/**
 * Matrix legs share GITHUB_JOB; without a `matrix` label they would share one comment and one
 * history. The jobs API's display name ("test (ubuntu-latest, 20)") gives a leg away.
 */
function warnUnlabelledMatrixLeg(ctx: PostContext): void {
  const name = ctx.jobDisplayName;
  if (ctx.inputs.matrix || !name || name === ctx.env.GITHUB_JOB || !/\(.+\)\s*$/.test(name)) return;
  const message = `This job ("${name}") looks like a matrix leg, but the matrix input is empty: its legs share one history and one comment. Set matrix: \${{ matrix.<key> }} (see the README).`;
  ctx.notes.push(message);
  core.warning(`carbon-action: ${message}`);
}

/** The same workflow, job and matrix leg on `branch`, from a history branch's JSON lines. */
async function loadFromHistoryBranch(
  client: GitHubClient,
  ctx: PostContext,
  branch: string,
): Promise<Report[] | string> {
  const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
  const historyBranch = ctx.inputs.historyBranch as string;
  const path = historyBranchPath(ctx.env.GITHUB_WORKFLOW || 'workflow');
  const read = await readHistoryBranchFile({ client, owner, repo, branch: historyBranch, path });
  if (!read.ok) return read.reason;
  if (!read.found) return `no ${path} on ${historyBranch} yet`;
  const parsed = parseHistoryText(read.text, `${historyBranch}:${path}`);
  if (!parsed.ok) return parsed.reason;
  const scope = historyScope(ctx);
  return parsed.entries.filter(
    (e) =>
      e.context?.branch === branch &&
      e.context?.workflow === ctx.env.GITHUB_WORKFLOW &&
      e.context?.job === (ctx.inputs.jobName || ctx.env.GITHUB_JOB) &&
      (e.context?.matrix ?? null) === (scope.matrix ?? null),
  );
}

export async function compare(
  report: Report,
  store: HistoryStore,
  ctx: PostContext,
  client?: GitHubClient,
): Promise<Comparison> {
  const branch = baselineBranch(report, ctx);
  if (!branch) return { available: false, reason: 'the base branch is unknown' };
  let loaded = await store.load(branch);
  // The cache forgets a quiet branch after 7 days; the history branch does not.
  if (!loaded.ok && ctx.inputs.historyBranch && client) {
    const fromBranch = await loadFromHistoryBranch(client, ctx, branch);
    if (typeof fromBranch !== 'string' && fromBranch.length > 0) {
      ctx.notes.push(`Baseline from the ${ctx.inputs.historyBranch} branch (the cache had none: ${loaded.reason}).`);
      loaded = { ok: true, entries: fromBranch, source: `${ctx.inputs.historyBranch} branch`, warnings: [] };
    }
  }
  if (!loaded.ok) {
    if (!/no baseline yet/i.test(loaded.reason)) core.warning(`carbon-action: baseline unavailable: ${loaded.reason}`);
    return { available: false, reason: loaded.reason, baseBranch: branch };
  }
  for (const w of loaded.warnings) core.warning(`carbon-action: history: ${w}`);
  // A re-run must not compare with itself: an earlier attempt of this run is the same commit.
  const runId = report.context?.runId;
  const others = runId === undefined ? loaded.entries : loaded.entries.filter((e) => e.context?.runId !== runId);
  return compareWithBaseline(report, others, { baseBranch: branch });
}

export async function saveHistory(report: Report, store: HistoryStore, ctx: PostContext): Promise<void> {
  const branch = report.context?.branch;
  if (!branch) return;
  const loaded = await store.load(branch);
  const entries = appendToHistory(loaded.ok ? loaded.entries : [], report);
  const saved = await store.save(branch, entries);
  if (!saved.ok) {
    ctx.notes.push(`This run was not added to the history: ${saved.reason}`);
    core.warning(`carbon-action: history not saved: ${saved.reason}`);
  }
}

export async function postComment(
  report: Report,
  comparison: Comparison | undefined,
  gate: GateResult,
  client: GitHubClient | undefined,
  ctx: PostContext,
): Promise<void> {
  const prNumber = report.context?.pullRequest;
  if (!prNumber) {
    core.info('carbon-action: not a pull request, so no comment.');
    return;
  }
  if (!client) {
    core.warning('carbon-action: no github-token, so no PR comment.');
    return;
  }
  const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
  if (ctx.inputs.commentScope === 'run') {
    await postRunComment(report, comparison, gate, client, ctx, owner, repo, prNumber);
    return;
  }
  const marker = stickyMarker({
    workflow: ctx.env.GITHUB_WORKFLOW || 'workflow',
    job: ctx.env.GITHUB_JOB || 'job',
    matrix: ctx.inputs.matrix,
  });
  const body = renderComment({ report, comparison, gate, marker, notes: ctx.notes });
  const result = await upsertStickyComment({
    client,
    owner,
    repo,
    issueNumber: prNumber,
    marker,
    body: stripMarker(body, marker),
    isFork: isForkPullRequest(ctx.payload),
  });
  if (result.action === 'failed') {
    const hint = result.forkReadOnly ? ` Fork PRs get a read-only token: see ${WORKFLOW_RUN_DOCS}` : '';
    core.warning(`carbon-action: PR comment not posted: ${result.reason}${hint}`);
  } else {
    core.info(`carbon-action: PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
  }
}

/** One comment per workflow run: this job rewrites only its own section. */
async function postRunComment(
  report: Report,
  comparison: Comparison | undefined,
  gate: GateResult,
  client: GitHubClient,
  ctx: PostContext,
  owner: string,
  repo: string,
  prNumber: number,
): Promise<void> {
  // Bounded names: markers stay short however long the workflow or job name is.
  const workflow = boundName(ctx.env.GITHUB_WORKFLOW || 'workflow');
  // Matrix legs share GITHUB_JOB: the matrix label, else the API's display name, tells them apart.
  const jobKey = boundName(
    [
      ctx.env.GITHUB_JOB || 'job',
      ctx.inputs.matrix ?? (ctx.jobDisplayName && ctx.jobDisplayName !== ctx.env.GITHUB_JOB ? ctx.jobDisplayName : ''),
    ]
      .filter(Boolean)
      .join(' '),
  );
  const result = await upsertRunComment({
    client,
    owner,
    repo,
    issueNumber: prNumber,
    workflow,
    section: {
      jobKey,
      runId: ctx.env.GITHUB_RUN_ID || '0',
      attempt: Number(ctx.env.GITHUB_RUN_ATTEMPT) || 1,
      // Row name: the job-name input, else "job (matrix label)", else the API's display name.
      payload: buildRunCommentPayload({
        report,
        comparison,
        gate,
        jobName:
          ctx.inputs.jobName ?? (ctx.inputs.matrix || !ctx.jobDisplayName ? undefined : boundName(ctx.jobDisplayName)),
      }),
    },
    render: runCommentRenderer({
      workflow,
      loneJob: {
        jobKey,
        detail: (maxChars) => renderJobDetail({ report, comparison, gate, notes: ctx.notes }, maxChars),
      },
    }),
    isFork: isForkPullRequest(ctx.payload),
  });
  if (result.action === 'failed') {
    const hint = result.forkReadOnly ? ` Fork PRs get a read-only token: see ${WORKFLOW_RUN_DOCS}` : '';
    core.warning(`carbon-action: PR comment not posted: ${result.reason}${hint}`);
  } else {
    core.info(
      `carbon-action: run comment ${result.action} (section "${jobKey}")${result.url ? `: ${result.url}` : ''}${result.unverified ? ` (not read back to check for concurrent writers: ${result.unverified})` : ''}`,
    );
  }
}

/** Push runs append to the history branch; with `dashboard`, the page is rebuilt in the same commit. */
export async function appendHistoryBranch(
  report: Report,
  client: GitHubClient | undefined,
  ctx: PostContext,
): Promise<void> {
  const branch = ctx.inputs.historyBranch as string;
  if (!client) {
    core.warning('carbon-action: history-branch needs the github-token input (with contents: write).');
    return;
  }
  const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
  const path = historyBranchPath(ctx.env.GITHUB_WORKFLOW || 'workflow');
  const dashboardPath = path.replace(/^history\//, 'dashboard/').replace(/\.jsonl$/, '/index.html');
  const result = await appendToHistoryBranch({
    client,
    owner,
    repo,
    branch,
    path,
    line: JSON.stringify(slimReport(report)),
    event: ctx.env.GITHUB_EVENT_NAME ?? '',
    alsoWrite: ctx.inputs.dashboard
      ? (historyText) => {
          const parsed = parseHistoryText(historyText, `${branch}:${path}`);
          const reports = parsed.ok ? parsed.entries : [report];
          const title = `carbon-action: ${ctx.env.GITHUB_REPOSITORY ?? ''} · ${ctx.env.GITHUB_WORKFLOW ?? ''}`;
          return [
            { path: dashboardPath, content: buildDashboard(reports, { generatedAt: new Date().toISOString(), title }) },
          ];
        }
      : undefined,
  });
  if (!result.ok) {
    ctx.notes.push(`This run was not appended to the ${branch} branch: ${result.reason}`);
    core.warning(`carbon-action: history branch not updated: ${result.reason}`);
  } else {
    core.info(
      `carbon-action: appended this run to ${branch}:${path}${ctx.inputs.dashboard ? ` and rebuilt ${dashboardPath}` : ''} (${result.commitSha.slice(0, 7)})`,
    );
  }
}

function stripMarker(body: string, marker: string): string {
  return body.startsWith(marker) ? body.slice(marker.length).replace(/^\n/, '') : body;
}

export function applyGate(gate: GateResult): void {
  for (const m of gateMessages(gate)) {
    if (m.level === 'error') core.error(m.message);
    else if (m.level === 'warning') core.warning(m.message);
    else core.notice(m.message);
  }
  if (gate.exceeded && gate.mode === 'fail') {
    core.setFailed(
      `carbon-action: budget exceeded (${gate.budgets
        .filter((b) => b.status === 'exceeded')
        .map((b) => b.kind)
        .join(', ')}).`,
    );
  }
}
