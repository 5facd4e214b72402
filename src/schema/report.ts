// The report object is the spine of carbon-action: produced by the CLI and the action,
// stored in history, read by the comment, the dashboard and the export.
// Documented field by field in docs/report-schema.md; bump REPORT_SCHEMA_VERSION on any
// breaking change and keep readers refusing newer versions. The schema below is the source
// of truth: the types are inferred from it, and every reader checks a report through it
// (src/schema/read-report.ts).

import * as v from 'valibot';
import { collapseWhitespace, truncate } from './one-line';
import {
  bool,
  date,
  droppable,
  exactly,
  int,
  list,
  listOrEmpty,
  NAME_MAX,
  num,
  numbers,
  obj,
  oneOf,
  optionalText,
  text,
} from './fields';

export const REPORT_SCHEMA_VERSION = 1;

/** Caps on lists: a real report has under 120 timeline points, a few dozen steps and warnings. */
export const REPORT_LIST_MAX = { steps: 500, timeline: 1000, warnings: 20, command: 50, gpus: 16, perRun: 10 };

const CPU_METHODS = ['rapl', 'powermetrics', 'model'] as const;
const GPU_METHODS = ['nvidia-smi-energy', 'nvidia-smi-power', 'powermetrics', 'none'] as const;
const DECIDED_BY = [
  'input', // --region / region input
  'metadata', // cloud metadata service
  'github-hosted-default', // documented assumption for GitHub-hosted runners
  'world-average', // nothing known
] as const;

export const MethodsInfoSchema = obj({
  cpu: obj({
    method: oneOf(CPU_METHODS),
    /** Human-readable: which RAPL domains, or which model profile and VM share. */
    detail: text(),
    /**
     * Why RAPL was not used, when it was not (e.g. "permission denied on /sys/class/powercap/intel-rapl:0/energy_uj").
     */
    raplUnavailableReason: optionalText('methods.cpu.raplUnavailableReason'),
    /** Model only: the grouped-CV band behind energyWh.cpuRange, as factors on the modelled CPU energy. */
    band: droppable(
      'methods.cpu.band',
      obj({ low: num(0, 100), high: num(0, 100), coverage: num(0, 1), basis: text() }),
    ),
    /**
     * Which CPU counter utilisation came from (whole machine, or the container's cgroup) and why. Absent in older
     * reports.
     */
    scope: droppable('methods.cpu.scope', obj({ used: oneOf(['machine', 'container']), reason: text() })),
  }),
  memory: obj({ method: exactly('coefficient'), wPerGb: num(0, 100), detail: text() }),
  gpu: obj({ method: oneOf(GPU_METHODS), detail: text() }),
});

export const GpuInfoSchema = obj({
  index: int(0, 1024),
  name: text(NAME_MAX),
  memoryMiB: droppable('machine.gpus[].memoryMiB', num()),
});

/** x86 vendor_id / cpu family / model / stepping, or ARM CPU implementer / CPU part; only those the machine printed. */
export const CpuIdInfoSchema = obj({
  vendorId: v.optional(text(40)),
  family: v.optional(int(0, 1e6)),
  model: v.optional(int(0, 1e6)),
  stepping: v.optional(int(0, 1e6)),
  implementer: v.optional(int(0, 1e6)),
  part: v.optional(int(0, 1e6)),
});

export const MachineInfoSchema = obj({
  /** process.platform */
  os: text(20),
  arch: text(20),
  cpuModel: text(NAME_MAX),
  sockets: int(0, 64),
  physicalCores: int(0, 1e5),
  /** Logical CPUs this machine (VM) sees. */
  threads: int(0, 1e5),
  memoryGb: num(0, 1e6),
  virtualized: bool(),
  /** Best guess from DMI / systeminformation; region resolution may refine it. */
  cloudProvider: v.nullable(oneOf(['azure', 'aws', 'gcp'])),
  githubHosted: bool(),
  /**
   * Instance type / VM size from cloud metadata (Azure vmSize, AWS instance-type, GCP machine-type); absent when none
   * answered.
   */
  instanceType: optionalText('machine.instanceType'),
  /** CPU identity numbers from /proc/cpuinfo, read when the name is missing or anonymised (see src/meter/host.ts). */
  cpuId: droppable('machine.cpuId', CpuIdInfoSchema),
  gpus: listOrEmpty('machine.gpus', GpuInfoSchema, REPORT_LIST_MAX.gpus),
});

/**
 * Above this no real grid has been measured (coal-only grids are ~1,000–1,200 g/kWh); a larger value is a unit slip.
 * The one bound: the schema, the CLI's and the action's inputs and the live API's answer all use it.
 */
export const MAX_INTENSITY_G_PER_KWH = 2000;
/** PUE is facility energy ÷ IT energy: at least 1, and above 3 it is surely a slip. */
export const MIN_PUE = 1;
export const MAX_PUE = 3;

