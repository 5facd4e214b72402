// The report object is the spine of carbon-action: produced by the CLI and the action,
// stored in history, read by the comment, the dashboard and the export.
// Documented field by field in docs/report-schema.md; bump REPORT_SCHEMA_VERSION on any
// breaking change and keep readers refusing newer versions.

export const REPORT_SCHEMA_VERSION = 1;

export type CpuMethod = 'rapl' | 'model';
export type GpuMethod = 'nvidia-smi-energy' | 'nvidia-smi-power' | 'none';

export interface MethodsInfo {
  cpu: {
    method: CpuMethod;
    /** Human-readable: which RAPL domains, or which model profile and VM share. */
    detail: string;
    /** Why RAPL was not used, when it was not (e.g. "permission denied on /sys/class/powercap/intel-rapl:0/energy_uj"). */
    raplUnavailableReason?: string;
    /** Model only: the grouped-CV band behind energyWh.cpuRange, as factors on the modelled CPU energy. */
    band?: { low: number; high: number; coverage: number; basis: string };
  };
  memory: { method: 'coefficient'; wPerGb: number; detail: string };
  gpu: { method: GpuMethod; detail: string };
}

export interface GpuInfo {
  index: number;
  name: string;
  memoryMiB?: number;
}

export interface MachineInfo {
  os: string; // process.platform
  arch: string;
  cpuModel: string;
  sockets: number;
  physicalCores: number;
  /** Logical CPUs this machine (VM) sees. */
  threads: number;
  memoryGb: number;
  virtualized: boolean;
  /** Best guess from DMI / systeminformation; region resolution may refine it. */
  cloudProvider: 'azure' | 'aws' | 'gcp' | null;
  githubHosted: boolean;
  gpus: GpuInfo[];
}

export type RegionDecidedBy =
  | 'input' // --region / region input
  | 'metadata' // cloud metadata service
  | 'github-hosted-default' // documented assumption for GitHub-hosted runners
  | 'world-average'; // nothing known

export interface IntensityInfo {
  gPerKWh: number;
  /** e.g. "Electricity Maps yearly average via @tgwf/co2 0.19.0", "user override", "Electricity Maps live API". */
  source: string;
  year: number | null;
  /** e.g. "azure:eastus2", "zone:SE-SE3", "country:FR"; null for the world average. */
  region: string | null;
  zone: string | null;
  decidedBy: RegionDecidedBy;
  /** 'override' when --carbon-intensity was given; 'live' when the live API answered. */
  figure: 'yearly' | 'override' | 'live';
  /** 'user-defined' when --carbon-intensity overrides the figure: its boundary is the user's source's. */
  boundary: 'lifecycle' | 'operational' | 'user-defined';
  /** Present when the figure rests on an assumption the user should know about. */
  assumption?: string;
}

export interface PueInfo {
  value: number;
  source: string;
}

export interface EmbodiedInfo {
  /** Host manufacturing emissions (TE), kg CO2e. */
  hostKgCo2e: number;
  lifespanYears: number;
  timeShare: number;
  resourceShare: number;
  source: string;
}

export interface Equivalent {
  kind: string;
  value: number;
  unit: string;
  text: string;
}

export interface GreenerRegion {
  region: string;
  gPerKWh: number;
  co2eG: number;
}

export interface TimelinePoint {
  /** Seconds since the start of metering. */
  tS: number;
  powerW: number;
}

export interface SamplesSummary {
  count: number;
  intervalS: number;
  tornLines: number;
  firstAt: string | null;
  lastAt: string | null;
  /** Gaps longer than 3 intervals, total seconds (a suspended or starved sampler). */
  gapS: number;
  /** Whole-machine power, downsampled to at most 120 points for charts. */
  timeline: TimelinePoint[];
  /** True when the sampler stopped before the end of the metered period. */
  endedEarly: boolean;
}

export interface StepEnergy {
  number: number;
  name: string;
  startedAt: string;
  completedAt: string;
  durationS: number;
  energyWh: number;
  co2eG: number;
}

export interface RunContext {
  repository?: string;
  workflow?: string;
  job?: string;
  matrix?: string;
  runId?: string;
  runAttempt?: string;
  event?: string;
  ref?: string;
  branch?: string;
  baseBranch?: string;
  sha?: string;
  pullRequest?: number;
  runner?: string;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: 'carbon-action'; version: string };
  kind: 'cli' | 'action';
  startedAt: string;
  endedAt: string;
  durationS: number;
  command?: string[];
  exitCode?: number | null;
  /** IT energy, before PUE. cpuRange (model only): the CPU energy's uncertainty band, [low, high] Wh. */
  energyWh: { total: number; cpu: number; memory: number; gpu: number; cpuRange?: [number, number] };
  powerW: { mean: number; peak: number };
  methods: MethodsInfo;
  machine: MachineInfo;
  pue: PueInfo;
  intensity: IntensityInfo;
  /** total = operational (+ embodied only when includeEmbodied). */
  co2eG: { total: number; operational: number; embodied: number };
  includeEmbodied: boolean;
  embodied: EmbodiedInfo;
  /** SCI score with one run as the functional unit. */
  sci: { gPerRun: number; functionalUnit: 'run' };
  equivalents: Equivalent[];
  greenerRegions: GreenerRegion[];
  samples: SamplesSummary;
  steps?: StepEnergy[];
  context?: RunContext;
  warnings: string[];
}

/** This run against the median of the base branch's last runs (src/baseline/history.ts). */
export type Comparison =
  | { available: false; reason: string; baseBranch?: string }
  | {
      available: true;
      baseBranch: string;
      /** How many base runs the median was taken over (≤ 5). */
      runs: number;
      co2eG: MetricComparison;
      energyWh: MetricComparison;
      /** The base runs compared with, oldest first, for the trend chart. */
      trend: { at: string; co2eG: number; energyWh: number; sha?: string }[];
    };

export interface MetricComparison {
  current: number;
  baseMedian: number;
  baseMin: number;
  baseMax: number;
  deltaAbs: number;
  /** null when the base median is 0. */
  deltaPercent: number | null;
  /** The current figure lies inside the base runs' own min–max spread. */
  withinNoise: boolean;
}

export type BudgetKind = 'co2e' | 'energy' | 'max-increase';

export interface BudgetResult {
  kind: BudgetKind;
  /** As the user wrote it, e.g. "20 g", "10%". */
  limitText: string;
  limit: number; // grams, Wh, or percent
  actual: number | null;
  status: 'pass' | 'exceeded' | 'skipped';
  /** e.g. "no baseline yet" for a skipped max-increase. */
  note?: string;
}

export interface GateResult {
  budgets: BudgetResult[];
  exceeded: boolean;
  /** fail-on-budget: false turns failures into warnings. */
  mode: 'fail' | 'warn';
}
