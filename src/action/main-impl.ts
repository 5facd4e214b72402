// The main step: validate every input, start the sampler detached, hand its whereabouts to
// the post step. It must stay fast (≤ 300 ms): no network, no systeminformation.
import * as core from './log';
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { describeFsError, mkdirpSync, writeProblem } from '../fs-safe';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInputs, type ActionInputs } from './inputs';
import { validateRegionInput } from './region-input';
import { safeFileComponent } from '../names';
import { waitForSamplerStart } from './sampler-start';
import { STATE } from './state';

/** The bundled sampler sits beside this bundle: dist/main/index.js → dist/sampler/index.js. */
export function samplerEntryPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, '..', 'sampler', 'index.js');
}

export async function runMain(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const parsed = parseInputs(
    (name) => core.getInput(name),
    { eventName: env.GITHUB_EVENT_NAME ?? '' },
    { validateRegion: validateRegionInput },
  );
  if (!parsed.ok) {
    core.saveState(STATE.inputsInvalid, 'true');
    core.setFailed(parsed.errors.join('\n'));
    return;
  }
  const { inputs } = parsed;
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  if (inputs.electricityMapsToken) core.setSecret(inputs.electricityMapsToken);
  if (inputs.reportPath) {
    // The report comes from another run (often a fork's): this job is not metered at all.
    core.saveState(STATE.publishMode, 'true');
    core.info(`carbon-action: publish mode: reading ${JSON.stringify(inputs.reportPath)}; this job is not metered.`);
    // Loaded only here: the metering path must stay small and fast.
    const { runPublish } = await import('./publish-mode');
    await runPublish(env, inputs);
    return;
  }
  const workDir = openWorkDir(env);
  if (workDir) await spawnSampler(workDir, inputs);
}

/** This job's own directory under RUNNER_TEMP, made and proved writable; undefined (with a warning) when not. */
function openWorkDir(env: NodeJS.ProcessEnv): string | undefined {
  const workDir = join(
    env.RUNNER_TEMP || tmpdir(),
    'carbon-action',
    `${safeFileComponent(env.GITHUB_JOB || 'job')}-${process.pid}-${Date.now()}`,
  );
  let problem: string;
  try {
    // Not mkdirSync({ recursive }): it never returns for a path under /proc.
    mkdirpSync(workDir);
    // A full disk still lets mkdir and the sampler's open succeed; its writes would then fail unseen.
    problem = writeProblem(workDir);
  } catch (err) {
    problem = describeFsError(err, 'create', workDir);
  }
  if (!problem) return workDir;
  const reason = `${problem} (RUNNER_TEMP must be writable)`;
  // The post step's summary says why too, not only "see the main step's warning".
  core.saveState(STATE.notMeteredReason, reason);
  core.warning(`carbon-action: could not start metering: ${reason}; this job is not metered.`);
  return undefined;
}

/** Starts the sampler detached, waits for it to open its file, and leaves its whereabouts for the post step. */
async function spawnSampler(workDir: string, inputs: ActionInputs): Promise<void> {
  const samplesFile = join(workDir, 'samples.jsonl');
  const logFile = join(workDir, 'sampler.log');
  const logFd = openSync(logFile, 'a');
  // Detached with stdio in a file and unref'd: the runner must not wait on our pipes, and on
  // Windows it would kill a sampler that still held them. The runner ends orphans after post.
  const child = spawn(
    process.execPath,
    [
      samplerEntryPath(),
      '--out',
      samplesFile,
      '--interval-ms',
      String(inputs.sampleIntervalMs),
      '--scope',
      inputs.meterScope,
      // No estimate uses per-CPU ticks, and parsing and writing them was a third of a tick's cost on a 2-vCPU VM.
      '--no-per-cpu',
    ],
    {
      detached: true,
      stdio: ['ignore', logFd, logFd],
      windowsHide: true,
    },
  );
  // A failed spawn (EAGAIN, ENOMEM) arrives as an event; unhandled, it would crash this step.
  child.on('error', (err) =>
    core.warning(`carbon-action: could not start the sampler: ${err.message}; this job is not metered.`),
  );
  closeSync(logFd);
  child.unref();
  const startedAtMs = Date.now();
  // Typically ~100 ms: the sampler opens its file as soon as its arguments are accepted.
  const start =
    child.pid === undefined ? { ok: true as const } : await waitForSamplerStart({ child, samplesFile, logFile });
  if (!start.ok) core.warning(`carbon-action: ${start.reason}; this job is not metered.`);

  core.saveState(STATE.samplesFile, samplesFile);
  core.saveState(STATE.samplerPid, String(child.pid ?? ''));
  core.saveState(STATE.startedAtMs, String(startedAtMs));
  core.saveState(STATE.workDir, workDir);
  core.info(
    `carbon-action: metering this job every ${inputs.sampleIntervalText} (sampler pid ${child.pid}); ` +
      'the report comes in the post step.',
  );
}
