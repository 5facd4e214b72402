import { loadDataJson } from '../data-files';
import {
  baseClockMhzFromName,
  coresPerChipFromName,
  cpuFamilyFromName,
  cpuGroup,
  loadCpuTdpTable,
  lookupTdpW,
  type CpuTdpTable,
} from './cpu-name';

// Whole-server wall power at 0, 10 … 100 % load, fitted to SPECpower_ssj2008 results
// (docs/methodology.md, "CPU power model"): a log-linear base model for idle and full load
// (fitted on every result) and a load shape between them (fitted on results with full
// curves), each corrected by a kernel-weighted mean of the base model's log residuals at
// nearby training servers. Pure: the fitted coefficients, residuals and the TDP table come
// in as data; predictServerPowerW() loads the committed ones.

/** Cloud Carbon Footprint's memory coefficient, W per GB (0.000392 kWh per GB-hour): the `memory-model: ccf` option. */
export const CCF_MEMORY_W_PER_GB = 0.392;
export type MemoryModel = 'measured' | 'ccf';
export const MEMORY_MODELS: readonly MemoryModel[] = ['measured', 'ccf'];

/**
 * THE memory coefficient, W per GB: the one figure that both splits memory out of a host
 * curve and charges a VM's own memory. `measured` is the fitted model's (SPECpower pairs
 * that differ only in memory); `ccf` is Cloud Carbon Footprint's 0.392.
 */
export function memoryWPerGb(
  memoryModel: MemoryModel = 'measured',
  model: Pick<PowerModelData, 'memoryWPerGb'> = loadPowerModel(),
): number {
  return memoryModel === 'ccf' ? CCF_MEMORY_W_PER_GB : model.memoryWPerGb;
}
/**
 * Memory assumed per host hardware thread when the host's memory is unknown (cloud general-purpose VMs give 4 GB per
 * vCPU).
 */
export const DEFAULT_HOST_GB_PER_THREAD = 4;
/** Load levels of the curve, percent. */
export const LOAD_LEVELS_PCT = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;
/**
 * The model's 13 fitted outputs: the 11 levels (idle and 100 % fitted on every result,
 * 10–90 % on results with full curves), then idle and 100 % fitted on the full-curve
 * results only: the ends the load shape between idle and full is measured against.
 */
export const MODEL_OUTPUTS = 13;
const SHAPE_IDLE = 11;
const SHAPE_FULL = 12;

export interface ServerSpec {
  cpu: string;
  sockets?: number;
  cores?: number;
  threads?: number;
  memoryGb?: number;
  /** From the CPU table (src/meter/cpu-table.ts); each, when given, wins over what the name suggests. */
  tdpW?: number;
  releaseYear?: number;
  /** CPU table vendor id; only "amd" changes the model (its AMD term). */
  vendor?: string;
  /** Power-model family label ("icelake", "epyc-gen3" …). */
  microarchitecture?: string;
  /** Base clock, MHz (CPU table); used only by a model with a base-clock term. */
  baseClockMhz?: number;
}

export interface ServerCurve {
  /** 11 points: whole-server wall power, W, at 0, 10 … 100 % load. */
  wattsAtLoad: number[];
  /** TDP per chip, W. */
  tdpW: number;
  tdpSource: 'table' | 'default';
  matchedName: string | null;
  profile: string;
  family: string;
  sockets: number;
  threads: number;
  memoryGb: number;
  /** The part of every point that is memory (memoryGb × the model's memoryWPerGb). */
  memoryW: number;
  /** Share of the neighbours' residual applied, 0..1 (0: base model only, far from all training servers). */
  neighbourWeight: number;
  /** Measured servers of this very CPU model behind the same-model correction (0: none, the model is unseen). */
  cpuModelServers: number;
}

