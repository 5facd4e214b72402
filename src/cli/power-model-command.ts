import { readFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { cpuIdFromSummary, parseCpuInfo } from '../meter/machine';
import { LOAD_LEVELS_PCT, predictServerPowerW, type ServerCurve, type ServerSpec } from '../meter/power-model';
import { cpuCurveForMachine } from '../pipeline/cpu-curve';
import type { MachineInfo } from '../schema/report';
import { parsePlainNumber } from '../units/parse';

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
  const lines = [
    report.profile,
    report.tdpSource === 'default' ? 'TDP not in the table: default used (see docs/methodology.md)' : '',
    'load   wall W',
  ];
  LOAD_LEVELS_PCT.forEach((pct, k) =>
    lines.push(`${String(pct).padStart(3)} %  ${report.watts[k].toFixed(1).padStart(7)}`),
  );
  return lines.filter((l, i) => i !== 1 || l).join('\n');
}

function optionalCount(obj: Record<string, unknown>, key: string): number | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)
    throw new Error(`${key} is ${JSON.stringify(v)}; expected a positive integer`);
  return v;
}

/**
 * One JSON line out per line in, in order; a bad line gives {"error": …} and the rest go on. Blank lines are skipped.
 */
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
      if (typeof o.cpu !== 'string')
        throw new Error(`cpu is ${JSON.stringify(o.cpu)}; expected a CPU model name string`);
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
      out.push(
        JSON.stringify({
          ...powerModelReport(spec),
          sockets: spec.sockets,
          cores: spec.cores,
          threads: spec.threads,
          memoryGb: spec.memoryGb,
        }),
      );
    } catch (err) {
      out.push(JSON.stringify({ error: `line ${i + 1}: ${(err as Error).message}` }));
    }
  });
  return out;
}

/**
 * Commander parser: a positive whole number in plain digits, else a one-line error naming the option and value.
 * The one number grammar (units/parse.ts) with no decimals: Number() would take "1e3", "+4" and "0x10".
 */
export function parsePositiveInt(option: string): (value: string) => number {
  return (value) => {
    const n = /^\s*\d+\s*$/.test(value) ? parsePlainNumber(value) : null;
    if (n === null || !Number.isSafeInteger(n) || n <= 0) {
      throw new InvalidArgumentError(`${option} is "${value}"; expected a positive integer in plain digits, e.g. 4`);
    }
    return n;
  };
}

/** Commander parser: a positive plain decimal number (the one grammar: no sign, exponent or hex), else an error. */
export function parsePositiveNumber(option: string): (value: string) => number {
  return (value) => {
    const n = parsePlainNumber(value);
    if (n === null || n <= 0)
      throw new InvalidArgumentError(`${option} is "${value}"; expected a positive number in plain digits, e.g. 15.6`);
    return n;
  };
}

/** The machine-level answer (`--vm` / `--bare`): what `measure` would charge on that machine. */
export interface MachinePowerJson {
  /** The machine's own CPU power, W, at 0, 10 … 100 % of its own utilisation: memory excluded, VM share applied. */
  cpuWatts: number[];
  /** Power charged for the machine's memory, W. */
  memoryWatts: number;
  host: { cpu: string; sockets: number; cores: number; threads: number };
  share: number;
  assumptions: string[];
}

export interface MachineSpecInput {
  kind: 'vm' | 'bare';
  cpu?: string;
  /** Text of a captured /proc/cpuinfo, read as the machine would read its own. */
  cpuinfoText?: string;
  threads?: number;
  cores?: number;
  sockets?: number;
  memoryGb?: number;
  provider?: 'azure' | 'aws' | 'gcp';
  arch?: 'x64' | 'arm64';
  instanceType?: string;
}

/** The MachineInfo `measure` would build on that machine; explicit options win over the cpuinfo file. */
export function machineFromSpec(input: MachineSpecInput): MachineInfo {
  const info = input.cpuinfoText !== undefined ? parseCpuInfo(input.cpuinfoText) : null;
  const threads = input.threads ?? info?.threads;
  if (threads === undefined) throw new Error('--threads is required (or --cpuinfo <file> to count them)');
  if (input.memoryGb === undefined) throw new Error('--memory-gb is required with --vm or --bare');
  const cpuModel = input.cpu ?? info?.modelName ?? 'unknown CPU';
  const arch = input.arch ?? (info?.cpuImplementer != null ? 'arm64' : 'x64');
  const cpuId = info ? cpuIdFromSummary(info) : undefined;
  return {
    os: /\bapple\b/i.test(cpuModel) ? 'darwin' : 'linux',
    arch,
    cpuModel,
    sockets: input.sockets ?? info?.sockets ?? 1,
    physicalCores: input.cores ?? (info && info.threads === threads ? info.physicalCores : threads),
    threads,
    memoryGb: input.memoryGb,
    virtualized: input.kind === 'vm',
    cloudProvider: input.provider ?? null,
    githubHosted: false,
    gpus: [],
    ...(input.instanceType ? { instanceType: input.instanceType } : {}),
    ...(cpuId ? { cpuId } : {}),
  };
}