export const IntensityInfoSchema = obj({
  gPerKWh: num(0, MAX_INTENSITY_G_PER_KWH),
  /** e.g. "Electricity Maps yearly average via @tgwf/co2 0.19.0", "user override", "Electricity Maps live API". */
  source: text(),
  year: v.nullable(int(1990, 2100)),
  /** e.g. "azure:eastus2", "zone:SE-SE3", "country:FR"; null for the world average. */
  region: v.nullable(text(NAME_MAX)),
  zone: v.optional(v.nullable(text(NAME_MAX)), null),
  decidedBy: oneOf(DECIDED_BY),
  /** 'override' when --carbon-intensity was given; 'live' when the live API answered. */
  figure: oneOf(['yearly', 'override', 'live']),
  /** 'user-defined' when --carbon-intensity overrides the figure: its boundary is the user's source's. */
  boundary: oneOf(['lifecycle', 'operational', 'user-defined']),
  /** Present when the figure rests on an assumption the user should know about. */
  assumption: optionalText('intensity.assumption'),
});

export const PueInfoSchema = obj({ value: num(MIN_PUE, MAX_PUE), source: text() });

export const EmbodiedInfoSchema = obj({
  /** Host manufacturing emissions (TE), kg CO2e. */
  hostKgCo2e: num(),
  lifespanYears: num(0, 100),
  timeShare: num(0, 1),
  resourceShare: num(0, 1),
  source: text(),
});

export const EquivalentSchema = obj({ kind: text(60), value: num(), unit: text(60), text: text() });

export const GreenerRegionSchema = obj({
  region: text(NAME_MAX),
  gPerKWh: num(0, MAX_INTENSITY_G_PER_KWH),
  co2eG: num(),
});

export const TimelinePointSchema = obj({
  /** Seconds since the start of metering. */
  tS: num(),
  powerW: num(0, 1e6),
});

export const SamplesSummarySchema = obj({
  count: int(),
  intervalS: num(0, 3600),
  tornLines: v.optional(int(), 0),
  firstAt: v.optional(v.nullable(date()), null),
  lastAt: v.optional(v.nullable(date()), null),
  /** Gaps longer than 3 intervals, total seconds (a suspended or starved sampler). */
  gapS: v.optional(num(), 0),
  /** Whole-machine power, downsampled to at most 120 points for charts. */
  timeline: listOrEmpty('samples.timeline', TimelinePointSchema, REPORT_LIST_MAX.timeline),
  /** True when the sampler stopped before the end of the metered period. */
  endedEarly: v.optional(bool(), false),
});

export const StepEnergySchema = obj({
  number: int(0, 1e6),
  name: text(NAME_MAX),
  startedAt: date(),
  completedAt: date(),
  durationS: num(),
  energyWh: num(),
  co2eG: num(),
});

const contextText = (key: string, max = NAME_MAX) => optionalText(`context.${key}`, max);

/**
 * A run name (workflow, job, branch, matrix) as a report stores it: one line, capped. The action's JobIdentity and
 * the report's context hold names in this form (src/action/context.ts, src/pipeline/run-context.ts), or a name with a
 * line break or over the cap would never match its stored self.
 */
export const storedName = (name: string): string => truncate(collapseWhitespace(name), NAME_MAX);

export const RunContextSchema = obj({
  repository: contextText('repository'),
  workflow: contextText('workflow'),
  job: contextText('job'),
  /** GITHUB_JOB, the job's id, when `job` is the `job-name` input: history is keyed by the id. */
  jobId: contextText('jobId'),
  matrix: contextText('matrix'),
  runId: contextText('runId', 30),
  runAttempt: contextText('runAttempt', 10),
  event: contextText('event'),
  ref: contextText('ref'),
  branch: contextText('branch'),
  baseBranch: contextText('baseBranch'),
  sha: droppable(
    'context.sha',
    v.pipe(
      text(64),
      // Hex only, so a hash is safe in a link; 4 digits is git's shortest abbreviation.
      v.regex(/^[0-9a-f]{4,64}$/i, (i) => `must be a commit hash (4 to 64 hex digits), got ${JSON.stringify(i.input)}`),
    ),
  ),
  pullRequest: droppable('context.pullRequest', int(1, 1e12)),
  runner: contextText('runner'),
});

/**
 * A hardware-neutral account of the work (src/meter/work.ts), so runs on different machines
 * can be compared like with like (src/baseline/like-for-like.ts). Optional: reports from
 * before it was added have none.
 */