export interface PowerModelData {
  version: number;
  name: string;
  source: string;
  commit: string;
  licence: string;
  fitDate: string;
  /** Fitted memory power, W per GB: the figure memoryWPerGb('measured') returns. */
  memoryWPerGb: number;
  /** How memoryWPerGb was measured, with its uncertainty. */
  memory?: MemoryFit;
  features: string[];
  /** Era years are clamped to this range: the model never extrapolates in time. */
  eraYearRange: [number, number];
  /**
   * The load shape (outputs 1–9, 11, 12) is fitted on full curves only, the newest from this year: a newer CPU takes
   * the shape at this year rather than the shape's era trend extrapolated. Absent: eraYearRange[1].
   */
  shapeEraYearMax?: number;
  /**
   * [output][feature], log-space coefficients of the CPU-and-platform part; MODEL_OUTPUTS outputs (11 levels, then the
   * shape's idle and full).
   */
  coefficients: number[][];
  /** Per-family log-space offsets per output (ridge-shrunk towards 0). */
  familyOffsets: Record<string, number[]>;
  defaults: { tdpWPerCore: number; tdpWPerThread: number; tdpW: number };
  /** Absent: base model only. */
  residualKernel?: ResidualKernel;
  /** Absent: no same-CPU-model correction. */
  cpuModelCorrection?: CpuModelCorrection;
  /**
   * Absent: no base-clock term. Present: x gains ln(clock ÷ neutralMhz), the clock from the CPU table, else the name's
   * "@ 2.10GHz", else neutralMhz itself (the training servers' median, which the fit gives a server without one).
   */
  baseClock?: { neutralMhz: number };
  loco: { medianAbsPctErr: number; meanAbsPctErr: number; cpuModels: number; servers: number };
  /** Grouped-CV quantiles of measured ÷ predicted CPU-and-platform power: the report's cpuRange. */
  uncertainty?: UncertaintyTable;
}

export interface MemoryFit {
  method: string;
  /** Median of the pairs' W/GB at idle and at 100 %. */
  idleWPerGb: number;
  fullWPerGb: number;
  /** 90 % interval of wPerGb, bootstrap over CPU models. */
  low: number;
  high: number;
  pairs: number;
}

export interface RatioBand {
  /** Quantiles of measured ÷ predicted (non-memory power), grouped CV. */
  low: number;
  high: number;
  /** Held-out servers behind the quantiles. */
  servers: number;
}

export interface UncertaintyTable {
  /** Central share of the held-out errors the band covers, e.g. 0.8 for the 10th–90th percentiles. */
  coverage: number;
  /** Keyed by microarchitecture family (the CPU's vendor and generation); used with at least minServers. */
  byFamily: Record<string, RatioBand>;
  byVendor: Record<string, RatioBand>;
  all: RatioBand;
  minServers: number;
}

/**
 * Correction c_k = Σ w_i·r_ik / (Σ w_i + λ), w_i = exp(−|z − z_i|² / 2h²), applied as
 * P_k × exp(c_k). λ acts as λ pseudo-servers with zero residual, so far from every training
 * server the correction fades to nothing and the base model stands alone.
 */
export interface ResidualKernel {
  /** Names of the coordinates (KERNEL_COORDINATES). */
  coordinates: string[];
  /** Each coordinate is divided by its scale (SD over the training servers). */
  scales: number[];
  /** h, in scaled units. */
  bandwidth: number;
  /** λ. */
  priorWeight: number;
  /**
   * The load shape's own h and λ (outputs 1–9 and the shape's idle and full), chosen apart from idle and full load's;
   * absent: the same as theirs.
   */
  shape?: { bandwidth: number; priorWeight: number };
  /** Training servers' scaled coordinates. */
  points: number[][];
  /**
   * Training servers' residuals of the fit per output: ln(measured W − memory W, floored at 20 % of W) − base ln W;
   * null where the result has no such level.
   */
  lnResiduals: (number | null)[][];
}

/**
 * Servers of the same CPU model (cpuGroup(): 9654 with 9654P) share more than any neighbour can tell: the platform
 * generation, the BIOS defaults their vendors ship. A CPU model the training data measured gets the shrunk mean of its
 * servers' ln residuals, m_k = Σ e_ik / (n + κ), where e_ik is what is left after the base model and the neighbour
 * correction as a new system of that model would get them (without the server's own system). κ = σ²within /
 * τ²between, estimated from the training servers, is how many zero-residual pseudo-servers that mean is shrunk
 * towards (empirical Bayes). An unseen CPU model gets nothing.
 */
