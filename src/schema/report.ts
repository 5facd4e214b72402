// The report object is the spine of carbon-action: produced by the CLI and the action,
// stored in history, read by the comment, the dashboard and the export.
// Documented field by field in docs/report-schema.md; bump REPORT_SCHEMA_VERSION on any
// breaking change and keep readers refusing newer versions.

export const REPORT_SCHEMA_VERSION = 1;

export type CpuMethod = 'rapl' | 'powermetrics' | 'model';
export type GpuMethod = 'nvidia-smi-energy' | 'nvidia-smi-power' | 'powermetrics' | 'none';

export interface MethodsInfo {
  cpu: {
    method: CpuMethod;
    /** Human-readable: which RAPL domains, or which model profile and VM share. */
    detail: string;
    /**
     * Why RAPL was not used, when it was not (e.g. "permission denied on /sys/class/powercap/intel-rapl:0/energy_uj").
     */
    raplUnavailableReason?: string;
    /** Model only: the grouped-CV band behind energyWh.cpuRange, as factors on the modelled CPU energy. */
    band?: { low: number; high: number; coverage: number; basis: string };
    /**
     * Which CPU counter utilisation came from (whole machine, or the container's cgroup) and why. Absent in older
     * reports.
     */
    scope?: { used: 'machine' | 'container'; reason: string };
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
  /**
   * Instance type / VM size from cloud metadata (Azure vmSize, AWS instance-type, GCP machine-type); absent when none
   * answered.
   */
  instanceType?: string;
  /** CPU identity numbers from /proc/cpuinfo, read when the name is missing or anonymised (see src/meter/host.ts). */
  cpuId?: CpuIdInfo;
}

/** x86 vendor_id / cpu family / model / stepping, or ARM CPU implementer / CPU part; only those the machine printed. */
export interface CpuIdInfo {
  vendorId?: string;
  family?: number;
  model?: number;
  stepping?: number;
  implementer?: number;
  part?: number;
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

/**
 * A hardware-neutral account of the work (src/meter/work.ts), so runs on different machines
 * can be compared like with like (src/baseline/like-for-like.ts). Optional: reports from
 * before it was added have none.
 */
export interface WorkAccount {
  /** Σ utilisation × vCPUs × interval s: the CPU time the job kept busy, s. */
  cpuSeconds: number;
  /** Seconds spent in each 10 % utilisation band: [0, 10 %), [10, 20 %) … [90, 100 %]; 10 numbers. */
  utilisationHistogramS: number[];
  /** Σ utilisation × interval s within each band (so a band's mean utilisation is busyS ÷ seconds); 10 numbers. */
  utilisationHistogramBusyS: number[];
  /** Memory GB × durationS. */
  memoryGbS: number;
  /**
   * What machines this run can be compared with as they are: the same CPU model and vCPU count (in container scope, the
   * container's CPU allowance, which can be fractional).
   */
  machineClass: { cpuModel: string; vcpus: number };
  /** What re-pricing other runs on this machine needs: its CPU curve (W at 0, 10 … 100 %) and memory W/GB. */
  pricing: { cpuCurveW: number[]; memoryWPerGb: number };
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
  /** The signal that ended the command ("SIGTERM"), when exitCode is null because one did. */
  signal?: string;
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
  /** Hardware-neutral account of the work; absent from reports written before it existed. */
  work?: WorkAccount;
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
      /** How the base runs were made comparable with this one (absent from comparisons built before it existed). */
      basis?: ComparisonBasis;
      /** CPU-seconds against the same base runs; absent when this run or one of them has no work account. */
      cpuSeconds?: MetricComparison;
    };

/**
 * 'same-machine-class': enough base runs on this run's CPU model and vCPU count, compared as
 * they are. 'repriced': base runs' utilisation histograms and memory GB-s put through this
 * run's curve and W/GB. 'as-recorded': neither was possible, compared as recorded (not like for like).
 */
export interface ComparisonBasis {
  mode: 'same-machine-class' | 'repriced' | 'as-recorded';
  /** This run's class, e.g. "4 vCPU Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz". */
  machineClass: string;
  /** Base runs on this machine class among those available. */
  sameClassRuns: number;
  /** Base runs on other hardware left out because they have no utilisation histogram. */
  notRepriceable: number;
  /** The base runs' spread says what noise is (≥ 3 runs). */
  noiseKnown: boolean;
  /** One sentence for the comment. */
  note: string;
}

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
