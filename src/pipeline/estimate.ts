// The pipeline from a sampler file to a Report: samples → energy → emissions.
// Used by the CLI's measure command and by the action's post step, so both produce the
// same figures from the same code.
import { computeEmissions, resolveIntensity, type ResolveOptions } from '../carbon';
import { createEnergyIntegrator, type EnergyResult, type EnergyWindow } from '../meter/energy';
import type { HeaderRecord, ScopeHeader } from '../meter/sample-format';
import { readSampleRecords, readSamplesHeader, type SamplesReadStats } from '../meter/samples-file';
import type { MachineInfo, MethodsInfo, Report, RunContext, StepEnergy } from '../schema/report';
import { REPORT_SCHEMA_VERSION } from '../schema/report';
import { bytesToGb, co2eGFromWh } from '../units/convert';
import { toolVersion } from '../version';
import type { StepWindow } from '../github/steps-split';
import type { MemoryModel } from '../meter/power-model';
import { containerCpuCurve } from './container-curve';
import { cpuCurveForMachine, type CpuCurve } from './cpu-curve';
import { workAccount } from '../meter/work';

export interface IntegrationOutcome {
  energy: EnergyResult;
  stats: SamplesReadStats;
  header: HeaderRecord | null;
}

/** The sampler's scope decision, from the file header; null for older files or no header. */
export async function samplesScope(samplesFile: string): Promise<ScopeHeader | null> {
  return (await readSamplesHeader(samplesFile).catch(() => null))?.scope ?? null;
}

/** The container's CPU allowance when the sampler metered its cgroup; undefined in machine scope. */
const containerCpusOf = (scope: ScopeHeader | null): number | undefined =>
  scope?.used === 'container' ? scope.cgroup?.allowanceCpus : undefined;

/**
 * Memory charged: the container's memory limit in container scope when it has one (and it is lower), else the
 * machine's.
 */
export function meteredMemoryGb(
  machine: MachineInfo,
  scope: ScopeHeader | null,
): { gb: number; containerLimited: boolean } {
  const limitB = scope?.used === 'container' ? scope.cgroup?.memoryLimitB : null;
  if (typeof limitB === 'number' && limitB > 0 && bytesToGb(limitB) < machine.memoryGb)
    return { gb: bytesToGb(limitB), containerLimited: true };
  return { gb: machine.memoryGb, containerLimited: false };
}

/**
 * Streams a sampler file through the integrator; memory stays bounded whatever its length.
 * In container scope (from the header) `curve` must be the container's (estimate's `curve`).
 */
export async function integrateSamplesFile(
  samplesFile: string,
  curve: CpuCurve,
  machine: MachineInfo,
  opts: { windows?: EnergyWindow[]; periodEndMs?: number; containerCpus?: number } = {},
): Promise<IntegrationOutcome> {
  const scope = await samplesScope(samplesFile);
  const integrator = createEnergyIntegrator({
    cpuCurveW: curve.vmCurveW,
    memoryWPerGb: curve.memoryWPerGb,
    memoryGb: meteredMemoryGb(machine, scope).gb,
    windows: opts.windows,
    periodEndMs: opts.periodEndMs,
    containerCpus: opts.containerCpus ?? containerCpusOf(scope),
  });
  const stats: SamplesReadStats = { lines: 0, tornLines: 0, corruptLines: 0, unknownRecords: 0 };
  let header: HeaderRecord | null = null;
  for await (const record of readSampleRecords(samplesFile, stats)) {
    if (record.type === 'header' && !header) header = record;
    integrator.add(record);
  }
  const energy = integrator.result();
  energy.samples.tornLines = stats.tornLines;
  return { energy, stats, header };
}

export interface EstimateInput {
  samplesFile: string;
  machine: MachineInfo;
  carbon: Omit<ResolveOptions, 'machine'>;
  includeEmbodied: boolean;
  /** Memory W/GB: fitted (default) or CCF's 0.392; the same figure splits the host curve. */
  memoryModel?: MemoryModel;
  kind: Report['kind'];
  windows?: EnergyWindow[];
  periodEndMs?: number;
  command?: string[];
  exitCode?: number | null;
  signal?: string;
  context?: RunContext;
  /** Extra warnings from the caller (e.g. the sampler died early). */
  warnings?: string[];
}

export interface Estimate {
  report: Report;
  windowsEnergyWh: number[];
  curve: CpuCurve;
}

