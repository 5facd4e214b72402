// A report JSON that came from somewhere we do not control: the `report` input of the action
// reads a file downloaded from a pull request's artifact, and the PR may come from a fork.
// Nothing of it is passed on as it was: the report is rebuilt field by field from checked
// values (numbers finite and bounded, strings one line and capped, enumerations from their
// lists, arrays capped), and unknown fields are dropped. Renderers escape on top of this.

import {
  REPORT_SCHEMA_VERSION,
  type Report,
  type RunContext,
  type StepEnergy,
  type WorkAccount,
} from '../schema/report';
import { collapseWhitespace, truncate } from './escape';

/** Bigger files are refused before they are parsed (a real report is 20–60 kB). */
export const UNTRUSTED_REPORT_MAX_BYTES = 2 * 1024 * 1024;
const TEXT_MAX = 500;
const NAME_MAX = 200;
const MAX_STEPS = 500;
const MAX_TIMELINE_POINTS = 1000;
const MAX_LIST = 20;
/** Larger figures than any CI job could produce (a kWh-scale job is 1e3 Wh; a day is 86,400 s). */
const MAX_FIGURE = 1e9;

export class UntrustedReportError extends Error {}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
  constructor(private readonly warnings: string[]) {}

  fail(path: string, problem: string): never {
    throw new UntrustedReportError(`${path} ${problem}`);
  }

  obj(v: unknown, path: string): Obj {
    if (!isObj(v)) this.fail(path, 'is missing or not an object');
    return v;
  }

  num(v: unknown, path: string, min = 0, max = MAX_FIGURE): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      this.fail(path, `must be a number from ${min} to ${max}, got ${describe(v)}`);
    return v;
  }

  int(v: unknown, path: string, min = 0, max = MAX_FIGURE): number {
    const n = this.num(v, path, min, max);
    if (!Number.isInteger(n)) this.fail(path, `must be a whole number, got ${describe(v)}`);
    return n;
  }

  /** One line, control and invisible characters removed, capped. */
  str(v: unknown, path: string, max = TEXT_MAX): string {
    if (typeof v !== 'string') this.fail(path, `must be a string, got ${describe(v)}`);
    return truncate(collapseWhitespace(v), max);
  }

  bool(v: unknown, path: string): boolean {
    if (typeof v !== 'boolean') this.fail(path, `must be true or false, got ${describe(v)}`);
    return v;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T {
    if (!allowed.includes(v as T)) this.fail(path, `must be one of ${allowed.join(', ')}, got ${describe(v)}`);
    return v as T;
  }

  date(v: unknown, path: string): string {
    const s = this.str(v, path, 40);
    if (Number.isNaN(Date.parse(s))) this.fail(path, `must be a date, got ${describe(v)}`);
    return s;
  }

  /** Optional values: absent is fine, present and wrong is dropped with a warning. */
  optional<T>(v: unknown, path: string, read: (v: unknown) => T): T | undefined {
    if (v === undefined || v === null) return undefined;
    try {
      return read(v);
    } catch (err) {
      if (!(err instanceof UntrustedReportError)) throw err;
      this.warnings.push(`${err.message}; left out`);
      return undefined;
    }
  }

  /** Keeps the readable items of an array, at most `max`; unreadable ones are counted in one warning. */
  list<T>(v: unknown, path: string, max: number, read: (item: unknown, path: string) => T): T[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(path, 'must be an array');
    const out: T[] = [];
    let bad = 0;
    for (const [i, item] of v.slice(0, max).entries()) {
      try {
        out.push(read(item, `${path}[${i}]`));
      } catch (err) {
        if (!(err instanceof UntrustedReportError)) throw err;
        bad++;
      }
    }
    if (bad > 0) this.warnings.push(`${path}: ${bad} unreadable item(s) left out`);
    if (v.length > max) this.warnings.push(`${path}: ${v.length - max} item(s) beyond the first ${max} left out`);
    return out;
  }
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(truncate(collapseWhitespace(v), 40));
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return Array.isArray(v) ? 'an array' : 'an object';
}

