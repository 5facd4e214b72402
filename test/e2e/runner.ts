// Runs the bundled action the way the GitHub runner does: INPUT_* variables, GITHUB_STATE
// carried from main to post as STATE_*, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an
// event payload, RUNNER_TEMP, and the REST and cache services pointed at loopback fakes.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MAIN = join(ROOT, 'dist', 'main', 'index.js');
export const POST = join(ROOT, 'dist', 'post', 'index.js');
export const CLI = join(ROOT, 'dist', 'cli', 'index.js');

export interface JobSetup {
  event: 'push' | 'pull_request';
  /** Branch of the push, or head branch of the PR. */
  branch: string;
  baseBranch?: string;
  prNumber?: number;
  inputs?: Record<string, string>;
  githubUrl: string;
  cacheEnv?: Record<string, string>;
  runId: number;
  attempt?: number;
  repository?: string;
  workflow?: string;
  job?: string;
  runnerName?: string;
  extraEnv?: Record<string, string>;
  /**
   * Why this test needs the workflow and branch names exactly as given. Without it, each gets HOSTILE_TAIL (see
   * hostileName), so that every run of the e2e suite also checks that no name can issue a workflow command.
   */
  plainNames?: string;
}

/**
 * The dangerous pieces of HOSTILE_TAIL, which it carries first and tersely: the action cuts names to 100 characters
 * in job keys and comment markers (src/names.ts boundName keeps 87 and a hash), and a piece past the cut would never
 * be tested there. Markdown, HTML, a comment closer and a mention; then workflow commands after a percent-encoded
 * LF (which the runner decodes inside a command's value), an LF, a CR and U+2028. CRLF is covered by LF and CR.
 */
export const HOSTILE_PIECES = [
  '`t`',
  '<script>',
  '|',
  '-->',
  '@octocat',
  '%0A::error::p1',
  '\n::error::p2',
  '\r::notice::p3',
  '\u2028::warning::p4',
] as const;

/**
 * Appended to every name a workflow author or a PR's author chooses (workflow, branch, job display name, step names):
 * HOSTILE_PIECES, then longer forms for the places that keep more of a name (CRLF, a command with properties, an
 * indented one, add-mask, debug, group, stop-commands, a javascript: link, an image). Git refuses ":" and control
 * characters in a branch, but a payload is not git: the action must not rely on that.
 */
export const HOSTILE_TAIL =
  ' ' +
  HOSTILE_PIECES.join('') +
  '\r\n::warning title=t::pwned [x](javascript:alert(1)) <img src=x onerror=alert(1)> <script>alert(1)</script>' +
  '\n  ::add-mask::mask-pwned\n::debug::pwned\n::group::pwned\n::stop-commands::pwned-token';

const FILE_TMPDIR = mkdtempSync(join(tmpdir(), 'carbon-e2e-file-'));

/**
 * What a branch name can carry: Git refuses spaces, ':' and control characters in refs (git check-ref-format), so a
 * branch can never hold a workflow command, but it can hold Markdown, HTML, mentions and percent-escapes.
 */
export const HOSTILE_BRANCH_TAIL = '-`tick`<script>alert(1)</script>@octocat%0A%3A%3Aerror%3A%3Apwned';

/** The branch as a test gave it, with HOSTILE_BRANCH_TAIL unless the test said why it needs plain names. */
export function hostileBranch(s: Pick<JobSetup, 'plainNames'>, name: string): string;
export function hostileBranch(s: Pick<JobSetup, 'plainNames'>, name: string | undefined): string | undefined;
export function hostileBranch(s: Pick<JobSetup, 'plainNames'>, name: string | undefined): string | undefined {
  return name === undefined || s.plainNames ? name : name + HOSTILE_BRANCH_TAIL;
}

/** The name as a test gave it, with HOSTILE_TAIL unless the test said why it needs plain names. */
export function hostileName(s: Pick<JobSetup, 'plainNames'>, name: string): string;
export function hostileName(s: Pick<JobSetup, 'plainNames'>, name: string | undefined): string | undefined;
export function hostileName(s: Pick<JobSetup, 'plainNames'>, name: string | undefined): string | undefined {
  return name === undefined || s.plainNames ? name : name + HOSTILE_TAIL;
}

export interface Job {
  dir: string;
  env: Record<string, string>;
  files: { state: string; output: string; summary: string; event: string };
}

