// Entry of the background sampler process (bundled to dist/sampler/index.js).
//   node dist/sampler/index.js --out <file> --interval-ms <n> [--pid-file <file>] [--no-per-cpu]
//     [--scope auto|machine|container]
// Stops cleanly, writing the end line, on SIGTERM/SIGINT or when <out>.stop appears (Windows
// cannot send SIGTERM to a detached process). Must not import systeminformation on Linux
// nor machine.ts: every megabyte and millisecond here is paid for the whole job.
import './idle-gc'; // first: it must run before the other modules grow the heap
import { writeFileSync } from 'node:fs';
import { startSampler } from './sampler';
import { parseSamplerArgs, type SamplerArgs } from './sampler-args';

function main(): void {
  let args: SamplerArgs;
  try {
    args = parseSamplerArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`carbon-action sampler: ${(err as Error).message}\n`);
    process.exit(2);
  }
  const sampler = startSampler({
    outFile: args.outFile,
    intervalMs: args.intervalMs,
    perCpu: args.perCpu,
    scope: args.scope,
  });
  if (args.pidFile) writeFileSync(args.pidFile, `${process.pid}\n`);
  const onSignal = (): void => {
    void sampler.stop('signal');
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // A closed terminal must not end metering: the sampler outlives the step that started it.
  process.on('SIGHUP', () => undefined);
  process.on('uncaughtException', (err) => {
    process.stderr.write(`carbon-action sampler: ${err.stack ?? err.message}\n`);
    void sampler.stop('error').finally(() => process.exit(1));
  });
  void sampler.done.then(() => process.exit(0));
}

main();