const DECIDED_BY = ['input', 'metadata', 'github-hosted-default', 'world-average'] as const;
const GPU_METHODS = ['nvidia-smi-energy', 'nvidia-smi-power', 'powermetrics', 'none'] as const;
const CPU_METHODS = ['rapl', 'powermetrics', 'model'] as const;
const PROVIDERS = ['azure', 'aws', 'gcp'] as const;

function readContext(r: Reader, v: unknown): RunContext {
  const c = r.obj(v, 'context');
  const out: RunContext = {};
  const text = (key: keyof RunContext, max = NAME_MAX): void => {
    const value = r.optional(c[key], `context.${key}`, (x) => r.str(x, `context.${key}`, max));
    if (value) (out as Record<string, unknown>)[key] = value;
  };
  for (const key of [
    'repository',
    'workflow',
    'job',
    'matrix',
    'event',
    'ref',
    'branch',
    'baseBranch',
    'runner',
  ] as const)
    text(key);
  text('runId', 30);
  text('runAttempt', 10);
  const sha = r.optional(c.sha, 'context.sha', (x) => r.str(x, 'context.sha', 64));
  if (sha && /^[0-9a-f]{7,64}$/i.test(sha)) out.sha = sha;
  const pr = r.optional(c.pullRequest, 'context.pullRequest', (x) => r.int(x, 'context.pullRequest', 1, 1e12));
  if (pr !== undefined) out.pullRequest = pr;
  return out;
}

function readStep(r: Reader, v: unknown, path: string): StepEnergy {
  const s = r.obj(v, path);
  return {
    number: r.int(s.number, `${path}.number`, 0, 1e6),
    name: r.str(s.name, `${path}.name`, NAME_MAX),
    startedAt: r.date(s.startedAt, `${path}.startedAt`),
    completedAt: r.date(s.completedAt, `${path}.completedAt`),
    durationS: r.num(s.durationS, `${path}.durationS`),
    energyWh: r.num(s.energyWh, `${path}.energyWh`),
    co2eG: r.num(s.co2eG, `${path}.co2eG`),
  };
}

/**
 * A clean Report from untrusted JSON text, and what was left out of it. Throws
 * UntrustedReportError naming the first field that makes it unusable.
 */