export interface CpuModelCorrection {
  /** κ, in servers. */
  shrinkage: number;
  /** Per CPU model: m_k per output, null where none of its servers measured that output. */
  lnOffsets: Record<string, (number | null)[]>;
  /** Measured servers per CPU model. */
  servers: Record<string, number>;
}

export interface ModelInputs {
  chips: number;
  tdpW: number;
  threads: number;
  /** Physical cores, all chips. */
  cores: number;
  eraYear: number;
  vendor: string;
  /** ln(base clock ÷ the model's neutral clock); only for a model with a base-clock term. */
  lnBaseClock?: number;
}

export const MODEL_FEATURES = [
  'intercept',
  'lnChipsTdpW',
  'lnThreads',
  'lnChips',
  'era',
  'eraSquared',
  'amd',
  'amdEra',
  'arm',
  'lnCoresPerChip',
];

/**
 * 1 for ARM parts: any vendor but Intel and AMD (CPU table ids arm, ampere, apple, nvidia, aws …; "other" from the
 * name rules).
 */
const isArm = (vendor: string): number => (vendor === 'intel' || vendor === 'amd' ? 0 : 1);

/** The base-clock term's name: after MODEL_FEATURES, and after KERNEL_COORDINATES when it is a neighbour coordinate. */
export const BASE_CLOCK_FEATURE = 'lnBaseClock';

/** Feature vector, in MODEL_FEATURES order (then lnBaseClock, when the inputs have it). era = (year − 2015) / 5. */
export function modelFeatures(x: ModelInputs): number[] {
  const era = (x.eraYear - 2015) / 5;
  const amd = x.vendor === 'amd' ? 1 : 0;
  return [
    1,
    Math.log(x.chips * x.tdpW),
    Math.log(x.threads),
    Math.log(x.chips),
    era,
    era * era,
    amd,
    amd * era,
    isArm(x.vendor),
    Math.log(x.cores / x.chips),
    ...(x.lnBaseClock !== undefined ? [x.lnBaseClock] : []),
  ];
}

/** Whether output o is one of the load-shape outputs (10–90 %, and the full-curve idle and full). */
const isShapeOutput = (o: number): boolean => o !== 0 && o !== 10;

/**
 * Base model, ln W of the CPU-and-platform part (everything but memory) per output: β·x + familyOffset. The shape
 * outputs see the era clamped to shapeEraYearMax.
 */
export function baseLogCurve(model: PowerModelData, x: ModelInputs, family: string): number[] {
  const f = modelFeatures(x);
  const shapeYear = model.shapeEraYearMax;
  const fShape = shapeYear !== undefined && x.eraYear > shapeYear ? modelFeatures({ ...x, eraYear: shapeYear }) : f;
  const offsets = model.familyOffsets[family];
  return model.coefficients.map((beta, k) => {
    const fk = isShapeOutput(k) ? fShape : f;
    let s = offsets ? offsets[k] : 0;
    for (let j = 0; j < beta.length; j++) s += beta[j] * fk[j];
    return s;
  });
}

/**
 * The 11-level CPU-and-platform curve from the 13 ln outputs: idle I and full F from the
 * outputs fitted on every result; in between, the load shape of the full-curve outputs,
 * s_k = (A_k − A_idle) / (A_full − A_idle), so W_k = I + (F − I)·s_k. Results with only
 * idle and 100 % thus move the ends without anything being invented in between.
 */
export function curveFromOutputs(lnOutputs: number[]): number[] {
  const a = lnOutputs.map((v) => Math.exp(v));
  const idle = a[0];
  const full = a[10];
  const span = a[SHAPE_FULL] - a[SHAPE_IDLE];
  const shape = LOAD_LEVELS_PCT.map((pct, k) => {
    if (k === 0) return 0;
    if (k === 10) return 1;
    if (!(span > 0)) return pct / 100;
    return Math.min(1, Math.max(0, (a[k] - a[SHAPE_IDLE]) / span));
  });
  return nonDecreasing(nonDecreasing(shape).map((sk) => idle + (full - idle) * sk));
}