export const WorkAccountSchema = obj({
  /** Σ utilisation × vCPUs × interval s: the CPU time the job kept busy, s. */
  cpuSeconds: num(),
  /** Seconds spent in each 10 % utilisation band: [0, 10 %), [10, 20 %) … [90, 100 %]; 10 numbers. */
  utilisationHistogramS: numbers(10),
  /** Σ utilisation × interval s within each band (so a band's mean utilisation is busyS ÷ seconds); 10 numbers. */
  utilisationHistogramBusyS: numbers(10),
  /** Memory GB × durationS. */
  memoryGbS: num(),
  /**
   * What machines this run can be compared with as they are: the same CPU model and vCPU count (in container scope, the
   * container's CPU allowance, which can be fractional).
   */
  machineClass: obj({ cpuModel: text(NAME_MAX), vcpus: num(0, 1e5) }),
  /** What re-pricing other runs on this machine needs: its CPU curve (W at 0, 10 … 100 %) and memory W/GB. */
  pricing: obj({ cpuCurveW: numbers(11, 1e6), memoryWPerGb: num(0, 100) }),
});

export const ReportSchema = obj({
  schemaVersion: exactly(REPORT_SCHEMA_VERSION),
  tool: obj({ name: exactly('carbon-action'), version: text(40) }),
  kind: oneOf(['cli', 'action']),
  startedAt: date(),
  endedAt: date(),
  durationS: num(),
  command: droppable('command', list('command', text(NAME_MAX), REPORT_LIST_MAX.command)),
  // Windows exit codes are unsigned 32-bit (an access violation is 3221225477).
  exitCode: droppable('exitCode', v.nullable(int(-2147483648, 4294967295))),
  /** The signal that ended the command ("SIGTERM"), when exitCode is null because one did. */
  signal: optionalText('signal', 20),
  /** IT energy, before PUE. cpuRange (model only): the CPU energy's uncertainty band, [low, high] Wh. */
  energyWh: obj({
    total: num(),
    cpu: num(),
    memory: num(),
    gpu: num(),
    cpuRange: droppable(
      'energyWh.cpuRange',
      v.pipe(
        v.strictTuple([num(), num()], 'must be [low, high]'),
        v.check(([low, high]) => low <= high, 'must have low ≤ high'),
      ),
    ),
  }),
  powerW: obj({ mean: num(), peak: num() }),
  methods: MethodsInfoSchema,
  machine: MachineInfoSchema,
  pue: PueInfoSchema,
  intensity: IntensityInfoSchema,
  /** total = operational (+ embodied only when includeEmbodied). */
  co2eG: obj({ total: num(), operational: num(), embodied: num() }),
  includeEmbodied: bool(),
  embodied: EmbodiedInfoSchema,
  /** SCI score with one run as the functional unit. */
  sci: obj({ gPerRun: num(), functionalUnit: exactly('run') }),
  equivalents: listOrEmpty('equivalents', EquivalentSchema, REPORT_LIST_MAX.perRun),
  greenerRegions: listOrEmpty('greenerRegions', GreenerRegionSchema, REPORT_LIST_MAX.perRun),
  samples: SamplesSummarySchema,
  steps: droppable('steps', list('steps', StepEnergySchema, REPORT_LIST_MAX.steps)),
  context: droppable('context', RunContextSchema),
  /** Hardware-neutral account of the work; absent from reports written before it existed. */
  work: droppable('work', WorkAccountSchema),
  warnings: listOrEmpty('warnings', text(), REPORT_LIST_MAX.warnings),
});

/** A line of a history file is a report (JSON Lines, oldest first): the same schema, one name for the readers. */
export const HistoryEntrySchema = ReportSchema;

export type Report = v.InferOutput<typeof ReportSchema>;
export type HistoryEntry = Report;
export type MethodsInfo = v.InferOutput<typeof MethodsInfoSchema>;
export type CpuMethod = MethodsInfo['cpu']['method'];
export type GpuMethod = MethodsInfo['gpu']['method'];
export type GpuInfo = v.InferOutput<typeof GpuInfoSchema>;
export type CpuIdInfo = v.InferOutput<typeof CpuIdInfoSchema>;
export type MachineInfo = v.InferOutput<typeof MachineInfoSchema>;
export type RegionDecidedBy = (typeof DECIDED_BY)[number];
export type IntensityInfo = v.InferOutput<typeof IntensityInfoSchema>;
export type PueInfo = v.InferOutput<typeof PueInfoSchema>;
export type EmbodiedInfo = v.InferOutput<typeof EmbodiedInfoSchema>;
export type Equivalent = v.InferOutput<typeof EquivalentSchema>;
export type GreenerRegion = v.InferOutput<typeof GreenerRegionSchema>;
export type TimelinePoint = v.InferOutput<typeof TimelinePointSchema>;
export type SamplesSummary = v.InferOutput<typeof SamplesSummarySchema>;
export type StepEnergy = v.InferOutput<typeof StepEnergySchema>;
export type RunContext = v.InferOutput<typeof RunContextSchema>;
export type WorkAccount = v.InferOutput<typeof WorkAccountSchema>;

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