export function readUntrustedReport(text: string): { report: Report; warnings: string[] } {
  if (Buffer.byteLength(text, 'utf8') > UNTRUSTED_REPORT_MAX_BYTES) {
    throw new UntrustedReportError(
      `the file is larger than ${UNTRUSTED_REPORT_MAX_BYTES / 1024 / 1024} MiB; a carbon-action report is well under 100 kB`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UntrustedReportError(`the file is not JSON (${(err as Error).message.slice(0, 120)})`);
  }
  const warnings: string[] = [];
  const r = new Reader(warnings);
  const o = r.obj(value, 'the report');
  if (o.schemaVersion !== REPORT_SCHEMA_VERSION) {
    r.fail(
      'schemaVersion',
      `must be ${REPORT_SCHEMA_VERSION} (a carbon-action report of this version), got ${describe(o.schemaVersion)}`,
    );
  }
  const tool = r.obj(o.tool, 'tool');
  if (tool.name !== 'carbon-action') r.fail('tool.name', `must be "carbon-action", got ${describe(tool.name)}`);
  const energy = r.obj(o.energyWh, 'energyWh');
  const power = r.obj(o.powerW, 'powerW');
  const methods = r.obj(o.methods, 'methods');
  const cpu = r.obj(methods.cpu, 'methods.cpu');
  const memory = r.obj(methods.memory, 'methods.memory');
  const gpu = r.obj(methods.gpu, 'methods.gpu');
  const machine = r.obj(o.machine, 'machine');
  const pue = r.obj(o.pue, 'pue');
  const intensity = r.obj(o.intensity, 'intensity');
  const co2e = r.obj(o.co2eG, 'co2eG');
  const embodied = r.obj(o.embodied, 'embodied');
  const sci = r.obj(o.sci, 'sci');
  const samples = r.obj(o.samples, 'samples');

  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'carbon-action', version: r.str(tool.version, 'tool.version', 40) },
    kind: r.oneOf(o.kind, 'kind', ['cli', 'action'] as const),
    startedAt: r.date(o.startedAt, 'startedAt'),
    endedAt: r.date(o.endedAt, 'endedAt'),
    durationS: r.num(o.durationS, 'durationS'),
    energyWh: {
      total: r.num(energy.total, 'energyWh.total'),
      cpu: r.num(energy.cpu, 'energyWh.cpu'),
      memory: r.num(energy.memory, 'energyWh.memory'),
      gpu: r.num(energy.gpu, 'energyWh.gpu'),
      ...optionalField(r, energy.cpuRange, 'energyWh.cpuRange', 'cpuRange', (v) => {
        if (!Array.isArray(v) || v.length !== 2) r.fail('energyWh.cpuRange', 'must be [low, high]');
        const pair = v as unknown[];
        const [low, high] = [r.num(pair[0], 'energyWh.cpuRange[0]'), r.num(pair[1], 'energyWh.cpuRange[1]')];
        if (low > high) r.fail('energyWh.cpuRange', 'must have low ≤ high');
        return [low, high] as [number, number];
      }),
    },
    powerW: { mean: r.num(power.mean, 'powerW.mean'), peak: r.num(power.peak, 'powerW.peak') },
    methods: {
      cpu: {
        method: r.oneOf(cpu.method, 'methods.cpu.method', CPU_METHODS),
        detail: r.str(cpu.detail, 'methods.cpu.detail'),
        ...optionalText(r, cpu.raplUnavailableReason, 'methods.cpu.raplUnavailableReason', 'raplUnavailableReason'),
        ...optionalField(r, cpu.band, 'methods.cpu.band', 'band', (v) => {
          const x = r.obj(v, 'methods.cpu.band');
          return {
            low: r.num(x.low, 'methods.cpu.band.low', 0, 100),
            high: r.num(x.high, 'methods.cpu.band.high', 0, 100),
            coverage: r.num(x.coverage, 'methods.cpu.band.coverage', 0, 1),
            basis: r.str(x.basis, 'methods.cpu.band.basis'),
          };
        }),
        ...optionalField(r, cpu.scope, 'methods.cpu.scope', 'scope', (v) => {
          const x = r.obj(v, 'methods.cpu.scope');
          return {
            used: r.oneOf(x.used, 'methods.cpu.scope.used', ['machine', 'container'] as const),
            reason: r.str(x.reason, 'methods.cpu.scope.reason'),
          };
        }),
      },
      memory: {
        method: 'coefficient',
        wPerGb: r.num(memory.wPerGb, 'methods.memory.wPerGb', 0, 100),
        detail: r.str(memory.detail, 'methods.memory.detail'),
      },
      gpu: {
        method: r.oneOf(gpu.method, 'methods.gpu.method', GPU_METHODS),
        detail: r.str(gpu.detail, 'methods.gpu.detail'),
      },
    },
    machine: {
      os: r.str(machine.os, 'machine.os', 20),
      arch: r.str(machine.arch, 'machine.arch', 20),
      cpuModel: r.str(machine.cpuModel, 'machine.cpuModel', NAME_MAX),
      sockets: r.int(machine.sockets, 'machine.sockets', 0, 64),
      physicalCores: r.int(machine.physicalCores, 'machine.physicalCores', 0, 1e5),
      threads: r.int(machine.threads, 'machine.threads', 0, 1e5),
      memoryGb: r.num(machine.memoryGb, 'machine.memoryGb', 0, 1e6),
      virtualized: r.bool(machine.virtualized, 'machine.virtualized'),
      cloudProvider:
        machine.cloudProvider === null ? null : r.oneOf(machine.cloudProvider, 'machine.cloudProvider', PROVIDERS),
      githubHosted: r.bool(machine.githubHosted, 'machine.githubHosted'),
      ...optionalText(r, machine.instanceType, 'machine.instanceType', 'instanceType'),
      ...optionalField(r, machine.cpuId, 'machine.cpuId', 'cpuId', (v) => {
        const x = r.obj(v, 'machine.cpuId');
        const out: Record<string, string | number> = {};
        if (x.vendorId !== undefined) out.vendorId = r.str(x.vendorId, 'machine.cpuId.vendorId', 40);
        for (const k of ['family', 'model', 'stepping', 'implementer', 'part'] as const)
          if (x[k] !== undefined) out[k] = r.int(x[k], `machine.cpuId.${k}`, 0, 1e6);
        return out;
      }),
      gpus: r.list(machine.gpus, 'machine.gpus', 16, (g, path) => {
        const x = r.obj(g, path);
        const memoryMiB = r.optional(x.memoryMiB, `${path}.memoryMiB`, (m) => r.num(m, `${path}.memoryMiB`));
        return {
          index: r.int(x.index, `${path}.index`, 0, 1024),
          name: r.str(x.name, `${path}.name`, NAME_MAX),
          ...(memoryMiB === undefined ? {} : { memoryMiB }),
        };
      }),
    },
    pue: { value: r.num(pue.value, 'pue.value', 1, 3), source: r.str(pue.source, 'pue.source') },
    intensity: {
      gPerKWh: r.num(intensity.gPerKWh, 'intensity.gPerKWh', 0, 2000),
      source: r.str(intensity.source, 'intensity.source'),
      year: intensity.year === null ? null : r.int(intensity.year, 'intensity.year', 1990, 2100),
      region: intensity.region === null ? null : r.str(intensity.region, 'intensity.region', NAME_MAX),
      zone:
        intensity.zone === null || intensity.zone === undefined
          ? null
          : r.str(intensity.zone, 'intensity.zone', NAME_MAX),
      decidedBy: r.oneOf(intensity.decidedBy, 'intensity.decidedBy', DECIDED_BY),
      figure: r.oneOf(intensity.figure, 'intensity.figure', ['yearly', 'override', 'live'] as const),
      boundary: r.oneOf(intensity.boundary, 'intensity.boundary', [
        'lifecycle',
        'operational',
        'user-defined',
      ] as const),
      ...optionalText(r, intensity.assumption, 'intensity.assumption', 'assumption'),
    },
    co2eG: {
      total: r.num(co2e.total, 'co2eG.total'),
      operational: r.num(co2e.operational, 'co2eG.operational'),
      embodied: r.num(co2e.embodied, 'co2eG.embodied'),
    },
    includeEmbodied: r.bool(o.includeEmbodied, 'includeEmbodied'),
    embodied: {
      hostKgCo2e: r.num(embodied.hostKgCo2e, 'embodied.hostKgCo2e'),
      lifespanYears: r.num(embodied.lifespanYears, 'embodied.lifespanYears', 0, 100),
      timeShare: r.num(embodied.timeShare, 'embodied.timeShare', 0, 1),
      resourceShare: r.num(embodied.resourceShare, 'embodied.resourceShare', 0, 1),
      source: r.str(embodied.source, 'embodied.source'),
    },
    sci: { gPerRun: r.num(sci.gPerRun, 'sci.gPerRun'), functionalUnit: 'run' },
    equivalents: r.list(o.equivalents, 'equivalents', 10, (e, path) => {
      const x = r.obj(e, path);
      return {
        kind: r.str(x.kind, `${path}.kind`, 60),
        value: r.num(x.value, `${path}.value`),
        unit: r.str(x.unit, `${path}.unit`, 60),
        text: r.str(x.text, `${path}.text`),
      };
    }),
    greenerRegions: r.list(o.greenerRegions, 'greenerRegions', 10, (g, path) => {
      const x = r.obj(g, path);
      return {
        region: r.str(x.region, `${path}.region`, NAME_MAX),
        gPerKWh: r.num(x.gPerKWh, `${path}.gPerKWh`, 0, 2000),
        co2eG: r.num(x.co2eG, `${path}.co2eG`),
      };
    }),
    samples: {
      count: r.int(samples.count, 'samples.count'),
      intervalS: r.num(samples.intervalS, 'samples.intervalS', 0, 3600),
      tornLines: r.int(samples.tornLines ?? 0, 'samples.tornLines'),
      firstAt:
        samples.firstAt === null || samples.firstAt === undefined ? null : r.date(samples.firstAt, 'samples.firstAt'),
      lastAt: samples.lastAt === null || samples.lastAt === undefined ? null : r.date(samples.lastAt, 'samples.lastAt'),
      gapS: r.num(samples.gapS ?? 0, 'samples.gapS'),
      timeline: r.list(samples.timeline, 'samples.timeline', MAX_TIMELINE_POINTS, (p, path) => {
        const x = r.obj(p, path);
        return { tS: r.num(x.tS, `${path}.tS`), powerW: r.num(x.powerW, `${path}.powerW`, 0, 1e6) };
      }),
      endedEarly: samples.endedEarly === true,
    },
    warnings: r.list(o.warnings, 'warnings', MAX_LIST, (w, path) => r.str(w, path)),
  };
  const command = r.optional(o.command, 'command', (v) =>
    r.list(v, 'command', 50, (a, path) => r.str(a, path, NAME_MAX)),
  );
  if (command) report.command = command;
  if (typeof o.exitCode === 'number' || o.exitCode === null)
    report.exitCode = o.exitCode === null ? null : r.int(o.exitCode, 'exitCode', -1e6, 1e6);
  const steps = r.optional(o.steps, 'steps', (v) => r.list(v, 'steps', MAX_STEPS, (s, path) => readStep(r, s, path)));
  if (steps) report.steps = steps;
  const context = r.optional(o.context, 'context', (v) => readContext(r, v));
  if (context) report.context = context;
  const work = r.optional(o.work, 'work', (v) => readWork(r, v));
  if (work) report.work = work;
  return { report, warnings };
}