/** The CPU curve and memory power `measure` would use on the machine described. */
export function machinePowerReport(input: MachineSpecInput): MachinePowerJson {
  const machine = machineFromSpec(input);
  const curve = cpuCurveForMachine(machine);
  return {
    cpuWatts: curve.vmCurveW,
    // The one memory coefficient the curve was split with, as measure charges it.
    memoryWatts: machine.memoryGb * curve.memoryWPerGb,
    host: { cpu: curve.host.cpu, sockets: curve.host.sockets, cores: curve.host.cores, threads: curve.host.threads },
    share: curve.vmThreads / curve.hostThreads,
    assumptions: curve.assumptions,
  };
}

export function formatMachinePowerTable(r: MachinePowerJson): string {
  const lines = [
    `host: ${r.host.cpu}, ${r.host.sockets} socket${r.host.sockets > 1 ? 's' : ''}, ${r.host.cores} cores, ` +
      `${r.host.threads} threads; share ${r.share.toFixed(4)}`,
    ...r.assumptions.map((a) => `  - ${a}`),
    `memory: ${r.memoryWatts.toFixed(2)} W`,
    'load   CPU W',
  ];
  LOAD_LEVELS_PCT.forEach((pct, k) =>
    lines.push(`${String(pct).padStart(3)} %  ${r.cpuWatts[k].toFixed(2).padStart(7)}`),
  );
  return lines.join('\n');
}

function parseChoice<T extends string>(option: string, choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value))
      throw new InvalidArgumentError(`${option} is "${value}"; expected ${choices.join(' or ')}`);
    return value as T;
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
  vm?: boolean;
  bare?: boolean;
  cpuinfo?: string;
  provider?: 'azure' | 'aws' | 'gcp';
  arch?: 'x64' | 'arm64';
  instanceType?: string;
}

function readCpuinfoFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(
      `--cpuinfo ${path}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      { cause: err },
    );
  }
}

export function registerPowerModelCommand(program: Command): void {
  program
    .command('power-model')
    .description(
      'Print the SPECpower-fitted whole-server power curve (W at 0, 10 … 100 % load) for a CPU; with --vm or ' +
        '--bare, the CPU curve and memory power measure would use on that machine',
    )
    .option(
      '--vm',
      'the machine is a VM: find its host and charge its share (cpuWatts, memoryWatts, host, share, assumptions)',
    )
    .option('--bare', 'the machine is bare metal: it is the whole server')
    .option('--cpu <name>', 'CPU model name, as /proc/cpuinfo reports it')
    .option('--cpuinfo <file>', 'a captured /proc/cpuinfo, read as the machine would read it (with --vm/--bare)')
    .option('--sockets <n>', 'CPU sockets (chips)', parsePositiveInt('--sockets'))
    .option('--cores <n>', 'physical cores, all sockets', parsePositiveInt('--cores'))
    .option('--threads <n>', 'hardware threads, all sockets', parsePositiveInt('--threads'))
    .option('--memory-gb <n>', 'memory, GB', parsePositiveNumber('--memory-gb'))
    .option(
      '--provider <provider>',
      'cloud provider of the machine: azure, aws or gcp (with --vm/--bare)',
      parseChoice('--provider', ['azure', 'aws', 'gcp'] as const),
    )
    .option(
      '--arch <arch>',
      'CPU architecture: x64 or arm64 (with --vm/--bare)',
      parseChoice('--arch', ['x64', 'arm64'] as const),
    )
    .option('--instance-type <type>', 'instance type or VM size, as cloud metadata gives it (with --vm and --provider)')
    .option('--json', 'one JSON line instead of a table')
    .option('--batch <file>', 'JSON lines {"cpu","sockets","cores","threads","memoryGb"} in, one JSON line out each')
    .action((opts: PowerModelOptions) => {
      try {
        if (opts.vm && opts.bare) throw new Error('--vm and --bare exclude each other; give one');
        if (opts.vm || opts.bare) {
          if (opts.batch) throw new Error('--batch answers whole servers; it does not combine with --vm or --bare');
          const report = machinePowerReport({
            kind: opts.vm ? 'vm' : 'bare',
            cpu: opts.cpu,
            cpuinfoText: opts.cpuinfo !== undefined ? readCpuinfoFile(opts.cpuinfo) : undefined,
            threads: opts.threads,
            cores: opts.cores,
            sockets: opts.sockets,
            memoryGb: opts.memoryGb,
            provider: opts.provider,
            arch: opts.arch,
            instanceType: opts.instanceType,
          });
          process.stdout.write(`${opts.json ? JSON.stringify(report) : formatMachinePowerTable(report)}\n`);
          return;
        }
        if (opts.cpuinfo || opts.provider || opts.arch || opts.instanceType) {
          throw new Error('--cpuinfo, --provider, --arch and --instance-type describe a machine: add --vm or --bare');
        }
        if (opts.batch) {
          const lines = readFileSync(opts.batch, 'utf8').split('\n');
          for (const l of runBatch(lines)) process.stdout.write(`${l}\n`);
          return;
        }
        if (!opts.cpu) throw new Error('--cpu is required (or --batch <file>)');
        const report = powerModelReport({
          cpu: opts.cpu,
          sockets: opts.sockets,
          cores: opts.cores,
          threads: opts.threads,
          memoryGb: opts.memoryGb,
        });
        process.stdout.write(`${opts.json ? JSON.stringify(report) : formatPowerModelTable(report)}\n`);
      } catch (err) {
        process.stderr.write(`carbon-action power-model: ${(err as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}