/** Base model, watts at each level: the curve from exp(β·x + familyOffset), plus memory. */
export function baseCurveFromInputs(model: PowerModelData, x: ModelInputs, family: string, memoryGb: number): number[] {
  const memoryW = memoryGb * model.memoryWPerGb;
  return curveFromOutputs(baseLogCurve(model, x, family)).map((w) => w + memoryW);
}

/**
 * The closest non-decreasing sequence in least squares (pool adjacent violators). Each load
 * level is fitted on its own, so for machines far outside SPECpower's range (a 2-thread VM
 * taken as a whole server) the levels can cross: more watts idle than busy. Power never
 * falls as load rises, so crossing levels are pooled to their mean.
 */
export function nonDecreasing(values: number[]): number[] {
  const blocks: { sum: number; n: number }[] = [];
  for (const v of values) {
    blocks.push({ sum: v, n: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const prev = blocks[blocks.length - 2];
      if (prev.sum / prev.n <= last.sum / last.n) break;
      prev.sum += last.sum;
      prev.n += last.n;
      blocks.pop();
    }
  }
  return blocks.flatMap((b) => new Array<number>(b.n).fill(b.sum / b.n));
}

export const KERNEL_COORDINATES = [
  'era',
  'lnTdpWPerChip',
  'lnThreadsPerChip',
  'lnChips',
  'amd',
  'arm',
  'lnMemoryGbPerThread',
];

/** Unscaled neighbour coordinates, in KERNEL_COORDINATES order. era = (year − 2015) / 5. */
export function kernelCoordinates(x: ModelInputs, memoryGb: number): number[] {
  return [
    (x.eraYear - 2015) / 5,
    Math.log(x.tdpW),
    Math.log(x.threads / x.chips),
    Math.log(x.chips),
    x.vendor === 'amd' ? 1 : 0,
    isArm(x.vendor),
    Math.log(memoryGb / x.threads),
    ...(x.lnBaseClock !== undefined ? [x.lnBaseClock] : []),
  ];
}

/**
 * Squared distances from unscaled coordinates to every (scaled) training point, over the kernel's own coordinates (the
 * first scales.length: a kernel without the base clock ignores it).
 */
export function squaredDistances(kernel: Pick<ResidualKernel, 'scales' | 'points'>, coordinates: number[]): number[] {
  const z = coordinates.slice(0, kernel.scales.length).map((c, j) => c / kernel.scales[j]);
  return kernel.points.map((p) => p.reduce((s, v, j) => s + (v - z[j]) ** 2, 0));
}

/**
 * ln-corrections per output and the weight share Σw / (Σw + λ) at idle, from squared
 * distances. A server without a level (null residual) does not vote on that level.
 */
export function correctionFromDistances(
  squaredDist: number[],
  lnResiduals: (number | null)[][],
  bandwidth: number,
  priorWeight: number,
): { lnCorrection: number[]; weight: number } {
  const levels = lnResiduals[0]?.length ?? MODEL_OUTPUTS;
  const sum = new Array<number>(levels).fill(0);
  const wSum = new Array<number>(levels).fill(0);
  squaredDist.forEach((d2, i) => {
    const w = Math.exp(-d2 / (2 * bandwidth * bandwidth));
    if (w === 0) return;
    for (let k = 0; k < levels; k++) {
      const r = lnResiduals[i][k];
      if (r === null) continue;
      wSum[k] += w;
      sum[k] += w * r;
    }
  });
  const lnCorrection = sum.map((s, k) => (wSum[k] + priorWeight > 0 ? s / (wSum[k] + priorWeight) : 0));
  const d0 = (wSum[0] ?? 0) + priorWeight;
  return { lnCorrection, weight: d0 > 0 ? (wSum[0] ?? 0) / d0 : 0 };
}

/**
 * The neighbour correction for every output from squared distances: idle and full load at the kernel's h and λ, the
 * load shape at its own where the kernel has them. The weight share is idle's.
 */
export function kernelCorrection(
  kernel: Pick<ResidualKernel, 'lnResiduals' | 'bandwidth' | 'priorWeight' | 'shape'>,
  squaredDist: number[],
): { lnCorrection: number[]; weight: number } {
  const ends = correctionFromDistances(squaredDist, kernel.lnResiduals, kernel.bandwidth, kernel.priorWeight);
  if (!kernel.shape) return ends;
  const shape = correctionFromDistances(
    squaredDist,
    kernel.lnResiduals,
    kernel.shape.bandwidth,
    kernel.shape.priorWeight,
  );
  return {
    lnCorrection: ends.lnCorrection.map((c, o) => (isShapeOutput(o) ? shape.lnCorrection[o] : c)),
    weight: ends.weight,
  };
}

/**
 * Watts at each level: exp(β·x + familyOffset + neighbour correction) + memory. The
 * correction scales only the CPU-and-platform part, so memory stays at memoryWPerGb, the
 * figure a VM's share subtracts.
 */
export function curveFromInputs(
  model: PowerModelData,
  x: ModelInputs,
  family: string,
  memoryGb: number,
  cpuModel?: string,
): { watts: number[]; neighbourWeight: number; cpuModelServers: number } {
  const memoryW = memoryGb * model.memoryWPerGb;
  const logs = baseLogCurve(model, x, family);
  const kernel = model.residualKernel;
  const own = cpuModel !== undefined ? model.cpuModelCorrection?.lnOffsets[cpuModel] : undefined;
  const cpuModelServers = own ? (model.cpuModelCorrection?.servers[cpuModel as string] ?? 0) : 0;
  // Without a kernel there is no neighbour correction: adding 0 leaves each (finite) log as it is.
  const c = kernel ? kernelCorrection(kernel, squaredDistances(kernel, kernelCoordinates(x, memoryGb))) : null;
  const ln = logs.map((s, k) => s + (c?.lnCorrection[k] ?? 0) + (own?.[k] ?? 0));
  return { watts: curveFromOutputs(ln).map((w) => w + memoryW), neighbourWeight: c?.weight ?? 0, cpuModelServers };
}

function checkPositive(name: string, value: number | undefined, integer: boolean): void {
  if (value === undefined) return;
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`power model: ${name} is ${value}; expected a positive ${integer ? 'integer' : 'number'}`);
  }
}