/** The hardware-neutral work account (like-for-like comparison); all or nothing. */
function readWork(r: Reader, v: unknown): WorkAccount {
  const w = r.obj(v, 'work');
  const numbers = (x: unknown, path: string, length: number, max = MAX_FIGURE): number[] => {
    if (!Array.isArray(x) || x.length !== length) r.fail(path, `must be an array of ${length} numbers`);
    return (x as unknown[]).map((n, i) => r.num(n, `${path}[${i}]`, 0, max));
  };
  const mc = r.obj(w.machineClass, 'work.machineClass');
  const pricing = r.obj(w.pricing, 'work.pricing');
  return {
    cpuSeconds: r.num(w.cpuSeconds, 'work.cpuSeconds'),
    utilisationHistogramS: numbers(w.utilisationHistogramS, 'work.utilisationHistogramS', 10),
    utilisationHistogramBusyS: numbers(w.utilisationHistogramBusyS, 'work.utilisationHistogramBusyS', 10),
    memoryGbS: r.num(w.memoryGbS, 'work.memoryGbS'),
    machineClass: {
      cpuModel: r.str(mc.cpuModel, 'work.machineClass.cpuModel', NAME_MAX),
      vcpus: r.int(mc.vcpus, 'work.machineClass.vcpus', 0, 1e5),
    },
    pricing: {
      cpuCurveW: numbers(pricing.cpuCurveW, 'work.pricing.cpuCurveW', 11, 1e6),
      memoryWPerGb: r.num(pricing.memoryWPerGb, 'work.pricing.memoryWPerGb', 0, 100),
    },
  };
}

function optionalField<K extends string, T>(
  r: Reader,
  v: unknown,
  path: string,
  key: K,
  read: (v: unknown) => T,
): Partial<Record<K, T>> {
  const value = r.optional(v, path, read);
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, T>>);
}

function optionalText<K extends string>(r: Reader, v: unknown, path: string, key: K): Partial<Record<K, string>> {
  const text = r.optional(v, path, (x) => r.str(x, path));
  return text ? ({ [key]: text } as Partial<Record<K, string>>) : {};
}
