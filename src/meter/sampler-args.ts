// Command line of the background sampler process, kept apart from sampler-entry.ts (which
// starts sampling on import) so it can be tested.
import { validateIntervalMs } from './duration';
import { parseMeterScope, type MeterScope } from './scope';

export interface SamplerArgs {
  outFile: string;
  intervalMs: number;
  pidFile?: string;
  perCpu: boolean;
  scope: MeterScope;
}

const USAGE =
  'usage: sampler --out <file> --interval-ms <100..60000> [--pid-file <file>] [--no-per-cpu] ' +
  '[--scope auto|machine|container]';

export function parseSamplerArgs(argv: string[]): SamplerArgs {
  let outFile: string | undefined;
  let intervalMs = 1000;
  let pidFile: string | undefined;
  let perCpu = true;
  let scope: MeterScope = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value; ${USAGE}`);
      return v;
    };
    if (a === '--out') outFile = value();
    else if (a === '--interval-ms') {
      const v = value();
      if (!/^\d+$/.test(v))
        throw new Error(`--interval-ms: ${JSON.stringify(v)} is not a whole number of milliseconds; ${USAGE}`);
      intervalMs = validateIntervalMs(Number(v), '--interval-ms');
    } else if (a === '--pid-file') pidFile = value();
    else if (a === '--no-per-cpu') perCpu = false;
    else if (a === '--scope') scope = parseMeterScope(value(), '--scope');
    else throw new Error(`unknown argument ${JSON.stringify(a)}; ${USAGE}`);
  }
  if (!outFile) throw new Error(`--out is required; ${USAGE}`);
  return { outFile, intervalMs, pidFile, perCpu, scope };
}