export async function estimate(input: EstimateInput): Promise<Estimate> {
  // Region first: the same metadata probe gives the instance type, which names the host; the
  // provider that answered is surer than the DMI guess.
  const resolved = await resolveIntensity({ ...input.carbon, machine: input.machine, caller: input.kind });
  const machine: MachineInfo = resolved.instance
    ? { ...input.machine, instanceType: resolved.instance.instanceType, cloudProvider: resolved.instance.provider }
    : input.machine;
  // The scope was decided by the sampler; in a container the curve is the container's share.
  const scope = await samplesScope(input.samplesFile);
  const containerCpus = containerCpusOf(scope);
  const machineCurve = cpuCurveForMachine(machine, input.memoryModel);
  const curve = containerCpus ? containerCpuCurve(machineCurve, containerCpus) : machineCurve;
  const { energy, stats, header } = await integrateSamplesFile(input.samplesFile, curve, machine, {
    windows: input.windows,
    periodEndMs: input.periodEndMs,
    containerCpus,
  });
  const emissions = computeEmissions({
    energyWh: energy.energyWh.total,
    durationS: energy.durationS,
    intensity: resolved.intensity,
    pue: resolved.pue,
    provider: resolved.provider,
    includeEmbodied: input.includeEmbodied,
    vmThreads: curve.vmThreads,
    hostThreads: curve.hostThreads,
  });
  const warnings = [
    ...(input.warnings ?? []),
    ...samplingWarnings(energy, stats),
    ...energy.warnings,
    ...curve.warnings,
    ...resolved.warnings,
  ];
  const metered: Metered = { energy, header, machine, scope, containerCpus, curve };
  const report = buildReport(input, metered, resolved, emissions, warnings);
  return { report, windowsEnergyWh: energy.windowsEnergyWh, curve };
}

/** What metering found, with what it was priced on: the inputs of the report's method lines. */
interface Metered {
  energy: EnergyResult;
  header: HeaderRecord | null;
  machine: MachineInfo;
  scope: ScopeHeader | null;
  containerCpus: number | undefined;
  curve: CpuCurve;
}

/** What the samples file says about its own completeness, as report warnings. */
function samplingWarnings(energy: EnergyResult, stats: SamplesReadStats): string[] {
  const warnings: string[] = [];
  const count = energy.samples.count;
  if (count < 2) {
    warnings.push(
      `Only ${count} sample(s) were recorded: the run was shorter than one sampling interval, so energy is ` +
        `${count === 0 ? 'unknown (0)' : 'from a single reading'}.`,
    );
  }
  if (stats.tornLines > 0)
    warnings.push(
      `${stats.tornLines} torn line(s) at the end of the samples file were skipped ` +
        '(the sampler was stopped mid-write).',
    );
  if (stats.corruptLines > 0) warnings.push(`${stats.corruptLines} corrupt line(s) in the samples file were skipped.`);
  if (energy.samples.endedEarly)
    warnings.push('The sampler stopped before the end of the metered period: the figures cover only what it recorded.');
  if (energy.samples.gapS > 0)
    warnings.push(
      `The samples have gaps totalling ${energy.samples.gapS.toFixed(1)} s (the sampler was starved or suspended); ` +
        'energy over gaps is interpolated from the neighbouring samples.',
    );
  return warnings;
}

function buildReport(
  input: EstimateInput,
  m: Metered,
  resolved: Awaited<ReturnType<typeof resolveIntensity>>,
  emissions: ReturnType<typeof computeEmissions>,
  warnings: string[],
): Report {
  const { energy, curve } = m;
  const startedAt = energy.samples.firstAt ?? new Date().toISOString();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'carbon-action', version: toolVersion() },
    kind: input.kind,
    startedAt,
    endedAt: energy.samples.lastAt ?? startedAt,
    durationS: energy.durationS,
    ...(input.command ? { command: input.command } : {}),
    ...(input.exitCode !== undefined ? { exitCode: input.exitCode } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
    energyWh:
      energy.cpuMethod === 'model'
        ? { ...energy.energyWh, cpuRange: cpuRangeWh(energy.energyWh.cpu, curve) }
        : energy.energyWh,
    powerW: energy.powerW,
    methods: {
      cpu: cpuMethodInfo(m),
      memory: {
        method: 'coefficient',
        wPerGb: curve.memoryWPerGb,
        detail: memoryDetail(m.machine, m.scope, input.memoryModel),
      },
      gpu: gpuMethodInfo(energy, m.machine),
    },
    machine: m.machine,
    pue: resolved.pue,
    intensity: resolved.intensity,
    co2eG: emissions.co2eG,
    includeEmbodied: input.includeEmbodied,
    embodied: emissions.embodied,
    sci: emissions.sci,
    equivalents: emissions.equivalents,
    greenerRegions: emissions.greenerRegions,
    samples: energy.samples,
    ...(input.context ? { context: input.context } : {}),
    ...workOf(m),
    warnings: [...new Set(warnings)],
  };
}

function cpuMethodInfo(m: Metered): MethodsInfo['cpu'] {
  const { energy, curve, header, scope, containerCpus } = m;
  return {
    ...(energy.cpuMethod === 'rapl'
      ? { method: 'rapl' as const, detail: raplDetail(header) }
      : energy.cpuMethod === 'powermetrics'
        ? {
            method: 'powermetrics' as const,
            detail: 'sudo -n powermetrics --samplers cpu_power,gpu_power: "CPU Power" × each sample\'s elapsed time',
          }
        : {
            method: 'model' as const,
            detail: curve.detail,
            band: bandOf(curve),
            raplUnavailableReason: raplUnavailableReason(header, containerCpus !== undefined),
          }),
    ...(scope
      ? { scope: { used: containerCpus ? ('container' as const) : ('machine' as const), reason: scope.reason } }
      : {}),
  };
}

