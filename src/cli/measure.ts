// `carbon-action measure [options] -- <command> [args…]`: run a command while the sampler
// meters the machine, then print the report and exit with the command's exit code.
// cross-spawn: on Windows, `npm`, `yarn` and other commands are .cmd shims that Node's own
// spawn refuses without a shell; cross-spawn resolves and quotes them. On POSIX it is spawn.
import spawn from 'cross-spawn';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants as osConstants } from 'node:os';
import { readEventPayload, runContext } from '../pipeline/run-context';
import { cpuinfoOverride, describeMachine } from '../meter/machine';
import { startSampler } from '../meter/sampler';
import { estimate } from '../pipeline/estimate';
import { sanitiseLogLine } from '../log-sanitise';
import { renderText } from '../report/text';
import type { Report } from '../schema/report';
import type { MeasureOptions } from './measure-options';
import { checkWritable } from './output-paths';

export interface CommandOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the command could not be started at all. */
  spawnError?: NodeJS.ErrnoException;
}

/** Runs the command with inherited stdio, forwarding SIGINT/SIGTERM/SIGHUP to it. */
export function runCommand(command: string[]): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
    const forwarded: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const forward = (signal: NodeJS.Signals): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    for (const s of forwarded) process.on(s, forward);
    const done = (outcome: CommandOutcome): void => {
      for (const s of forwarded) process.off(s, forward);
      resolve(outcome);
    };
    child.once('error', (err: NodeJS.ErrnoException) => done({ exitCode: null, signal: null, spawnError: err }));
    child.once('exit', (code, signal) => done({ exitCode: code, signal }));
  });
}

/** Shell convention: 128 + signal number for a command killed by a signal. */
export function exitCodeFor(outcome: CommandOutcome): number {
  if (outcome.spawnError) return outcome.spawnError.code === 'EACCES' ? 126 : 127;
  if (outcome.exitCode !== null) return outcome.exitCode;
  const signo = outcome.signal ? (osConstants.signals as Record<string, number>)[outcome.signal] : undefined;
  return 128 + (signo ?? 1);
}

export interface MeasureResult {
  exitCode: number;
  report?: Report;
}

export async function measure(
  command: string[],
  opts: MeasureOptions,
  io = { stderr: process.stderr },
): Promise<MeasureResult> {
  if (opts.jsonFile) checkWritable('--json', opts.jsonFile);
  if (opts.samplesFile) checkWritable('--samples', opts.samplesFile);
  cpuinfoOverride(process.env); // a CARBON_ACTION_CPUINFO that cannot be read fails before the command runs, not after
  const workDir = mkdtempSync(join(tmpdir(), 'carbon-action-'));
  const samplesFile = opts.samplesFile ?? join(workDir, 'samples.jsonl');
  // The sampler appends: a file kept from an earlier run would join its samples to this run's.
  if (opts.samplesFile) writeFileSync(opts.samplesFile, '');
  const machinePromise = describeMachine();
  // Awaited after the command; until then a rejection must not count as unhandled.
  machinePromise.catch(() => undefined);
  // Each tick kept cheap: no per-CPU ticks (no estimate uses them; the aggregate line alone is
  // parsed), and lines written every 10 s rather than each tick (this process reads the file
  // only after stopping the sampler, which writes what it holds).
  const sampler = startSampler({
    outFile: samplesFile,
    intervalMs: opts.intervalMs,
    stopFile: false,
    scope: opts.scope,
    perCpu: false,
    flushEveryMs: 10_000,
  });
  try {
    const outcome = await runCommand(command);
    await sampler.stop('stop');
    const exitCode = exitCodeFor(outcome);
    if (outcome.spawnError) {
      const why = outcome.spawnError.code === 'ENOENT' ? 'command not found' : outcome.spawnError.message;
      io.stderr.write(`carbon-action: cannot start "${sanitiseLogLine(command[0])}": ${sanitiseLogLine(why)}\n`);
      return { exitCode };
    }
    const machine = await machinePromise;
    const { report } = await estimate({
      samplesFile,
      machine,
      kind: 'cli',
      command,
      exitCode: outcome.exitCode,
      ...(outcome.signal ? { signal: outcome.signal } : {}),
      includeEmbodied: opts.includeEmbodied,
      memoryModel: opts.memoryModel,
      // Inside GitHub Actions the report says which run, job and PR it measured, so that the
      // action's `report` input can publish it from a workflow_run workflow.
      ...(process.env.GITHUB_ACTIONS === 'true'
        ? { context: runContext(process.env, readEventPayload(process.env), {}) }
        : {}),
      carbon: {
        region: opts.region,
        carbonIntensityGPerKWh: opts.carbonIntensityGPerKWh,
        pue: opts.pue,
        gridSource: opts.gridSource,
        electricityMapsToken: opts.electricityMapsToken,
      },
    });
    // The printed report first, so a JSON path that cannot be written loses nothing.
    if (!opts.quiet) io.stderr.write('\n' + renderText(report) + '\n');
    if (opts.jsonFile) {
      try {
        writeFileSync(opts.jsonFile, JSON.stringify(report, null, 2) + '\n');
        if (!opts.quiet) io.stderr.write(`carbon-action: JSON report written to ${sanitiseLogLine(opts.jsonFile)}\n`);
      } catch (err) {
        io.stderr.write(
          `carbon-action: --json: cannot write ${sanitiseLogLine(opts.jsonFile)}: ${sanitiseLogLine((err as Error).message)}\n`,
        );
        // The command's own failure wins; a clean run still says the JSON it asked for is missing.
        return { exitCode: exitCode === 0 ? 1 : exitCode, report };
      }
    }
    return { exitCode, report };
  } finally {
    await sampler.stop('stop').catch(() => undefined);
    if (!opts.samplesFile) rmSync(workDir, { recursive: true, force: true });
  }
}
