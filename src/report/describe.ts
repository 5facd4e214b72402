// The "How this was estimated" wording, shared by the CLI text, the job summary and the
// PR comment so the three never disagree. Returns plain, UNESCAPED text: callers escape
// for their medium (escapeMarkdown / sanitizeTerminalText).

import type { GpuMethod, GreenerRegion, RegionDecidedBy, Report } from '../schema/report';
import { settingName } from '../carbon/setting-name';
import { formatDurationS, formatEnergyWh, formatIntensityGPerKWh, formatMassG, formatPercent } from './format';

export function cpuMethodText(report: Report): string {
  const cpu = report.methods.cpu;
  if (cpu.method === 'rapl') return `RAPL energy counters (${cpu.detail})`;
  if (cpu.method === 'powermetrics') return `macOS powermetrics CPU power (${cpu.detail})`;
  return `power model from utilisation: ${cpu.detail}`;
}

/** The modelled CPU energy's band, or null (RAPL, or a report from before the band existed). */
export function cpuRangeText(report: Report): string | null {
  const range = report.energyWh.cpuRange;
  const band = report.methods.cpu.band;
  if (!range || !band) return null;
  return (
    `${formatEnergyWh(range[0])} to ${formatEnergyWh(range[1])} ` +
    `(${Math.round(band.coverage * 100)} % band of the model's grouped cross-validation error, ${band.basis}; ` +
    'it cancels when comparing runs on the same machine class)'
  );
}

/** Which CPU counter was metered and why (meter-scope); null for reports from before scopes. */
export function cpuScopeText(report: Report): string | null {
  const scope = report.methods.cpu.scope;
  if (!scope) return null;
  return `${scope.used === 'container' ? "the container's cgroup" : 'the whole machine'}: ${scope.reason}`;
}

export function memoryMethodText(report: Report): string {
  const memory = report.methods.memory;
  return `${memory.wPerGb} W per GB ${memory.detail}`;
}

const GPU_METHOD_WORDS: Record<GpuMethod, string> = {
  'nvidia-smi-energy': 'nvidia-smi energy counter',
  'nvidia-smi-power': 'nvidia-smi power readings integrated over time',
  powermetrics: 'macOS powermetrics GPU power',
  none: 'no GPU metered',
};

export function gpuMethodText(report: Report): string {
  const gpu = report.methods.gpu;
  return gpu.detail ? `${GPU_METHOD_WORDS[gpu.method]} (${gpu.detail})` : GPU_METHOD_WORDS[gpu.method];
}

const DECIDED_BY_WORDS: Record<Exclude<RegionDecidedBy, 'input'>, string> = {
  metadata: "read from the cloud provider's metadata service",
  'github-hosted-default': 'assumed: GitHub-hosted runner, documented default (the runner does not say its region)',
  'world-average': 'unknown: no region given or detected, so the world average is used',
};

/** `kind` is the report's: a CLI report's region was set by --region, an action's by its input. */
export const decidedByText = (decidedBy: RegionDecidedBy, kind: Report['kind'] = 'action'): string =>
  decidedBy === 'input'
    ? `set by ${settingName('region', kind === 'cli' ? 'cli' : 'action')}`
    : (DECIDED_BY_WORDS[decidedBy] ?? decidedBy);

export function regionText(report: Report): string {
  const i = report.intensity;
  const where = i.region ?? 'world average';
  const zone = i.zone && i.zone !== i.region ? ` (grid zone ${i.zone})` : '';
  return `${where}${zone}, ${decidedByText(i.decidedBy, report.kind)}`;
}

const FIGURE_WORDS = { yearly: 'yearly average', override: 'user override', live: 'live value' } as const;
const BOUNDARY_WORDS = {
  lifecycle: 'lifecycle (includes building and fuelling the power plants)',
  operational: 'operational (combustion at the power plant only)',
  'user-defined': "as defined by the user's own source",
} as const;

export function intensityText(report: Report): string {
  const i = report.intensity;
  const year = i.year === null ? '' : `, ${i.year}`;
  const figure = FIGURE_WORDS[i.figure] ?? i.figure;
  const boundary = BOUNDARY_WORDS[i.boundary] ?? i.boundary;
  return `${formatIntensityGPerKWh(i.gPerKWh)} (${figure}; ${i.source}${year}); boundary: ${boundary}`;
}

export function pueText(report: Report): string {
  return `${report.pue.value} (${report.pue.source})`;
}

export function operationalFormulaText(report: Report): string {
  return (
    `${formatEnergyWh(report.energyWh.total)} × PUE ${report.pue.value} × ` +
    `${formatIntensityGPerKWh(report.intensity.gPerKWh)} = ${formatMassG(report.co2eG.operational)}`
  );
}

export function embodiedRuleText(report: Report): string {
  const e = report.embodied;
  const inTotal = report.includeEmbodied ? 'included in the total' : 'reported beside the total, not in it';
  return (
    `SCI M = TE × time share × resource share = ${e.hostKgCo2e} kg × ` +
    `(${formatDurationS(report.durationS)} ÷ ${e.lifespanYears} years = ${e.timeShare.toExponential(2)}) × ` +
    `${round4(e.resourceShare)} = ${formatMassG(report.co2eG.embodied)}; ${inTotal} (${e.source})`
  );
}

const round4 = (n: number): string => (Number.isFinite(n) ? String(Number(n.toFixed(4))) : 'n/a');

/** "had this run in azure:swedencentral (24 g/kWh), it would have emitted 0.3 g (−92.0 %)". */
export function greenerRegionText(region: GreenerRegion, currentOperationalG: number): string {
  const change =
    currentOperationalG > 0
      ? ` (${formatPercent(((region.co2eG - currentOperationalG) / currentOperationalG) * 100)})`
      : '';
  return (
    `had this run in ${region.region} (${formatIntensityGPerKWh(region.gPerKWh)}), ` +
    `it would have emitted ${formatMassG(region.co2eG)}${change}`
  );
}

export function samplesText(report: Report): string {
  const s = report.samples;
  const parts = [`${s.count} samples every ${formatDurationS(s.intervalS)}`];
  if (s.gapS > 0) parts.push(`${formatDurationS(s.gapS)} of gaps`);
  if (s.tornLines > 0) parts.push(`${s.tornLines} torn line(s) skipped`);
  if (s.endedEarly) parts.push('the sampler stopped before the end');
  return parts.join(', ');
}

/** Every method text a renderer lists under "How this was estimated"; each renderer picks its labels and order. */
export interface MethodTexts {
  cpu: string;
  cpuRange: string | null;
  cpuScope: string | null;
  /** Why RAPL was not used, when the CPU was modelled and the reader said why. */
  raplNotUsed: string | null;
  memory: string;
  gpu: string;
  intensity: string;
  pue: string;
  operationalFormula: string;
  embodiedRule: string;
  samples: string;
}

export function methodTexts(report: Report): MethodTexts {
  const cpu = report.methods.cpu;
  return {
    cpu: cpuMethodText(report),
    cpuRange: cpuRangeText(report),
    cpuScope: cpuScopeText(report),
    raplNotUsed: (cpu.method !== 'rapl' && cpu.raplUnavailableReason) || null,
    memory: memoryMethodText(report),
    gpu: gpuMethodText(report),
    intensity: intensityText(report),
    pue: pueText(report),
    operationalFormula: operationalFormulaText(report),
    embodiedRule: embodiedRuleText(report),
    samples: samplesText(report),
  };
}

export const capitalise = (text: string): string => (text ? text[0].toUpperCase() + text.slice(1) : text);