const round1 = (w: number) => Math.round(w * 10) / 10;

/** What the runtime knows about a server once its name has been read and gaps filled. */
export interface ResolvedServer {
  inputs: ModelInputs;
  family: string;
  /** CPU model (cpuGroup()), for the same-model correction. */
  cpuModel: string;
  memoryGb: number;
  match: { tdpW: number; matchedName: string } | null;
}

/** Name → TDP (table or default), family, era and vendor; missing counts and memory filled in. */
export function resolveServer(model: PowerModelData, table: CpuTdpTable, spec: ServerSpec): ResolvedServer {
  if (typeof spec.cpu !== 'string')
    throw new Error(`power model: cpu is ${String(spec.cpu)}; expected a CPU model name`);
  checkPositive('sockets', spec.sockets, true);
  checkPositive('cores', spec.cores, true);
  checkPositive('threads', spec.threads, true);
  checkPositive('memoryGb', spec.memoryGb, false);
  checkPositive('tdpW', spec.tdpW, false);
  checkPositive('releaseYear', spec.releaseYear, true);
  checkPositive('baseClockMhz', spec.baseClockMhz, false);

  const sockets = spec.sockets ?? 1;
  const nameCores = coresPerChipFromName(spec.cpu);
  const cores =
    spec.cores ?? (nameCores ? nameCores * sockets : spec.threads ? Math.max(1, Math.round(spec.threads / 2)) : null);
  const looked = spec.cpu.trim() ? lookupTdpW(spec.cpu, table) : null;
  const match = spec.tdpW !== undefined ? { tdpW: spec.tdpW, matchedName: spec.cpu.trim() || 'unknown CPU' } : looked;
  // Unknown CPU: TDP from its size at the SPECpower median W per core (or per thread).
  const tdpW =
    match?.tdpW ??
    (cores
      ? (model.defaults.tdpWPerCore * cores) / sockets
      : spec.threads
        ? (model.defaults.tdpWPerThread * spec.threads) / sockets
        : model.defaults.tdpW);
  const threads =
    spec.threads ?? (cores ? cores * 2 : Math.max(1, Math.round((tdpW * sockets) / model.defaults.tdpWPerThread)));
  const memoryGb = spec.memoryGb ?? threads * DEFAULT_HOST_GB_PER_THREAD;

  const fam = cpuFamilyFromName(spec.cpu);
  const [lo, hi] = model.eraYearRange;
  // Unknown era: assume the newest the model knows, since an unnamed CPU today is recent.
  const eraYear = Math.min(hi, Math.max(lo, spec.releaseYear ?? fam.eraYear ?? hi));
  const vendor = spec.vendor ?? fam.vendor;
  const physicalCores = cores ?? Math.max(sockets, Math.round(threads / 2));
  const neutralMhz = model.baseClock?.neutralMhz;
  const clock = neutralMhz
    ? { lnBaseClock: Math.log((spec.baseClockMhz ?? baseClockMhzFromName(spec.cpu) ?? neutralMhz) / neutralMhz) }
    : {};
  return {
    inputs: { chips: sockets, tdpW, threads, cores: physicalCores, eraYear, vendor, ...clock },
    family: spec.microarchitecture ?? fam.family,
    cpuModel: cpuGroup(spec.cpu),
    memoryGb,
    match,
  };
}