export function makeJob(s: JobSetup): Job {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-e2e-'));
  const temp = join(dir, 'runner-temp');
  mkdirSync(temp);
  const files = {
    state: join(dir, 'state'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
    event: join(dir, 'event.json'),
  };
  for (const f of [files.state, files.output, files.summary]) writeFileSync(f, '');
  const repository = s.repository ?? 'octo/widgets';
  const branch = hostileBranch(s, s.branch);
  const baseBranch = hostileBranch(s, s.baseBranch);
  const defaultBranch = hostileBranch(s, 'main');
  const payload =
    s.event === 'pull_request'
      ? {
          pull_request: {
            number: s.prNumber,
            head: { ref: branch, sha: 'a'.repeat(40) },
            base: { ref: baseBranch },
          },
          repository: { default_branch: defaultBranch },
        }
      : { ref: `refs/heads/${branch}`, repository: { default_branch: defaultBranch } };
  writeFileSync(files.event, JSON.stringify(payload));
  const inputs: Record<string, string> = {
    'github-token': 'ghs_faketoken0123456789',
    'fail-on-budget': 'true',
    'sample-interval': '100ms',
    'include-embodied': 'false',
    ...s.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: repository,
    GITHUB_WORKFLOW: hostileName(s, s.workflow ?? 'CI'),
    GITHUB_JOB: s.job ?? 'test',
    GITHUB_RUN_ID: String(s.runId),
    GITHUB_RUN_ATTEMPT: String(s.attempt ?? 1),
    GITHUB_EVENT_NAME: s.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: s.event === 'pull_request' ? `refs/pull/${s.prNumber}/merge` : `refs/heads/${branch}`,
    GITHUB_REF_NAME: s.event === 'pull_request' ? `${s.prNumber}/merge` : branch,
    GITHUB_HEAD_REF: s.event === 'pull_request' ? branch : '',
    GITHUB_BASE_REF: s.event === 'pull_request' ? (baseBranch ?? defaultBranch) : '',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_API_URL: s.githubUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STATE: files.state,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    // The cache history file sits in the OS temp dir (the same path in every run of a job); one per test file keeps
    // test files that run in parallel from reading each other's history.
    TMPDIR: FILE_TMPDIR,
    RUNNER_OS: 'Linux',
    RUNNER_NAME: s.runnerName ?? 'GitHub Actions 7',
    RUNNER_ENVIRONMENT: 'github-hosted',
    // No cloud metadata on loopback tests unless a scenario points at a fake.
    CARBON_ACTION_NO_METADATA: '1',
    ...s.cacheEnv,
    ...s.extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { dir, env, files };
}

/** Parses the `name<<DELIM\nvalue\nDELIM` records @actions/core writes to GITHUB_STATE/GITHUB_OUTPUT. */
export function parseCommandFile(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(path)) return out;
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
      out[m[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return out;
}

export interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/**
 * Workflow-command lines the action itself issues (the toolkit escapes an annotation's message, so only its start is
 * checked). Anything else that starts with "::" is an injection: the runner would obey it.
 */
const OWN_ANNOTATION =
  /^::(warning|error|notice)( [^:]*)?::(carbon-action|CO2e budget|Energy budget|CO2e increase limit|Input ")/;
const LINE_BREAKS = /\r?\n|\r|\u2028|\u2029/;
/** The commands HOSTILE_TAIL tries to issue: a line starting with one was injected, whatever it looks like. */
const TAIL_COMMANDS = HOSTILE_TAIL.split(LINE_BREAKS)
  .map((l) => l.trimStart())
  .filter((l) => l.startsWith('::'));
/**
 * The signatures of the cache fake's signed URLs (test/fakes/cache-fake.ts): @actions/cache masks the `sig` of every
 * signed URL it is given.
 */
const CACHE_URL_SIGNATURES = ['upload', 'download'];

/** Every stdout or stderr line of a step the runner would read as a workflow command the action did not issue. */
export function injectedCommandLines(outputs: string[], env: Record<string, string | undefined> = {}): string[] {
  // Masks the action and its libraries ask for: its token inputs and the cache's URL signatures. An injected
  // ::add-mask:: could hide any text from the log.
  const masks = new Set([
    ...CACHE_URL_SIGNATURES,
    ...Object.entries(env)
      .filter(([k, v]) => /^INPUT_.*TOKEN$/.test(k) && v)
      .map(([, v]) => v),
  ]);
  return outputs
    .flatMap((o) => o.split(LINE_BREAKS))
    .map((l) => l.trimStart())
    .filter((l) => l.startsWith('::'))
    .filter((l) => {
      if (TAIL_COMMANDS.some((c) => l.startsWith(c))) return true;
      const mask = /^::add-mask::(.*)$/.exec(l);
      if (mask) return !masks.has(mask[1]);
      // @actions/cache and @actions/http-client log through core.debug (escaped, and hidden unless debug logging).
      if (l.startsWith('::debug::')) return false;
      return !OWN_ANNOTATION.test(l);
    });
}

const CHILD_GUARD = new URL('../setup/no-network-child.mjs', import.meta.url).href;
let guardLogs = 0;

/**
 * Runs a bundled entry point as the runner would, and rejects when the step printed a workflow command the action
 * did not issue (see injectedCommandLines) or tried to reach a non-loopback address (test/setup/no-network-child.mjs).
 */
export function runEntry(entry: string, env: Record<string, string>, timeoutMs = 60_000): Promise<StepResult> {
  return runGuarded([entry], env, { timeoutMs });
}

export interface GuardedRunOptions {
  timeoutMs?: number;
  /** Sends `signal` (default SIGTERM) after this long, as a user pressing Ctrl-C or a cancelled job would. */
  killAfterMs?: number;
  signal?: NodeJS.Signals;
}

/**
 * `node <args>` under the checks runEntry applies: what it prints must hold no workflow command it did not issue, and
 * it must not connect off the machine. Resolves with the exit code whatever it is; rejects only on those checks or
 * the timeout.
 */
export function runGuarded(
  args: string[],
  env: Record<string, string>,
  opts: GuardedRunOptions = {},
): Promise<StepResult> {
  const entry = args[0];
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const offMachineLog = join(tmpdir(), `carbon-off-machine-${process.pid}-${guardLogs++}.log`);
  const childEnv = {
    ...env,
    NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import "${CHILD_GUARD}"`.trim(),
    CARBON_TEST_OFF_MACHINE_LOG: offMachineLog,
  };
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    if (opts.killAfterMs) setTimeout(() => child.kill(opts.signal ?? 'SIGTERM'), opts.killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const durationMs = performance.now() - started;
      // CARBON_E2E_RECORD_COMMANDS=file: appends every "::" line and every line carrying a hostile name, to review
      // which commands libraries issue and where names reach the log.
      if (process.env.CARBON_E2E_RECORD_COMMANDS) {
        const lines = `${stdout}\n${stderr}`
          .split(LINE_BREAKS)
          .filter((l) => l.trimStart().startsWith('::') || /pwned|::p\d/.test(l));
        appendFileSync(
          process.env.CARBON_E2E_RECORD_COMMANDS,
          lines.map((l) => `${entry}\t${JSON.stringify(l)}\n`).join(''),
        );
      }
      const offMachine = existsSync(offMachineLog) ? readFileSync(offMachineLog, 'utf8').trim() : '';
      rmSync(offMachineLog, { force: true });
      if (offMachine) {
        reject(new Error(`${entry} tried to reach ${offMachine.split('\n').join(', ')}: tests must stay on loopback`));
        return;
      }
      // Every step of every e2e test runs with hostile names (HOSTILE_TAIL): none may issue a command of its own.
      const injected = injectedCommandLines([stdout, stderr], env);
      if (injected.length > 0) {
        reject(
          new Error(
            `${entry} printed workflow commands it did not issue:\n${injected.join('\n')}\n--- ` +
              `stdout\n${stdout}\n--- stderr\n${stderr}`,
          ),
        );
        return;
      }
      resolvePromise({ code, stdout, stderr, durationMs });
    });
  });
}

export const runMainStep = (job: Job): Promise<StepResult> => runEntry(MAIN, job.env);

/**
 * The bundled CLI (`node dist/cli/index.js <args>`) under runGuarded's checks, with the test process's environment,
 * no metadata probes and no Electricity Maps token, plus `env`.
 */
export function runCli(args: string[], opts: GuardedRunOptions & { env?: Record<string, string> } = {}) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, { CARBON_ACTION_NO_METADATA: '1', ELECTRICITY_MAPS_TOKEN: '' }, opts.env);
  return runGuarded([CLI, ...args], env, opts);
}

/** The runner hands the main step's saved state to the post step as STATE_* variables. */
export function runPostStep(job: Job): Promise<StepResult> {
  const state = parseCommandFile(job.files.state);
  const env = { ...job.env };
  for (const [k, v] of Object.entries(state)) env[`STATE_${k}`] = v;
  return runEntry(POST, env);
}

export const outputs = (job: Job): Record<string, string> => parseCommandFile(job.files.output);
export const summary = (job: Job): string => readFileSync(job.files.summary, 'utf8');
export const state = (job: Job): Record<string, string> => parseCommandFile(job.files.state);

/** Burns CPU on this process for a while so the sampler sees load between main and post. */
export function busy(ms: number): void {
  const end = Date.now() + ms;
  let x = 0;
  while (Date.now() < end) x += Math.sqrt(x + 1);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