function gpuMethodInfo(energy: EnergyResult, machine: MachineInfo): MethodsInfo['gpu'] {
  if (energy.gpuMethod === 'none') {
    return {
      method: 'none',
      detail: machine.gpus.length ? 'nvidia-smi gave no readings' : 'no NVIDIA GPU (no nvidia-smi)',
    };
  }
  return {
    method: energy.gpuMethod,
    detail:
      energy.gpuMethod === 'nvidia-smi-energy'
        ? 'nvidia-smi total energy counter, difference per interval'
        : energy.gpuMethod === 'powermetrics'
          ? 'powermetrics "GPU Power" × each sample\'s elapsed time'
          : 'nvidia-smi power.draw × interval (trapezoid)',
  };
}

/** The report's work account, when there is one. */
function workOf(m: Metered): Pick<Report, 'work'> {
  const { energy, machine, curve } = m;
  // Without a single interval of CPU data there is no work to account for.
  if (!energy.cpuUtilisation || !(machine.threads > 0)) return {};
  return {
    work: workAccount({
      histogram: energy.utilisationHistogram,
      vcpus: machine.threads,
      // In container scope utilisation is of the container's CPU allowance, so that is its vCPU count.
      ...(m.containerCpus ? { utilisationOfCpus: curve.vmThreads } : {}),
      cpuModel: machine.cpuModel,
      memoryGb: meteredMemoryGb(machine, m.scope).gb,
      durationS: energy.durationS,
      cpuCurveW: curve.vmCurveW,
      memoryWPerGb: curve.memoryWPerGb,
    }),
  };
}

/**
 * The CPU energy's band: the modelled figure times the grouped-CV quantiles of measured ÷
 * predicted for the CPU's family (else vendor). Model error is shared by two runs on the
 * same machine class, so comparisons are not widened by it.
 */
export function cpuRangeWh(cpuWh: number, curve: Pick<CpuCurve, 'band'>): [number, number] {
  return [cpuWh * curve.band.low, cpuWh * curve.band.high];
}

function bandOf(curve: CpuCurve): { low: number; high: number; coverage: number; basis: string } {
  return { low: curve.band.low, high: curve.band.high, coverage: curve.band.coverage, basis: curve.band.basis };
}

/** Per-step energy and operational CO2e from the integrator's window energies. */
export function stepEnergies(report: Report, steps: StepWindow[], windowsEnergyWh: number[]): StepEnergy[] {
  return steps.map((step, i) => {
    const energyWh = windowsEnergyWh[i] ?? 0;
    return {
      number: step.number,
      name: step.name,
      startedAt: new Date(step.startMs).toISOString(),
      completedAt: new Date(step.endMs).toISOString(),
      durationS: (step.endMs - step.startMs) / 1000,
      energyWh,
      co2eG: co2eGFromWh(energyWh * report.pue.value, report.intensity.gPerKWh),
    };
  });
}

function memoryDetail(machine: MachineInfo, scope: ScopeHeader | null, memoryModel: MemoryModel | undefined): string {
  const m = meteredMemoryGb(machine, scope);
  const coefficient =
    memoryModel === 'ccf'
      ? "Cloud Carbon Footprint's coefficient (memory-model: ccf)"
      : 'fitted to SPECpower servers that differ only in memory';
  if (!m.containerLimited) return `× ${machine.memoryGb.toFixed(1)} GB, ${coefficient}`;
  return `× ${m.gb.toFixed(1)} GB, the container's memory limit (the machine has ${machine.memoryGb.toFixed(1)} GB), ${coefficient}`;
}

function raplDetail(header: HeaderRecord | null): string {
  const domains = header?.rapl.domains ?? [];
  return `RAPL package energy counters (${domains.map((d) => d.name).join(', ') || 'package'}), read from powercap`;
}

function raplUnavailableReason(header: HeaderRecord | null, containerScope = false): string {
  if (!header) return 'the samples file has no header, so RAPL availability is unknown';
  const rapl = header.rapl;
  if (rapl.status === 'ok' && containerScope)
    return 'in container scope RAPL is not used: it counts the whole package, other tenants included';
  if (rapl.status === 'ok') return 'RAPL counters gave no usable readings';
  const why =
    rapl.reason ??
    (rapl.status === 'absent' ? 'no RAPL powercap interface on this machine' : 'RAPL counters could not be read');
  // On a Mac the question is powermetrics, not RAPL: say why it gave nothing.
  const pm = header.powermetrics;
  if (!pm) return why;
  return `${why}; powermetrics not used: ${pm.status === 'ok' ? 'it gave no CPU Power readings (e.g. inside a VM)' : (pm.reason ?? pm.status)}`;
}