/** Predicts with explicit data (the derive script and tests use this; runtime uses predictServerPowerW). */
export function predictWithModel(model: PowerModelData, table: CpuTdpTable, spec: ServerSpec): ServerCurve {
  const { inputs, family, cpuModel, memoryGb, match } = resolveServer(model, table, spec);
  const { chips: sockets, tdpW, threads } = inputs;
  const fitted = curveFromInputs(model, inputs, family, memoryGb, cpuModel);
  const { neighbourWeight, cpuModelServers } = fitted;
  const memoryPartW = memoryGb * model.memoryWPerGb;
  const wattsAtLoad = withMinimumRise(
    fitted.watts.map((w) => w - memoryPartW),
    MIN_RISE_PER_TDP * inputs.chips * inputs.tdpW,
  ).map((w) => w + memoryPartW);

  const tdpSource = match ? 'table' : 'default';
  const label = match ? match.matchedName : spec.cpu.trim() || 'unknown CPU';
  const profile =
    `${model.name}, ${label} (${round1(tdpW)} W TDP, ${tdpSource}), ` +
    `${sockets} socket${sockets > 1 ? 's' : ''}, ${threads} threads, ${round1(memoryGb)} GB` +
    (cpuModelServers > 0 ? `, corrected by ${cpuModelServers} measured servers of this CPU model` : '');
  return {
    wattsAtLoad,
    tdpW,
    tdpSource,
    matchedName: match?.matchedName ?? null,
    profile,
    family,
    sockets,
    threads,
    memoryGb,
    memoryW: memoryGb * model.memoryWPerGb,
    neighbourWeight,
    cpuModelServers,
  };
}

/**
 * Of 517 SPECpower servers with full curves (2007–2022 and the EPYC 7763 set), the rise from
 * idle to 100 % load, (P100 − Pidle) ÷ (chips × TDP), is at least 0.48 in 99 % of them (5th
 * percentile 0.56, median 0.85). Small client chips lie outside the training range, where the
 * fit can return a curve that hardly rises; a flat curve would charge a busy job the same as
 * an idle one, so the rise is never allowed below this floor.
 */
export const MIN_RISE_PER_TDP = 0.5;

/**
 * Keeps the full-load point, the fit's surest level (2023+ full-load error 10.9 % against 18.1 %
 * at idle), and stretches the curve below it so that it rises by at least minRiseW: each
 * level's distance below full load is scaled by minRiseW ÷ (full − idle). A flat curve takes
 * a linear shape. The rise is capped at 90 % of the full-load power so idle stays positive.
 */
export function withMinimumRise(curveW: number[], minRiseW: number): number[] {
  const idle = curveW[0];
  const full = curveW[curveW.length - 1];
  const rise = Math.min(minRiseW, 0.9 * full);
  if (!(full - idle < rise)) return curveW;
  if (full - idle <= 0) return curveW.map((_, k) => full - rise * (1 - k / (curveW.length - 1)));
  const stretch = rise / (full - idle);
  return curveW.map((w) => full - (full - w) * stretch);
}

