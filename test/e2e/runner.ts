// Runs the bundled action the way the GitHub runner does: INPUT_* variables, GITHUB_STATE
// carried from main to post as STATE_*, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an
// event payload, RUNNER_TEMP, and the REST and cache services pointed at loopback fakes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
  const payload =
    s.event === 'pull_request'
      ? {
          pull_request: {
            number: s.prNumber,
            head: { ref: s.branch, sha: 'a'.repeat(40) },
            base: { ref: s.baseBranch },
          },
          repository: { default_branch: 'main' },
        }
      : { ref: `refs/heads/${s.branch}`, repository: { default_branch: 'main' } };
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
    GITHUB_WORKFLOW: s.workflow ?? 'CI',
    GITHUB_JOB: s.job ?? 'test',
    GITHUB_RUN_ID: String(s.runId),
    GITHUB_RUN_ATTEMPT: String(s.attempt ?? 1),
    GITHUB_EVENT_NAME: s.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: s.event === 'pull_request' ? `refs/pull/${s.prNumber}/merge` : `refs/heads/${s.branch}`,
    GITHUB_REF_NAME: s.event === 'pull_request' ? `${s.prNumber}/merge` : s.branch,
    GITHUB_HEAD_REF: s.event === 'pull_request' ? s.branch : '',
    GITHUB_BASE_REF: s.event === 'pull_request' ? (s.baseBranch ?? 'main') : '',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_API_URL: s.githubUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STATE: files.state,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
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

export function runEntry(entry: string, env: Record<string, string>, timeoutMs = 60_000): Promise<StepResult> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, durationMs: performance.now() - started });
    });
  });
}

export const runMainStep = (job: Job): Promise<StepResult> => runEntry(MAIN, job.env);

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
