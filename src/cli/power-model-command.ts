import { readFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { LOAD_LEVELS_PCT, predictServerPowerW, type ServerCurve, type ServerSpec } from '../meter/power-model';

// `carbon-action power-model`: prints the model's whole-server curve for a CPU, or one
// JSON line per input line with --batch. The logic is in pure functions; the commander
// wrapper only parses and prints.

export interface PowerModelJson {
  watts: number[];
  cpu: string;
  tdpW: number;
  tdpSource: ServerCurve['tdpSource'];
  matchedName: string | null;
  profile: string;
}

const round2 = (w: number) => Math.round(w * 100) / 100;

export function powerModelReport(spec: ServerSpec): PowerModelJson {
  const curve = predictServerPowerW(spec);
  return {
    watts: curve.wattsAtLoad.map(round2),
    cpu: spec.cpu,
    tdpW: curve.tdpW,
    tdpSource: curve.tdpSource,
    matchedName: curve.matchedName,
    profile: curve.profile,
  };
}

export function formatPowerModelTable(report: PowerModelJson): string {
  const lines = [report.profile, report.tdpSource === 'default' ? 'TDP not in the table: default used (see docs/methodology.md)' : '', 'load   wall W'];
  LOAD_LEVELS_PCT.forEach((pct, k) => lines.push(`${String(pct).padStart(3)} %  ${report.watts[k].toFixed(1).padStart(7)}`));
  return lines.filter((l, i) => i !== 1 || l).join('\n');
}

function optionalCount(obj: Record<string, unknown>, key: string): number | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) throw new Error(`${key} is ${JSON.stringify(v)}; expected a positive integer`);
  return v;
}

/** One JSON line out per line in, in order; a bad line gives {"error": …} and the rest go on. Blank lines are skipped. */
export function runBatch(lines: string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch {
        throw new Error('not valid JSON');
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('expected a JSON object');
      const o = obj as Record<string, unknown>;
      if (typeof o.cpu !== 'string') throw new Error(`cpu is ${JSON.stringify(o.cpu)}; expected a CPU model name string`);
      let memoryGb: number | undefined;
      if (o.memoryGb !== undefined && o.memoryGb !== null) {
        if (typeof o.memoryGb !== 'number' || !(o.memoryGb > 0) || !Number.isFinite(o.memoryGb)) {
          throw new Error(`memoryGb is ${JSON.stringify(o.memoryGb)}; expected a positive number`);
        }
        memoryGb = o.memoryGb;
      }
      const spec: ServerSpec = {
        cpu: o.cpu,
        sockets: optionalCount(o, 'sockets'),
        cores: optionalCount(o, 'cores'),
        threads: optionalCount(o, 'threads'),
        memoryGb,
      };
      out.push(JSON.stringify({ ...powerModelReport(spec), sockets: spec.sockets, cores: spec.cores, threads: spec.threads, memoryGb: spec.memoryGb }));
    } catch (err) {
      out.push(JSON.stringify({ error: `line ${i + 1}: ${(err as Error).message}` }));
    }
  });
  return out;
}

/** Commander parser: positive integer, else a one-line error naming the option and value. */
export function parsePositiveInt(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isInteger(n) || n <= 0) {
      throw new InvalidArgumentError(`${option} is "${value}"; expected a positive integer`);
    }
    return n;
  };
}

export function parsePositiveNumber(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!value.trim() || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${option} is "${value}"; expected a positive number`);
    return n;
  };
}

interface PowerModelOptions {
  cpu?: string;
  sockets?: number;
  cores?: number;
  threads?: number;
  memoryGb?: number;
  json?: boolean;
  batch?: string;
}

export function registerPowerModelCommand(program: Command): void {
  program
    .command('power-model')
    .description('Print the SPECpower-fitted whole-server power curve (W at 0, 10 … 100 % load) for a CPU')
    .option('--cpu <name>', 'CPU model name, as /proc/cpuinfo reports it')
    .option('--sockets <n>', 'CPU sockets (chips)', parsePositiveInt('--sockets'))
    .option('--cores <n>', 'physical cores, all sockets', parsePositiveInt('--cores'))
    .option('--threads <n>', 'hardware threads, all sockets', parsePositiveInt('--threads'))
    .option('--memory-gb <n>', 'memory, GB', parsePositiveNumber('--memory-gb'))
    .option('--json', 'one JSON line instead of a table')
    .option('--batch <file>', 'JSON lines {"cpu","sockets","cores","threads","memoryGb"} in, one JSON line out each')
    .action((opts: PowerModelOptions) => {
      try {
        if (opts.batch) {
          const lines = readFileSync(opts.batch, 'utf8').split('\n');
          for (const l of runBatch(lines)) process.stdout.write(`${l}\n`);
          return;
        }
        if (!opts.cpu) throw new Error('--cpu is required (or --batch <file>)');
        const report = powerModelReport({ cpu: opts.cpu, sockets: opts.sockets, cores: opts.cores, threads: opts.threads, memoryGb: opts.memoryGb });
        process.stdout.write(`${opts.json ? JSON.stringify(report) : formatPowerModelTable(report)}\n`);
      } catch (err) {
        process.stderr.write(`carbon-action power-model: ${(err as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}