export function loadPowerModel(): PowerModelData {
  return loadDataJson<PowerModelData>('power-model.json');
}

/** Whole-server wall power curve for a server, from the committed model and TDP table. */
export function predictServerPowerW(spec: ServerSpec): ServerCurve {
  return predictWithModel(loadPowerModel(), loadCpuTdpTable(), spec);
}

/** Piecewise-linear between the 11 points; utilisation (0..1) is clamped to [0, 1]. */
export function powerAtUtilisationW(curve: number[], utilisation: number): number {
  if (curve.length !== LOAD_LEVELS_PCT.length) {
    throw new Error(
      `power model: curve has ${curve.length} points; expected ${LOAD_LEVELS_PCT.length} (0, 10 … 100 %)`,
    );
  }
  if (Number.isNaN(utilisation)) throw new Error('power model: utilisation is NaN; expected a number in [0, 1]');
  const u = Math.min(1, Math.max(0, utilisation)) * 10;
  const i = Math.min(9, Math.floor(u));
  return curve[i] + (curve[i + 1] - curve[i]) * (u - i);
}

export interface VmCurve {
  /** 11 points: the VM's CPU (and proportional platform) power, W, at its own 0, 10 … 100 % utilisation. */
  cpuWattsAtLoad: number[];
  /** vmThreads / hostThreads. */
  share: number;
  /** Host memory power taken out before sharing (metered separately for the VM's own memory). */
  hostMemoryW: number;
  profile: string;
}

/**
 * The VM's CPU power: (host curve − host memory power) × vmThreads / hostThreads.
 * Memory is metered apart at the same W/GB (memoryWPerGb()) for the VM's own memory, so
 * the host's is removed here; fans, PSU loss and disks stay in, shared in proportion to threads.
 */
export function vmCpuCurve(
  host: ServerCurve,
  hostMemoryGb: number,
  vmThreads: number,
  hostThreads: number,
  wPerGb: number = memoryWPerGb(),
): VmCurve {
  checkPositive('vmThreads', vmThreads, true);
  checkPositive('hostThreads', hostThreads, true);
  if (!Number.isFinite(hostMemoryGb) || hostMemoryGb < 0) {
    throw new Error(`power model: hostMemoryGb is ${hostMemoryGb}; expected a number ≥ 0`);
  }
  if (vmThreads > hostThreads) {
    throw new Error(`power model: vmThreads is ${vmThreads}; expected at most hostThreads (${hostThreads})`);
  }
  const share = vmThreads / hostThreads;
  const hostMemoryW = hostMemoryGb * wPerGb;
  const cpuWattsAtLoad = host.wattsAtLoad.map((w) => Math.max(0, w - hostMemoryW) * share);
  const profile = share === 1 ? host.profile : `${host.profile}; VM share ${vmThreads}/${hostThreads} threads`;
  return { cpuWattsAtLoad, share, hostMemoryW, profile };
}

// Host inference (which server a machine runs on) lives in ./host.ts.

export interface CpuBand extends RatioBand {
  /** Which quantiles were used: "family epyc-gen3", "vendor amd" or "all CPUs". */
  basis: string;
  /** Central share of held-out errors inside [low, high]. */
  coverage: number;
}

/**
 * The CPU energy's uncertainty band as factors on the modelled figure: grouped-CV quantiles
 * of measured ÷ predicted for the CPU's microarchitecture family when enough held-out
 * servers had it, else for its vendor, else for all CPUs. [1, 1] for a model without them.
 */
export function cpuBand(model: Pick<PowerModelData, 'uncertainty'>, family: string, vendor: string): CpuBand {
  const u = model.uncertainty;
  if (!u) return { low: 1, high: 1, servers: 0, basis: 'none', coverage: 0 };
  const f = u.byFamily[family];
  if (f && f.servers >= u.minServers) return { ...f, basis: `family ${family}`, coverage: u.coverage };
  const v = u.byVendor[vendor];
  if (v && v.servers >= u.minServers) return { ...v, basis: `vendor ${vendor}`, coverage: u.coverage };
  return { ...u.all, basis: 'all CPUs', coverage: u.coverage };
}
