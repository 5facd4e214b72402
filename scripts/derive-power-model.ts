// Derives data/cpu-tdp.json, data/power-model.json and data/power-model-eval.json from
// ../shared (SPECpower_ssj2008 results and CodeCarbon's TDP table), and prints the
// leave-one-CPU-model-out table that docs/methodology.md quotes.
//   npx tsx scripts/derive-power-model.ts
// Output is byte-identical on rerun: no clocks, sorted keys, rounded coefficients.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { requireSharedFiles } from './shared-inputs';
import {
  baseClockMhzFromName,
  cpuFamilyFromName,
  cpuGroup,
  lookupTdpW,
  normaliseCpuName,
  type CpuTdpTable,
} from '../src/meter/cpu-name';

export { cpuGroup };
import { loadCpuTable, lookupCpu, type CpuTable } from '../src/meter/cpu-table';
import { inferHost } from '../src/meter/host';
import {
  BASE_CLOCK_FEATURE,
  baseLogCurve,
  CCF_MEMORY_W_PER_GB,
  correctionFromDistances,
  kernelCorrection,
  curveFromOutputs,
  KERNEL_COORDINATES,
  kernelCoordinates,
  LOAD_LEVELS_PCT,
  MODEL_FEATURES,
  MODEL_OUTPUTS,
  modelFeatures,
  predictWithModel,
  resolveServer,
  squaredDistances,
  vmCpuCurve,
  type MemoryFit,
  type ModelInputs,
  type PowerModelData,
  type RatioBand,
  type CpuModelCorrection,
  type ResidualKernel,
  type ServerSpec,
  type UncertaintyTable,
} from '../src/meter/power-model';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = join(repoRoot, '..', 'shared');
const FIT_DATE = '2025-11-23';
const SPEC_SOURCE =
  'SPECpower_ssj2008 results via green-coding-solutions/cloud-energy data/spec_data_cleaned_unmelted.csv (2007–2022, EPYC 7763) and cloud-carbon-footprint/ccf-coefficients data/SPECpower-2026-03-09.csv (2023–2026)';
const SPEC_COMMIT = '6a25a2b; b0032d9';
const TDP_SOURCE = 'mlco2/codecarbon codecarbon/data/hardware/cpu_power.csv';
const TDP_COMMIT = 'b05965e';
/** Ridge penalty on family offsets (× total weight); base features are unpenalised. */
const FAMILY_PENALTY = 0.01;
/** IRLS stops here or when no coefficient moves by more than IRLS_TOLERANCE. */
const IRLS_ITERATIONS = 15;
const IRLS_TOLERANCE = 1e-5;
const RECENT_ERA_YEAR = 2019;
/** Residual floor of the L1 re-weighting, log units (≈ 2 %). */
const IRLS_FLOOR = 0.02;
/**
 * Neighbour-correction grid searched by inner cross-validation. λ stops at 0.1: it is what
 * pulls the correction to zero far from the training servers (a new CPU generation), so it
 * is not allowed to vanish.
 */
export const KERNEL_BANDWIDTHS = [0.35, 0.5, 0.75, 1];
export const KERNEL_PRIOR_WEIGHTS = [0.1, 0.3, 1, 3];
/** Inner folds: training CPU models, sorted, dealt round-robin. */
const INNER_FOLDS = 3;
/**
 * Experiment switch, POWER_MODEL_VARIANT: unset (CI, derive-data) fits the shipped model. `shape`: the load shape's
 * outputs get their own h and λ by the inner CV; `shapeoff`: no neighbour correction on them; `era2`: era counts double
 * in the neighbour distance. docs/methodology.md gives each one's figures; none is shipped.
 */
const VARIANT = process.env.POWER_MODEL_VARIANT ?? '';
/**
 * `clock`: ln(base clock ÷ the training servers' median) joins the base model's features, and the inner CV also chooses
 * whether it joins the neighbour distance (docs/methodology.md, "Base clock").
 */
const CLOCK = VARIANT.includes('clock');

// ---------- the three published formulas, as whole-server wall power ----------

export interface BaselineServer {
  chips: number;
  tdpW: number;
  threads: number;
  memoryGb: number;
  family: string;
}

/** CodeCarbon ("machine" cpu_load mode): TDP × (0.1 + 0.9·u³) per chip, RAM at 3 W per 8 GB. */
export const CODECARBON_RAM_W_PER_GB = 3 / 8;
export function codeCarbonW(s: BaselineServer, u: number): number {
  return s.chips * s.tdpW * (0.1 + 0.9 * u ** 3) + CODECARBON_RAM_W_PER_GB * s.memoryGb;
}

/**
 * Cloud Carbon Footprint per-thread min/max W by microarchitecture
 * (packages/core/src/compute/ComputeProcessorTypes.ts).
 */
export const CCF_WATTS_PER_THREAD: Record<string, { minW: number; maxW: number }> = {
  cascadelake: { minW: 0.64, maxW: 3.97 },
  skylake: { minW: 0.65, maxW: 4.26 },
  broadwell: { minW: 0.71, maxW: 3.69 },
  haswell: { minW: 1.0, maxW: 4.74 },
  coffeelake: { minW: 1.14, maxW: 5.42 },
  sandybridge: { minW: 2.17, maxW: 8.58 },
  ivybridge: { minW: 3.04, maxW: 8.25 },
  'epyc-gen1': { minW: 0.82, maxW: 2.55 },
  'epyc-gen2': { minW: 0.47, maxW: 1.69 },
  'epyc-gen3': { minW: 0.45, maxW: 2.02 },
};
/** CCF's fallback for microarchitectures it has no coefficients for (AWS averages). */
export const CCF_AVERAGE = { minW: 0.74, maxW: 3.5 };
export function ccfW(s: BaselineServer, u: number): number {
  const c = CCF_WATTS_PER_THREAD[s.family] ?? CCF_AVERAGE;
  return s.threads * (c.minW + u * (c.maxW - c.minW)) + CCF_MEMORY_W_PER_GB * s.memoryGb;
}

/** Teads: 0/10/50/100 % → 0.12/0.32/0.75/1.02 × TDP per chip, linear between; memory at CCF's 0.392 W/GB. */
const TEADS_U = [0, 0.1, 0.5, 1];
const TEADS_F = [0.12, 0.32, 0.75, 1.02];
export function teadsW(s: BaselineServer, u: number): number {
  const x = Math.min(1, Math.max(0, u));
  let i = 0;
  while (i < TEADS_U.length - 2 && x > TEADS_U[i + 1]) i++;
  const f = TEADS_F[i] + ((TEADS_F[i + 1] - TEADS_F[i]) * (x - TEADS_U[i])) / (TEADS_U[i + 1] - TEADS_U[i]);
  return s.chips * s.tdpW * f + CCF_MEMORY_W_PER_GB * s.memoryGb;
}

// ---------- data ----------

export type SpecSet = 'spec2007' | 'epyc7763' | 'spec2023';
export const SET_LABELS: Record<SpecSet, string> = {
  spec2007: '2007–2022 full curves',
  epyc7763: 'EPYC 7763 servers',
  spec2023: '2023+ idle and full load',
};

export interface SpecServer {
  group: string; // CPU model family (variants such as 8534P/8534PN together): the leave-out unit
  cpu: string; // as a machine might report it
  chips: number;
  cores: number;
  threads: number;
  memoryGb: number;
  tdpW: number | null; // SPEC's parsed TDP per chip; null where the file has none (2023+)
  architecture: string;
  /** Vendor and system model: results of one system (often resubmitted) are held out together. */
  system: string;
  set: SpecSet;
  /** 11 levels, W; null where the result did not measure that level (2023+: idle and 100 % only). */
  wattsAtLoad: (number | null)[];
}

const LEVEL_COLUMNS = ['ActiveIdle', ...LOAD_LEVELS_PCT.slice(1).map((p) => `${p}_AvgPower`)];

export function readSpecServers(csvText: string, set: SpecSet = 'spec2007'): SpecServer[] {
  const records = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const rows: SpecServer[] = [];
  for (const r of records) {
    const tdpW = Number(r.TDP);
    if (!r.TDP || !(tdpW > 0)) continue; // 7 results without a parsed TDP cannot be fitted
    rows.push({
      group: cpuGroup(r.HW_CPUName),
      cpu: r.HW_CPUName,
      chips: Number(r.CPUChips),
      cores: Number(r.CPUCores),
      threads: Number(r.CPUThreads),
      memoryGb: Number(r.HW_MemAmountGB),
      tdpW,
      architecture: r.Architecture,
      system: `${r.HW_Vendor} | ${r.HW_Model}`,
      set,
      wattsAtLoad: LEVEL_COLUMNS.map((c) => Number(r[c])),
    });
  }
  return rows;
}

/**
 * Servers smaller than this many GB are not in SPECpower's 2023+ results (the smallest is a 1-socket Xeon E with
 * 16 GB): a "Total Memory (GB)" below it has lost its unit.
 */
export const MIN_2023_MEMORY_GB = 8;
/** Fewest threads a server reported with memory in whole TB may have: below this, 1–7 TB would be implausible. */
const MIN_TB_SERVER_THREADS = 64;

/**
 * "Total Memory (GB)" of CCF's extract, in GB, with the unit it was read in. Eight 2024 results of 2–4-socket Xeon
 * servers (256–512 threads) carry 1 there: SPEC's "1 TB" with its unit dropped (1 GB would be 2–4 MB per thread, and no
 * DDR5 server has less than one 16 GB DIMM). So a whole number of 1–7 on a server of at least 64 threads is TB
 * (× 1024); any other value under 8 is refused, naming the row, rather than guessed.
 */
export function ccfMemoryGb(value: string, threads: number, row: string): { memoryGb: number; unit: 'GB' | 'TB' } {
  const v = Number(value);
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`derive-power-model: "Total Memory (GB)" is ${JSON.stringify(value)} for ${row}; expected > 0`);
  if (v >= MIN_2023_MEMORY_GB) return { memoryGb: v, unit: 'GB' };
  if (Number.isInteger(v) && threads >= MIN_TB_SERVER_THREADS) return { memoryGb: v * 1024, unit: 'TB' };
  throw new Error(
    `derive-power-model: "Total Memory (GB)" is ${value} for ${row} (${threads} threads); expected ≥ ${MIN_2023_MEMORY_GB} GB, or a whole number of TB on a server of ≥ ${MIN_TB_SERVER_THREADS} threads`,
  );
}

/**
 * servers-2023plus.csv (CCF's SPECpower extract): idle and 100 % only, no TDP column. Memory in TB where the extract
 * dropped the unit (ccfMemoryGb()).
 */
export function readSpec2023Servers(csvText: string): SpecServer[] {
  const records = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const rows: SpecServer[] = [];
  for (const r of records) {
    const cpu = r['CPU Description'].replace(/,\s*$/, '').trim();
    const chips = Number(r.Chips);
    const cores = Number(r['# Cores']);
    const threads = Number(r['Total Threads']);
    const idle = Number(r['avg. watts @ active idle']);
    const full = Number(r['avg. watts @ 100%']);
    if (!(chips > 0 && cores > 0 && threads > 0 && idle > 0 && full > 0)) continue;
    const system = `${r['Hardware Vendor']} | ${r.System}`;
    const { memoryGb } = ccfMemoryGb(r['Total Memory (GB)'], threads, `${system} (${cpu}, ${r.Published})`);
    const wattsAtLoad: (number | null)[] = LOAD_LEVELS_PCT.map(() => null);
    wattsAtLoad[0] = idle;
    wattsAtLoad[10] = full;
    rows.push({
      group: cpuGroup(cpu),
      cpu,
      chips,
      cores,
      threads,
      memoryGb,
      tdpW: null,
      architecture: '',
      system,
      set: 'spec2023',
      wattsAtLoad,
    });
  }
  return rows;
}

/** Every SPECpower result the model trains on, in the fixed order the fit and the evaluation use. */
export function readAllSpecServers(dir: string): SpecServer[] {
  return [
    ...readSpecServers(readFileSync(join(dir, 'specpower', 'servers.csv'), 'utf8'), 'spec2007'),
    ...readSpecServers(readFileSync(join(dir, 'specpower', 'servers-epyc-7763.csv'), 'utf8'), 'epyc7763'),
    ...readSpec2023Servers(readFileSync(join(dir, 'specpower', 'servers-2023plus.csv'), 'utf8')),
  ];
}

export function deriveTdpTable(csvText: string): { table: CpuTdpTable; conflicts: number } {
  const records = parse(csvText, { columns: true, skip_empty_lines: true }) as { Name: string; TDP: string }[];
  const tdpW: Record<string, number> = {};
  let conflicts = 0;
  for (const r of records) {
    // CodeCarbon lists Opteron 3000/4000/6000 parts by bare number ("6276", "4164 EE").
    const bare = /^[346]\d{3}[A-Z]?( (HE|EE|SE))?$/.test(r.Name.trim());
    const name = normaliseCpuName(bare ? `AMD Opteron ${r.Name}` : r.Name);
    const w = Number(r.TDP);
    if (!name || !(w > 0)) continue;
    if (Object.prototype.hasOwnProperty.call(tdpW, name)) {
      if (tdpW[name] !== w) conflicts++; // first row in the file wins
      continue;
    }
    tdpW[name] = w;
  }
  const sorted = Object.fromEntries(
    Object.keys(tdpW)
      .sort()
      .map((k) => [k, tdpW[k]]),
  );
  return { table: { source: TDP_SOURCE, commit: TDP_COMMIT, licence: 'MIT', tdpW: sorted }, conflicts };
}

// ---------- linear algebra ----------

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    if (Math.abs(m[c][c]) < 1e-12) throw new Error(`derive-power-model: singular system at column ${c}`);
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

/** A design row kept sparse: the family columns are one-hot, so each row has few non-zeros. */
interface SparseRow {
  idx: number[];
  val: number[];
}

function dot(row: SparseRow, beta: number[]): number {
  let s = 0;
  for (let j = 0; j < row.idx.length; j++) s += row.val[j] * beta[row.idx[j]];
  return s;
}

function weightedRidge(x: SparseRow[], y: number[], w: number[], penalty: number[]): number[] {
  const p = penalty.length;
  const a = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const b = new Array<number>(p).fill(0);
  let wSum = 0;
  for (let i = 0; i < x.length; i++) {
    const { idx, val } = x[i];
    wSum += w[i];
    for (let j = 0; j < idx.length; j++) {
      const wv = w[i] * val[j];
      b[idx[j]] += wv * y[i];
      for (let k = 0; k < idx.length; k++) a[idx[j]][idx[k]] += wv * val[k];
    }
  }
  for (let j = 0; j < p; j++) a[j][j] += penalty[j] * wSum;
  return solve(a, b);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number, digits: number) => Number(x.toFixed(digits));

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** Deterministic PRNG (mulberry32) for the bootstrap: same seed, same output file. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- memory, from servers that differ only in memory ----------

/** Pairs must differ by at least this much memory: smaller gaps are lost in other differences. */
export const MEMORY_PAIR_MIN_GB = 32;
const BOOTSTRAP_REPS = 400;

/**
 * W per GB of memory, from pairs of results with the same CPU name, chips and threads whose
 * memory differs by ≥ MEMORY_PAIR_MIN_GB: every (pair, level) slope ΔW/ΔGB, median. The
 * CPU's part is held fixed by the pairing. 90 % interval: bootstrap over CPU configurations.
 */
export function fitMemory(rows: SpecServer[]): MemoryFit & { wPerGb: number } {
  const byConfig = new Map<string, SpecServer[]>();
  for (const r of rows) {
    const key = `${normaliseCpuName(r.cpu).toLowerCase()}|${r.chips}|${r.threads}`;
    byConfig.set(key, [...(byConfig.get(key) ?? []), r]);
  }
  const slopesByConfig: { idle: number[]; full: number[]; all: number[] }[] = [];
  let pairs = 0;
  for (const key of [...byConfig.keys()].sort()) {
    const rs = byConfig.get(key) ?? [];
    const c = { idle: [] as number[], full: [] as number[], all: [] as number[] };
    for (let i = 0; i < rs.length; i++) {
      for (let j = i + 1; j < rs.length; j++) {
        const dGb = rs[j].memoryGb - rs[i].memoryGb;
        if (Math.abs(dGb) < MEMORY_PAIR_MIN_GB) continue;
        pairs++;
        rs[i].wattsAtLoad.forEach((wi, k) => {
          const wj = rs[j].wattsAtLoad[k];
          if (wi === null || wj === null) return;
          const slope = (wj - wi) / dGb;
          c.all.push(slope);
          if (k === 0) c.idle.push(slope);
          if (k === 10) c.full.push(slope);
        });
      }
    }
    if (c.all.length) slopesByConfig.push(c);
  }
  if (!slopesByConfig.length) throw new Error('derive-power-model: no memory pairs');
  const all = slopesByConfig.flatMap((c) => c.all);
  const wPerGb = Math.max(0, median(all));
  const rand = rng(20261201);
  const boot: number[] = [];
  for (let b = 0; b < BOOTSTRAP_REPS; b++) {
    const sample: number[] = [];
    for (let i = 0; i < slopesByConfig.length; i++)
      sample.push(...slopesByConfig[Math.floor(rand() * slopesByConfig.length)].all);
    boot.push(Math.max(0, median(sample)));
  }
  return {
    method: `median ΔW/ΔGB over every load level of ${pairs} pairs of SPECpower results with the same CPU, chips and threads and ≥ ${MEMORY_PAIR_MIN_GB} GB apart; interval: 5th–95th percentile of ${BOOTSTRAP_REPS} bootstrap resamples of the ${slopesByConfig.length} configurations`,
    wPerGb: round(wPerGb, 4),
    idleWPerGb: round(median(slopesByConfig.flatMap((c) => c.idle)), 4),
    fullWPerGb: round(median(slopesByConfig.flatMap((c) => c.full)), 4),
    low: round(quantile(boot, 0.05), 4),
    high: round(quantile(boot, 0.95), 4),
    pairs,
  };
}

// ---------- fitting ----------

/** ln of the CPU-and-platform part: wall W minus memory, floored at 20 % of wall W. */
function fitTarget(wallW: number, memoryGb: number, wPerGb: number): number {
  return Math.log(Math.max(wallW - wPerGb * memoryGb, 0.2 * wallW));
}

/** Which level of the measured curve each model output is fitted to. */
const OUTPUT_LEVEL = [...LOAD_LEVELS_PCT.map((_, k) => k), 0, 10];
const isFullCurve = (r: SpecServer) => r.wattsAtLoad.every((w) => w !== null);
/** The measured W behind output o, or null when the result lacks it (outputs 11–12 need a full curve). */
function measuredForOutput(r: SpecServer, o: number): number | null {
  if (o >= LOAD_LEVELS_PCT.length && !isFullCurve(r)) return null;
  return r.wattsAtLoad[OUTPUT_LEVEL[o]];
}

interface RowInfo {
  /** Family, era year and vendor: the CPU table's microarchitecture, release year and vendor, else the name rules. */
  fam: { family: string; eraYear: number | null; vendor: string };
  /** A one-entry TDP table holding the full table's match for this name: same answer, no search. */
  table: CpuTdpTable;
  /** TDP per chip: the CPU table's, else CodeCarbon's; null when neither knows the name. */
  tableTdpW: number | null;
  /** What the runtime's host inference passes from the CPU table (ServerSpec's table fields). */
  fromCpuTable: Pick<ServerSpec, 'tdpW' | 'releaseYear' | 'vendor' | 'microarchitecture' | 'baseClockMhz'>;
  /** Base clock, MHz: the CPU table's, else the name's; null when neither gives one. */
  baseClockMhz: number | null;
}
const rowInfo = new WeakMap<SpecServer, RowInfo>();
let fullTable: CpuTdpTable = { source: '', commit: '', licence: '', tdpW: {} };
let cpuTable: CpuTable | undefined;
/** The TDP table (and optionally the CPU table) the rows are resolved with; call before fitting. */
export function setTdpTable(table: CpuTdpTable, cpus?: CpuTable): void {
  fullTable = table;
  cpuTable = cpus;
}

/** What host inference takes from a CPU table row: TDP, year, vendor, microarchitecture, and the clock when known. */
function cpuTableInputs(rec: ReturnType<typeof lookupCpu>) {
  return rec
    ? {
        tdpW: rec.tdpW,
        releaseYear: rec.releaseYear,
        vendor: rec.vendor,
        microarchitecture: rec.microarchitecture,
        ...(rec.baseClockMhz ? { baseClockMhz: rec.baseClockMhz } : {}),
      }
    : {};
}

function info(r: SpecServer): RowInfo {
  let i = rowInfo.get(r);
  if (!i) {
    const m = lookupTdpW(r.cpu, fullTable);
    const rec = cpuTable ? lookupCpu(r.cpu, cpuTable) : null;
    const byName = cpuFamilyFromName(r.cpu);
    i = {
      fam: rec ? { family: rec.microarchitecture, eraYear: rec.releaseYear, vendor: rec.vendor } : byName,
      table: { ...fullTable, tdpW: m ? { [m.matchedName]: m.tdpW } : {} },
      tableTdpW: rec?.tdpW ?? m?.tdpW ?? null,
      fromCpuTable: cpuTableInputs(rec),
      baseClockMhz: rec?.baseClockMhz ?? baseClockMhzFromName(r.cpu),
    };
    rowInfo.set(r, i);
  }
  return i;
}

/**
 * The model's inputs for a training server: SPEC's own TDP (else the table's, else the default), era clamped to the
 * data's range.
 */
function trainingInputs(
  r: SpecServer,
  eraYearRange: [number, number],
  defaults: PowerModelData['defaults'],
  baseClock?: PowerModelData['baseClock'],
): { inputs: ModelInputs; family: string } {
  const { fam, tableTdpW, baseClockMhz } = info(r);
  const eraYear = Math.min(eraYearRange[1], Math.max(eraYearRange[0], fam.eraYear ?? eraYearRange[1]));
  const tdpW = r.tdpW ?? tableTdpW ?? (defaults.tdpWPerCore * r.cores) / r.chips;
  // A server without a clock gets the neutral one, as the runtime gives an unknown CPU.
  const clock = baseClock
    ? { lnBaseClock: Math.log((baseClockMhz ?? baseClock.neutralMhz) / baseClock.neutralMhz) }
    : {};
  return {
    inputs: { chips: r.chips, tdpW, threads: r.threads, cores: r.cores, eraYear, vendor: fam.vendor, ...clock },
    family: fam.family,
  };
}

function tdpDefaults(rows: SpecServer[]): PowerModelData['defaults'] {
  // Defaults for CPUs the TDP table lacks come from recent models with a SPEC TDP (family
  // era ≥ 2019): an unknown CPU met today is recent, and W per core fell fourfold since 2007.
  const byGroup = new Map<string, SpecServer & { tdpW: number }>();
  for (const r of rows) {
    if (r.tdpW !== null && (info(r).fam.eraYear ?? 0) >= RECENT_ERA_YEAR && !byGroup.has(r.group))
      byGroup.set(r.group, r as SpecServer & { tdpW: number });
  }
  const models = [...byGroup.values()];
  return {
    tdpWPerCore: round(median(models.map((m) => m.tdpW / (m.cores / m.chips))), 3),
    tdpWPerThread: round(median(models.map((m) => m.tdpW / (m.threads / m.chips))), 3),
    tdpW: round(median(models.map((m) => m.tdpW)), 1),
  };
}

/** The `loco` of a fit made only to be scored (grouped CV, the breakdown script): no figures of its own. */
export const PLACEHOLDER_LOCO = { medianAbsPctErr: 0, meanAbsPctErr: 0, cpuModels: 0, servers: 0 };

/**
 * Base model: fits ln(wall W − memory W) per output by least absolute deviations (IRLS)
 * on the base features plus one ridge-shrunk offset per microarchitecture family, each
 * output on the results that measured its level.
 */
export function fitBaseModel(
  rows: SpecServer[],
  loco: PowerModelData['loco'],
  wPerGb: number,
  memory?: MemoryFit,
): PowerModelData {
  const fams = rows.map((r) => info(r).fam);
  const known = fams.map((f) => f.eraYear).filter((y): y is number => y !== null);
  const eraYearRange: [number, number] = [Math.min(...known), Math.max(...known)];
  // The newest full curves: the shape outputs are fitted on nothing newer, so they are not extrapolated past it.
  const shapeYears = rows.filter(isFullCurve).map((r) => info(r).fam.eraYear ?? eraYearRange[1]);
  const shapeEraYearMax = shapeYears.length ? Math.min(eraYearRange[1], Math.max(...shapeYears)) : eraYearRange[1];
  const families = [...new Set(fams.map((f) => f.family))].sort();
  const defaults = tdpDefaults(rows);
  const clocks = rows.map((r) => info(r).baseClockMhz).filter((c): c is number => c !== null);
  const baseClock = CLOCK && clocks.length ? { neutralMhz: median(clocks) } : undefined;
  const features = baseClock ? [...MODEL_FEATURES, BASE_CLOCK_FEATURE] : MODEL_FEATURES;
  const x: SparseRow[] = rows.map((r) => {
    const t = trainingInputs(r, eraYearRange, defaults, baseClock);
    const base = modelFeatures(t.inputs);
    return { idx: [...base.keys(), features.length + families.indexOf(t.family)], val: [...base, 1] };
  });
  // A whisper of ridge on the base features: a feature no training result has at some output
  // (no ARM result has a full curve) gets 0 there instead of a singular system.
  const penalty = [...features.map((_, j) => (j === 0 ? 0 : 1e-9)), ...families.map(() => FAMILY_PENALTY)];
  const coefficients: number[][] = [];
  const offsets: number[][] = families.map(() => []);
  for (let o = 0; o < MODEL_OUTPUTS; o++) {
    const use = rows.map((r, i) => i).filter((i) => measuredForOutput(rows[i], o) !== null);
    const xs = use.map((i) => x[i]);
    const y = use.map((i) => fitTarget(measuredForOutput(rows[i], o) as number, rows[i].memoryGb, wPerGb));
    let beta = weightedRidge(
      xs,
      y,
      xs.map(() => 1),
      penalty,
    );
    for (let it = 0; it < IRLS_ITERATIONS; it++) {
      const w = xs.map((xi, i) => 1 / Math.max(IRLS_FLOOR, Math.abs(y[i] - dot(xi, beta))));
      const next = weightedRidge(xs, y, w, penalty);
      const moved = next.reduce((m, b, j) => Math.max(m, Math.abs(b - beta[j])), 0);
      beta = next;
      if (moved < IRLS_TOLERANCE) break;
    }
    coefficients.push(beta.slice(0, features.length).map((b) => round(b, 6)));
    families.forEach((_, f) => offsets[f].push(round(beta[features.length + f], 6)));
  }
  return {
    version: 3,
    name: 'SPECpower fit v3',
    source: SPEC_SOURCE,
    commit: SPEC_COMMIT,
    licence: 'MIT (collection), Apache-2.0 (2023+ extract); SPEC results are public',
    fitDate: FIT_DATE,
    memoryWPerGb: wPerGb,
    ...(memory ? { memory } : {}),
    features,
    ...(baseClock ? { baseClock } : {}),
    eraYearRange,
    shapeEraYearMax,
    coefficients,
    familyOffsets: Object.fromEntries(families.map((f, i) => [f, offsets[i]])),
    defaults,
    loco,
  };
}

/**
 * The base model's log residuals at its own training servers (null where a result lacks
 * the level), with their coordinates scaled by their SD over those servers. Rounded as
 * shipped, so evaluation and runtime use the same numbers.
 */
export function residualKernelFor(
  model: PowerModelData,
  rows: SpecServer[],
  bandwidth: number,
  priorWeight: number,
  shape?: ResidualKernel['shape'],
  clockInDistance = false,
): ResidualKernel {
  const coordinates = clockInDistance ? [...KERNEL_COORDINATES, BASE_CLOCK_FEATURE] : KERNEL_COORDINATES;
  const raw: number[][] = [];
  const lnResiduals = rows.map((r) => {
    const t = trainingInputs(r, model.eraYearRange, model.defaults, model.baseClock);
    raw.push(kernelCoordinates(t.inputs, r.memoryGb).slice(0, coordinates.length));
    return baseLogCurve(model, t.inputs, t.family).map((s, o) => {
      const w = measuredForOutput(r, o);
      return w === null ? null : round(fitTarget(w, r.memoryGb, model.memoryWPerGb) - s, 4);
    });
  });
  const scales = coordinates.map((_, j) => {
    const m = mean(raw.map((c) => c[j]));
    const sd = Math.sqrt(mean(raw.map((c) => (c[j] - m) ** 2)));
    const era = j === 0 && VARIANT.includes('era2') ? 2 : 1;
    return round((sd > 1e-9 ? sd : 1) / era, 4);
  });
  const points = raw.map((c) => c.map((v, j) => round(v / scales[j], 4)));
  return {
    coordinates,
    scales,
    bandwidth,
    priorWeight,
    ...(shape ? { shape } : {}),
    points,
    lnResiduals,
  };
}

/** κ is floored here (in servers) when the CPU models' means hardly differ: the correction then fades to nothing. */
const MAX_CPU_MODEL_SHRINKAGE = 1e6;

/**
 * The same-CPU-model correction (CpuModelCorrection): each training server's ln residual after the runtime's own
 * prediction for a new system of its CPU model (base model, and the neighbour correction without the server's own
 * system: vendor and model, so resubmissions leave too), then per CPU model the mean shrunk by
 * κ = σ²within / τ²between. σ²within pools the spread inside CPU models with ≥ 2 servers; τ²between is the variance of
 * the models' means less the part their own noise explains (method of moments), both averaged over outputs.
 */
export function cpuModelCorrectionFor(model: PowerModelData, rows: SpecServer[]): CpuModelCorrection {
  const kernel = model.residualKernel;
  const residuals = rows.map((r) => {
    const s = resolveServer(model, info(r).table, specOf(r));
    const logs = baseLogCurve(model, s.inputs, s.family);
    let lnCorrection: number[] = logs.map(() => 0);
    if (kernel) {
      // As for a new system of this CPU model: the server's own system (it and its resubmissions) is left out.
      const d2 = squaredDistances(kernel, kernelCoordinates(s.inputs, s.memoryGb)).map((d, i) =>
        rows[i].group === r.group && rows[i].system === r.system ? Infinity : d,
      );
      lnCorrection = kernelCorrection(kernel, d2).lnCorrection;
    }
    return logs.map((v, o) => {
      const w = measuredForOutput(r, o);
      return w === null ? null : fitTarget(w, r.memoryGb, model.memoryWPerGb) - v - lnCorrection[o];
    });
  });
  // Keyed as the runtime looks it up: cpuGroup() of the name.
  const modelOf = rows.map((r) => cpuGroup(r.cpu));
  const groups = [...new Set(modelOf)].sort();
  const members = new Map(groups.map((g) => [g, modelOf.flatMap((m, i) => (m === g ? [i] : []))]));
  let within = 0;
  let between = 0;
  let outputs = 0;
  for (let o = 0; o < MODEL_OUTPUTS; o++) {
    const byGroup = groups
      .map((g) => (members.get(g) ?? []).map((i) => residuals[i][o]).filter((v): v is number => v !== null))
      .filter((v) => v.length > 0);
    const multi = byGroup.filter((v) => v.length >= 2);
    const dof = multi.reduce((n, v) => n + v.length - 1, 0);
    if (!dof || byGroup.length < 2) continue;
    const sw = multi.reduce((t, v) => t + v.reduce((u, x) => u + (x - mean(v)) ** 2, 0), 0) / dof;
    const means = byGroup.map(mean);
    const m = mean(means);
    const varMeans = means.reduce((t, x) => t + (x - m) ** 2, 0) / (means.length - 1);
    within += sw;
    between += varMeans - mean(byGroup.map((v) => sw / v.length));
    outputs++;
  }
  const shrinkage =
    outputs && between > 0 ? Math.min(MAX_CPU_MODEL_SHRINKAGE, within / between) : MAX_CPU_MODEL_SHRINKAGE;
  const lnOffsets: Record<string, (number | null)[]> = {};
  const servers: Record<string, number> = {};
  for (const g of groups) {
    const idx = members.get(g) ?? [];
    servers[g] = idx.length;
    lnOffsets[g] = Array.from({ length: MODEL_OUTPUTS }, (_, o) => {
      const v = idx.map((i) => residuals[i][o]).filter((x): x is number => x !== null);
      return v.length ? round(v.reduce((a, b) => a + b, 0) / (v.length + shrinkage), 4) : null;
    });
  }
  return { shrinkage: round(shrinkage, 3), lnOffsets, servers };
}

export interface KernelChoice {
  bandwidth: number;
  priorWeight: number;
  /** The load shape's own h and λ, where the inner CV chose other ones for it. */
  shape?: { bandwidth: number; priorWeight: number };
  /** `clock` variant: the inner CV put the base clock into the neighbour distance. */
  clockInDistance?: true;
  /** Inner-CV median absolute % error per grid point, "h/λ" → % (shape: "shape h/λ"). */
  innerMedianAbsPctErr: Record<string, number>;
}

/** λ grid of the load shape's own neighbour correction: up to nearly none (λ = 30 pseudo-servers). */
export const SHAPE_PRIOR_WEIGHTS = [0.1, 0.3, 1, 3, 10, 30];

/**
 * The held-out server as the runtime sees it: name, counts, memory, and the CPU table's fields (as host inference
 * passes them).
 */
const specOf = (r: SpecServer): ServerSpec => ({
  cpu: r.cpu,
  sockets: r.chips,
  cores: r.cores,
  threads: r.threads,
  memoryGb: r.memoryGb,
  ...info(r).fromCpuTable,
});

/** A held-out server as the runtime sees it, with the one-entry TDP table its name matches (for scripts). */
export const runtimeView = (r: SpecServer): { table: CpuTdpTable; spec: ServerSpec } => ({
  table: info(r).table,
  spec: specOf(r),
});

/**
 * Chooses h and λ by grouped inner cross-validation on `rows` alone: CPU model families
 * dealt round-robin into INNER_FOLDS folds; each fold is predicted (runtime inputs: name →
 * TDP table) by a base model and residuals fitted on the other folds; the grid point with
 * the lowest median absolute % error over all measured levels wins (ties: first in grid order).
 */
export function chooseKernel(rows: SpecServer[], wPerGb: number): KernelChoice {
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  // The `clock` variant's grid also tries the base clock in the distance (after every grid point without it).
  const grid = (CLOCK ? [false, true] : [false]).flatMap((c) =>
    KERNEL_BANDWIDTHS.flatMap((h) => KERNEL_PRIOR_WEIGHTS.map((l) => [h, l, c] as const)),
  );
  const errs = grid.map(() => [] as number[]);
  /** Per held-out server: base ln outputs, memory W, measured W and squared distances, for the shape's pass. */
  const heldOut: { logs: number[]; memoryW: number; truth: (number | null)[]; d2: number[]; kernel: ResidualKernel }[] =
    [];
  for (let f = 0; f < INNER_FOLDS; f++) {
    const held = new Set(groups.filter((_, i) => i % INNER_FOLDS === f));
    const train = rows.filter((r) => !held.has(r.group));
    const model = fitBaseModel(train, PLACEHOLDER_LOCO, wPerGb);
    const kernel = residualKernelFor(model, train, 1, 1);
    const clockKernel = CLOCK ? residualKernelFor(model, train, 1, 1, undefined, true) : kernel;
    for (const r of rows.filter((r) => held.has(r.group))) {
      const s = resolveServer(model, info(r).table, specOf(r));
      const logs = baseLogCurve(model, s.inputs, s.family);
      const memoryW = s.memoryGb * model.memoryWPerGb;
      const coordinates = kernelCoordinates(s.inputs, s.memoryGb);
      const d2 = squaredDistances(kernel, coordinates);
      const d2Clock = CLOCK ? squaredDistances(clockKernel, coordinates) : d2;
      heldOut.push({ logs, memoryW, truth: r.wattsAtLoad, d2, kernel });
      grid.forEach(([h, l, withClock], g) => {
        const c = correctionFromDistances(withClock ? d2Clock : d2, kernel.lnResiduals, h, l);
        const curve = curveFromOutputs(logs.map((v, k) => v + c.lnCorrection[k]));
        r.wattsAtLoad.forEach((truth, k) => {
          if (truth !== null) errs[g].push((100 * Math.abs(curve[k] + memoryW - truth)) / truth);
        });
      });
    }
  }
  const scores = errs.map(median);
  let best = 0;
  scores.forEach((sc, g) => {
    if (sc < scores[best]) best = g;
  });
  const [bandwidth, priorWeight, withClock] = grid[best];
  const innerMedianAbsPctErr = Object.fromEntries(
    grid.map(([h, l, c], g) => [`${c ? 'clock ' : ''}${h}/${l}`, round(scores[g], 2)]),
  );
  if (CLOCK)
    return { bandwidth, priorWeight, ...(withClock ? { clockInDistance: true as const } : {}), innerMedianAbsPctErr };
  if (VARIANT.includes('shapeoff'))
    return { bandwidth, priorWeight, shape: { bandwidth, priorWeight: 1e9 }, innerMedianAbsPctErr };
  if (!VARIANT.includes('shape')) return { bandwidth, priorWeight, innerMedianAbsPctErr };
  // Second pass: idle and full load keep their h and λ; the shape outputs try their own.
  const shapeGrid = KERNEL_BANDWIDTHS.flatMap((h) => SHAPE_PRIOR_WEIGHTS.map((l) => [h, l] as const));
  const shapeErrs = shapeGrid.map(() => [] as number[]);
  for (const { logs, memoryW, truth, d2, kernel } of heldOut) {
    const ends = correctionFromDistances(d2, kernel.lnResiduals, bandwidth, priorWeight).lnCorrection;
    shapeGrid.forEach(([h, l], g) => {
      const c = kernelCorrection({ ...kernel, bandwidth, priorWeight, shape: { bandwidth: h, priorWeight: l } }, d2);
      const curve = curveFromOutputs(logs.map((v, k) => v + (k === 0 || k === 10 ? ends[k] : c.lnCorrection[k])));
      truth.forEach((t, k) => {
        if (t !== null && k !== 0 && k !== 10) shapeErrs[g].push((100 * Math.abs(curve[k] + memoryW - t)) / t);
      });
    });
  }
  const shapeScores = shapeErrs.map(median);
  let bestShape = shapeGrid.findIndex(([h, l]) => h === bandwidth && l === priorWeight);
  shapeScores.forEach((sc, g) => {
    if (sc < shapeScores[bestShape]) bestShape = g;
  });
  shapeGrid.forEach(([h, l], g) => (innerMedianAbsPctErr[`shape ${h}/${l}`] = round(shapeScores[g], 2)));
  const [sh, sl] = shapeGrid[bestShape];
  return {
    bandwidth,
    priorWeight,
    ...(sh !== bandwidth || sl !== priorWeight ? { shape: { bandwidth: sh, priorWeight: sl } } : {}),
    innerMedianAbsPctErr,
  };
}

/** Base model plus the residual kernel at the given h and λ. */
export function fitPowerModel(
  rows: SpecServer[],
  loco: PowerModelData['loco'],
  choice: Pick<KernelChoice, 'bandwidth' | 'priorWeight' | 'shape' | 'clockInDistance'>,
  wPerGb: number,
  memory?: MemoryFit,
): PowerModelData {
  const model = fitBaseModel(rows, loco, wPerGb, memory);
  const { loco: l, ...rest } = model;
  const withKernel = {
    ...rest,
    residualKernel: residualKernelFor(
      model,
      rows,
      choice.bandwidth,
      choice.priorWeight,
      choice.shape,
      choice.clockInDistance,
    ),
    loco: l,
  };
  const { loco: l2, ...rest2 } = withKernel;
  return { ...rest2, cpuModelCorrection: cpuModelCorrectionFor(withKernel, rows), loco: l2 };
}

// ---------- grouped cross-validation: leave one CPU model family out ----------

export type Method = 'ours' | 'oursBase' | 'codecarbon' | 'ccf' | 'teads';
export const METHODS: Method[] = ['ours', 'oursBase', 'codecarbon', 'ccf', 'teads'];
const METHOD_LABELS: Record<Method, string> = {
  ours: 'ours',
  oursBase: 'ours, base only',
  codecarbon: 'CodeCarbon',
  ccf: 'CCF',
  teads: 'Teads',
};

export interface MethodErrors {
  perLevel: { levelPct: number; medianAbsPctErr: number | null; meanAbsPctErr: number | null; points: number }[];
  overall: { medianAbsPctErr: number; meanAbsPctErr: number; points: number };
}

export interface HeldOutPoint {
  set: SpecSet;
  group: string;
  family: string;
  vendor: string;
  level: number;
  truthW: number;
  predW: Record<Method, number>;
  /** measured ÷ predicted non-memory power (ours). */
  cpuRatio: number;
}

function summarise(points: HeldOutPoint[], m: Method): MethodErrors {
  const err = (p: HeldOutPoint) => (100 * Math.abs(p.predW[m] - p.truthW)) / p.truthW;
  const all = points.map(err);
  return {
    perLevel: LOAD_LEVELS_PCT.map((pct, k) => {
      const e = points.filter((p) => p.level === k).map(err);
      return {
        levelPct: pct,
        medianAbsPctErr: e.length ? round(median(e), 2) : null,
        meanAbsPctErr: e.length ? round(mean(e), 2) : null,
        points: e.length,
      };
    }),
    overall: { medianAbsPctErr: round(median(all), 2), meanAbsPctErr: round(mean(all), 2), points: all.length },
  };
}

/**
 * One held-out family's fold: its points, the kernel grid point its inner CV chose, and (for the runner's family) the
 * model.
 */
export interface FoldResult {
  group: string;
  /** Set for a known-model fold: the one system held out, its CPU model's other servers kept. */
  system?: string;
  points: HeldOutPoint[];
  pick: string;
  tdpFromTable: number;
  model?: PowerModelData;
}

/**
 * One fold: a CPU model family held out whole (grouped CV), or with `system`, one system of that CPU model held out
 * while the model's other servers stay in training (a new server of a measured CPU model: the GitHub runner's case).
 */
export interface FoldKey {
  group: string;
  system?: string;
}
const heldOutBy =
  (k: FoldKey) =>
  (r: SpecServer): boolean =>
    r.group === k.group && (k.system === undefined || r.system === k.system);

/** The folds for the given held-out keys: each fitted without what it holds out, predicted through the runtime path. */
export function evaluateFolds(rows: SpecServer[], wPerGb: number, keys: FoldKey[], onFold?: () => void): FoldResult[] {
  return keys.map((key) => {
    const g = key.group;
    const held = heldOutBy(key);
    const train = rows.filter((r) => !held(r));
    // h and λ are chosen on the training fold only, so the held-out family stays unseen.
    const choice = chooseKernel(train, wPerGb);
    const model = fitPowerModel(train, PLACEHOLDER_LOCO, choice, wPerGb);
    const { residualKernel: _, cpuModelCorrection: __, ...baseModel } = model;
    const points: HeldOutPoint[] = [];
    let tdpFromTable = 0;
    for (const r of rows.filter(held)) {
      // Held-out servers go through the runtime path: name (and CPU table fields) → model.
      const { table } = info(r);
      const curve = predictWithModel(model, table, specOf(r));
      const baseCurve = predictWithModel(baseModel, table, specOf(r));
      if (curve.tdpSource === 'table') tdpFromTable++;
      const s: BaselineServer = {
        chips: r.chips,
        tdpW: curve.tdpW,
        threads: r.threads,
        memoryGb: r.memoryGb,
        family: curve.family,
      };
      r.wattsAtLoad.forEach((truth, k) => {
        if (truth === null) return;
        const u = LOAD_LEVELS_PCT[k] / 100;
        const predW: Record<Method, number> = {
          ours: curve.wattsAtLoad[k],
          oursBase: baseCurve.wattsAtLoad[k],
          codecarbon: codeCarbonW(s, u),
          ccf: ccfW(s, u),
          teads: teadsW(s, u),
        };
        const memW = curve.memoryW;
        const cpuRatio = Math.max(truth - memW, 0.2 * truth) / Math.max(curve.wattsAtLoad[k] - memW, 1e-9);
        points.push({
          set: r.set,
          group: g,
          family: curve.family,
          vendor: info(r).fam.vendor,
          level: k,
          truthW: truth,
          predW,
          cpuRatio,
        });
      });
    }
    onFold?.();
    return {
      group: g,
      ...(key.system !== undefined ? { system: key.system } : {}),
      points,
      pick: `${choice.bandwidth}/${choice.priorWeight}${choice.shape ? `, shape ${choice.shape.bandwidth}/${choice.shape.priorWeight}` : ''}${choice.clockInDistance ? ', clock in distance' : ''}`,
      tdpFromTable,
      ...(g === RUNNER_GROUP && key.system === undefined ? { model } : {}),
    };
  });
}

const WORKER_KIND = 'derive-power-model-folds';

/** Runs the folds in `workers` worker threads (groups dealt round-robin); same numbers as one thread. */
async function foldsInWorkers(
  rows: SpecServer[],
  wPerGb: number,
  keys: FoldKey[],
  workers: number,
  onFold: () => void,
): Promise<FoldResult[]> {
  const { Worker } = await import('node:worker_threads');
  const parts = Array.from({ length: workers }, (_, w) => keys.filter((_, i) => i % workers === w));
  const results = await Promise.all(
    parts.map(
      (part) =>
        new Promise<FoldResult[]>((resolve, reject) => {
          const worker = new Worker(new URL('./derive-power-model-worker.mjs', import.meta.url), {
            workerData: { kind: WORKER_KIND, rows, wPerGb, keys: part, tdpTable: fullTable, cpuTable },
          });
          worker.on('message', (m: { done?: true; results?: FoldResult[] }) => {
            if (m.done) onFold();
            if (m.results) resolve(m.results);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`derive-power-model: a fold worker exited with code ${code}`));
          });
        }),
    ),
  );
  return results.flat();
}

export async function evaluateGrouped(
  rows: SpecServer[],
  wPerGb: number,
  opts: { workers?: number; onFold?: (done: number, total: number) => void } = {},
) {
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  // The runner's CPU model also once per system, its other servers kept (KNOWN_MODEL_GROUP).
  const systems = [...new Set(rows.filter((r) => r.group === KNOWN_MODEL_GROUP).map((r) => r.system))].sort();
  const keys: FoldKey[] = [
    ...groups.map((group) => ({ group })),
    ...systems.map((system) => ({ group: KNOWN_MODEL_GROUP, system })),
  ];
  let done = 0;
  const tick = () => opts.onFold?.(++done, keys.length);
  const workers = Math.max(1, Math.min(opts.workers ?? 1, keys.length));
  const all =
    workers > 1 ? await foldsInWorkers(rows, wPerGb, keys, workers, tick) : evaluateFolds(rows, wPerGb, keys, tick);
  // Key order, whatever thread did which fold: the output does not depend on the thread count.
  const byKey = new Map(all.map((f) => [`${f.group}\u0000${f.system ?? ''}`, f]));
  const folds = keys.map((k) => byKey.get(`${k.group}\u0000${k.system ?? ''}`) as FoldResult);
  const ordered = folds.filter((f) => f.system === undefined);
  const knownModelPoints = folds.filter((f) => f.system !== undefined).flatMap((f) => f.points);
  const knownModel = Object.fromEntries(METHODS.map((m) => [m, summarise(knownModelPoints, m)])) as Record<
    Method,
    MethodErrors
  >;
  const points = ordered.flatMap((f) => f.points);
  const picks = new Map<string, number>();
  for (const f of ordered) picks.set(f.pick, (picks.get(f.pick) ?? 0) + 1);
  const heldOutModels = new Map<string, PowerModelData>();
  for (const f of ordered) if (f.model) heldOutModels.set(f.group, f.model);
  const sets: SpecSet[] = ['spec2007', 'epyc7763', 'spec2023'];
  const bySet = Object.fromEntries(
    sets.map((set) => {
      const ps = points.filter((p) => p.set === set);
      return [set, Object.fromEntries(METHODS.map((m) => [m, summarise(ps, m)])) as Record<Method, MethodErrors>];
    }),
  ) as Record<SpecSet, Record<Method, MethodErrors>>;
  const kernelPicks = Object.fromEntries([...picks.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  const tdpFromTable = ordered.reduce((n, f) => n + f.tdpFromTable, 0);
  return {
    bySet,
    knownModel: { group: KNOWN_MODEL_GROUP, systems: systems.length, summary: knownModel },
    points,
    families: groups.length,
    servers: rows.length,
    tdpFromTable,
    kernelPicks,
    heldOutModels,
  };
}

/** Coverage of the uncertainty band: the 10th to 90th percentile of measured ÷ predicted. */
export const BAND_COVERAGE = 0.8;
const BAND_MIN_SERVERS = 5;

/** Quantiles of held-out measured ÷ predicted non-memory power, per family, per vendor, and overall. */
export function uncertaintyTable(points: HeldOutPoint[]): UncertaintyTable {
  const q = (1 - BAND_COVERAGE) / 2;
  const band = (ps: HeldOutPoint[]): RatioBand => ({
    low: round(
      quantile(
        ps.map((p) => p.cpuRatio),
        q,
      ),
      3,
    ),
    high: round(
      quantile(
        ps.map((p) => p.cpuRatio),
        1 - q,
      ),
      3,
    ),
    // Servers, not points: a full curve gives 11 points, a 2023+ result 2.
    servers: ps.filter((p) => p.level === 0).length,
  });
  const keyed = (key: (p: HeldOutPoint) => string) => {
    const keys = [...new Set(points.map(key))].sort();
    return Object.fromEntries(keys.map((k) => [k, band(points.filter((p) => key(p) === k))]));
  };
  return {
    coverage: BAND_COVERAGE,
    byFamily: keyed((p) => p.family),
    byVendor: keyed((p) => p.vendor),
    all: band(points),
    minServers: BAND_MIN_SERVERS,
  };
}

// ---------- the GitHub runner ----------

const RUNNER_GROUP = 'amd epyc 7763';
/** The CPU model also evaluated one system at a time with its other servers kept: the GitHub runner's. */
export const KNOWN_MODEL_GROUP = RUNNER_GROUP;
export const GITHUB_RUNNER = {
  cpuModel: 'AMD EPYC 7763 64-Core Processor',
  sockets: 1,
  physicalCores: 2,
  threads: 4,
  memoryGb: 16,
  virtualized: true,
};

/** CPU + memory W of the 4-vCPU, 16 GB runner at idle and full load, as measure would charge it. */
export function runnerWatts(
  model: PowerModelData,
  table: CpuTdpTable,
): {
  idleW: number;
  fullW: number;
  cpuW: [number, number];
  memoryW: number;
  hostW: number[];
  vmCpuW: number[];
  hostMemoryGb: number;
  neighbourWeight: number;
} {
  const inf = inferHost(GITHUB_RUNNER);
  const rec = cpuTable ? lookupCpu(inf.host.cpu, cpuTable) : null;
  const fromTable = cpuTableInputs(rec);
  const host = predictWithModel(model, table, { ...inf.host, ...fromTable });
  const vm = vmCpuCurve(host, inf.host.memoryGb, inf.vmThreads, inf.hostThreads, model.memoryWPerGb);
  const memoryW = GITHUB_RUNNER.memoryGb * model.memoryWPerGb;
  return {
    idleW: round(vm.cpuWattsAtLoad[0] + memoryW, 2),
    fullW: round(vm.cpuWattsAtLoad[10] + memoryW, 2),
    cpuW: [round(vm.cpuWattsAtLoad[0], 2), round(vm.cpuWattsAtLoad[10], 2)],
    memoryW: round(memoryW, 2),
    hostW: host.wattsAtLoad.map((w) => round(w, 1)),
    vmCpuW: vm.cpuWattsAtLoad.map((w) => round(w, 2)),
    hostMemoryGb: inf.host.memoryGb,
    neighbourWeight: round(host.neighbourWeight, 2),
  };
}

// ---------- output ----------

export function markdownTable(
  summary: Record<Method, MethodErrors>,
  levels: number[] = LOAD_LEVELS_PCT.map((_, k) => k),
): string {
  const head = ['load', ...METHODS.flatMap((m) => [`${METHOD_LABELS[m]} median`, `${METHOD_LABELS[m]} mean`])];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const f = (x: number | null) => (x === null ? '–' : x.toFixed(1));
  const out = [line(head), line(head.map(() => '---'))];
  for (const k of levels) {
    const pct = LOAD_LEVELS_PCT[k];
    out.push(
      line([
        pct === 0 ? 'idle' : `${pct} %`,
        ...METHODS.flatMap((m) => [f(summary[m].perLevel[k].medianAbsPctErr), f(summary[m].perLevel[k].meanAbsPctErr)]),
      ]),
    );
  }
  out.push(
    line([
      '**all**',
      ...METHODS.flatMap((m) => [
        `**${f(summary[m].overall.medianAbsPctErr)}**`,
        `**${f(summary[m].overall.meanAbsPctErr)}**`,
      ]),
    ]),
  );
  return out.join('\n');
}

/** The summary table: median |error| per set, ours against the formulas; the known-model row under EPYC 7763. */
export function summaryTable(
  bySet: Record<SpecSet, Record<Method, MethodErrors>>,
  knownModel?: Record<Method, MethodErrors>,
): string {
  const rowsOut: string[] = [];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  rowsOut.push(line(['set (held out by CPU model family)', 'servers', ...METHODS.map((m) => METHOD_LABELS[m])]));
  rowsOut.push(line(['---', '---', ...METHODS.map(() => '---')]));
  const f = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)} %`);
  for (const set of ['spec2007', 'epyc7763', 'spec2023'] as SpecSet[]) {
    const s = bySet[set];
    const servers = s.ours.perLevel[0].points;
    rowsOut.push(line([SET_LABELS[set], String(servers), ...METHODS.map((m) => f(s[m].overall.medianAbsPctErr))]));
    if (set === 'epyc7763' && knownModel) {
      const label = '… each system held out, its CPU model seen';
      const n = String(knownModel.ours.perLevel[0].points);
      rowsOut.push(line([label, n, ...METHODS.map((m) => f(knownModel[m].overall.medianAbsPctErr))]));
    }
    if (set === 'spec2023') {
      rowsOut.push(line(['… 2023+ idle', String(servers), ...METHODS.map((m) => f(s[m].perLevel[0].medianAbsPctErr))]));
      rowsOut.push(
        line(['… 2023+ full load', String(servers), ...METHODS.map((m) => f(s[m].perLevel[10].medianAbsPctErr))]),
      );
    }
  }
  return rowsOut.join('\n');
}

const DOC_START = '<!-- power-model-eval:start (scripts/derive-power-model.ts writes this block) -->';
const DOC_END = '<!-- power-model-eval:end -->';
const RUNNER_START = '<!-- power-model-runner:start (scripts/derive-power-model.ts writes this block) -->';
const RUNNER_END = '<!-- power-model-runner:end -->';
const README_START = '<!-- power-model-readme:start (scripts/derive-power-model.ts writes this block) -->';
const README_END = '<!-- power-model-readme:end -->';

/** Replaces the marked block of a document (markers included); says so when the markers are missing. */
function writeBlock(path: string, start: string, end: string, block: string): void {
  const doc = readFileSync(path, 'utf8');
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a >= 0 && b > a) writeFileSync(path, doc.slice(0, a) + block + doc.slice(b + end.length));
  else console.error(`${path} has no generated block (${start}); not updated`);
}

async function main(): Promise<void> {
  requireSharedFiles('derive-power-model', sharedDir, [
    'cpu-tdp/cpu_power.csv',
    'specpower/servers.csv',
    'specpower/servers-epyc-7763.csv',
    'specpower/servers-2023plus.csv',
  ]);
  const t0 = Date.now();
  const { table, conflicts } = deriveTdpTable(readFileSync(join(sharedDir, 'cpu-tdp', 'cpu_power.csv'), 'utf8'));
  const entries = Object.entries(table.tdpW).map(([k, v]) => `${JSON.stringify(k)}:${v}`);
  const head = JSON.stringify({ source: table.source, commit: table.commit, licence: table.licence }).slice(0, -1);
  writeFileSync(join(repoRoot, 'data', 'cpu-tdp.json'), `${head},"tdpW":{\n${entries.join(',\n')}\n}}\n`);
  console.error(`cpu-tdp.json: ${entries.length} names (${conflicts} duplicate names with another TDP; first kept)`);
  // The CPU table (scripts/derive-cpu-table.ts, run first by derive-data) gives TDP, release
  // year, microarchitecture and vendor for every SPECpower CPU, the 2023+ ones included.
  setTdpTable(table, loadCpuTable());

  const text2023 = readFileSync(join(sharedDir, 'specpower', 'servers-2023plus.csv'), 'utf8');
  const inTb = (parse(text2023, { columns: true }) as Record<string, string>[]).filter(
    (r) => Number(r['Total Memory (GB)']) < MIN_2023_MEMORY_GB,
  ).length;
  console.error(`servers-2023plus.csv: ${inTb} results give memory in TB (ccfMemoryGb())`);
  const rows = readAllSpecServers(sharedDir);
  const old = rows.filter((r) => r.set !== 'spec2023');
  const disagree = old.filter((r) => {
    const a = r.architecture === 'epyc' ? 'epyc-gen3' : r.architecture || 'unknown';
    return cpuFamilyFromName(r.cpu).family !== a;
  });
  console.error(
    `family from name disagrees with SPEC's Architecture column on ${disagree.length}/${old.length} servers`,
  );
  const unknown = [...new Set(rows.filter((r) => !info(r).fromCpuTable.microarchitecture).map((r) => r.cpu))];
  console.error(`CPU names the CPU table does not know (name rules used): ${unknown.join('; ') || 'none'}`);

  const memory = fitMemory(rows);
  const { wPerGb, ...memoryFit } = memory;
  console.error(
    `memory: ${wPerGb} W/GB (90 % interval ${memory.low}–${memory.high}; idle ${memory.idleWPerGb}, full ${memory.fullWPerGb}; ${memory.pairs} pairs)`,
  );

  // Two threads by default (CI and this project's machines have 2 cores); DERIVE_WORKERS=1 for one.
  const workers = Number(process.env.DERIVE_WORKERS ?? Math.min(2, availableParallelism()));
  const evaluation = await evaluateGrouped(rows, wPerGb, {
    workers,
    onFold: (done, total) => {
      if (done % 25 === 0 || done === total)
        console.error(
          `grouped CV: ${done}/${total} folds (CPU model families, then EPYC 7763 systems) (${((Date.now() - t0) / 1000).toFixed(0)} s, ${workers} thread(s))`,
        );
    },
  });
  const s2007 = evaluation.bySet.spec2007.ours.overall;
  const loco = {
    medianAbsPctErr: s2007.medianAbsPctErr,
    meanAbsPctErr: s2007.meanAbsPctErr,
    cpuModels: evaluation.families,
    servers: evaluation.servers,
  };
  const choice = chooseKernel(rows, wPerGb);
  console.error(
    `neighbour correction for the shipped model: h = ${choice.bandwidth}, λ = ${choice.priorWeight} (inner CV)`,
  );
  const model: PowerModelData = {
    ...fitPowerModel(rows, loco, choice, wPerGb, memoryFit),
    uncertainty: uncertaintyTable(evaluation.points),
  };
  // One line per number array (coefficients, each training server's point and residuals).
  const modelJson = JSON.stringify(model, null, 1).replace(
    /\[\s*((?:-?[\d.e+-]+|null)(?:,\s*(?:-?[\d.e+-]+|null))*)\s*\]/g,
    (_, items: string) => `[${items.split(/,\s*/).join(',')}]`,
  );
  writeFileSync(join(repoRoot, 'data', 'power-model.json'), `${modelJson}\n`);

  const runner = runnerWatts(model, table);
  const heldOut7763 = evaluation.heldOutModels.get(RUNNER_GROUP);
  const runnerHeldOut = heldOut7763 ? runnerWatts({ ...heldOut7763, memoryWPerGb: wPerGb }, table) : null;
  const evalFile = {
    description:
      'Grouped cross-validation (leave one CPU model family out) absolute % error of whole-server wall power, SPECpower_ssj2008 (scripts/derive-power-model.ts)',
    source: SPEC_SOURCE,
    commit: SPEC_COMMIT,
    fitDate: FIT_DATE,
    families: evaluation.families,
    servers: evaluation.servers,
    heldOutTdpFromTable: evaluation.tdpFromTable,
    memory,
    neighbourCorrection: {
      description:
        'h/λ chosen by grouped inner cross-validation inside each leave-out fold: how many folds picked each',
      picks: evaluation.kernelPicks,
      shipped: choice,
    },
    githubRunner: {
      machine: GITHUB_RUNNER,
      shipped: runner,
      epyc7763HeldOut: runnerHeldOut,
      targetW: { idle: [1.4, 4.9], full: [5.8, 11.5] },
    },
    sets: evaluation.bySet,
    knownModel: {
      description:
        'EPYC 7763 servers, one system (vendor and model, resubmissions together) held out at a time while the other servers of the CPU model stay in training: a new server of a measured CPU model, as the GitHub runner host is',
      ...evaluation.knownModel,
    },
  };
  writeFileSync(join(repoRoot, 'data', 'power-model-eval.json'), `${JSON.stringify(evalFile, null, 1)}\n`);

  const summary = summaryTable(evaluation.bySet, evaluation.knownModel.summary);
  const block = [
    DOC_START,
    `Median absolute error of whole-server wall power, each CPU model family held out in turn (${evaluation.families} families, ${evaluation.servers} servers):`,
    '',
    summary,
    '',
    `2007–2022 full curves, per load level (${evaluation.bySet.spec2007.ours.perLevel[0].points} servers):`,
    '',
    markdownTable(evaluation.bySet.spec2007),
    '',
    `EPYC 7763 servers, one system at a time held out while the CPU model's other servers stay in training (${evaluation.knownModel.systems} systems): ours ${evaluation.knownModel.summary.ours.overall.medianAbsPctErr.toFixed(1)} %, idle ${evaluation.knownModel.summary.ours.perLevel[0].medianAbsPctErr?.toFixed(1)} %, full load ${evaluation.knownModel.summary.ours.perLevel[10].medianAbsPctErr?.toFixed(1)} %; same-model correction shrinkage κ = ${model.cpuModelCorrection?.shrinkage} servers.`,
    '',
    `GitHub runner (4 vCPU of an EPYC 7763, 16 GB), CPU + memory as \`measure\` charges it: **${runner.idleW} W idle, ${runner.fullW} W at full load** (shipped model; ${runnerHeldOut ? `${runnerHeldOut.idleW} and ${runnerHeldOut.fullW} W with every EPYC 7763 result held out` : ''}); memory ${runner.memoryW} W of it.`,
    DOC_END,
  ].join('\n');
  writeBlock(join(repoRoot, 'docs', 'methodology.md'), DOC_START, DOC_END, block);
  const runnerBlock = [
    RUNNER_START,
    `| load % | ${LOAD_LEVELS_PCT.join(' | ')} |`,
    `| --- | ${LOAD_LEVELS_PCT.map(() => '---').join(' | ')} |`,
    `| host wall W | ${runner.hostW.map((w) => w.toFixed(1)).join(' | ')} |`,
    `| 4-vCPU VM, CPU W | ${runner.vmCpuW.map((w) => w.toFixed(2)).join(' | ')} |`,
    '',
    `Host memory ${runner.hostMemoryGb} GB × ${wPerGb} W/GB = ${round(runner.hostMemoryGb * wPerGb, 1)} W is taken out before sharing; the VM's 16 GB add ${runner.memoryW} W at every load, so CPU and memory together draw ${runner.idleW} W idle and ${runner.fullW} W at full load (target: 1.4–4.9 and 5.8–11.5 W, four threads' share of the measured EPYC 7763 servers). The neighbour correction's weight at idle is ${runner.neighbourWeight}.`,
    RUNNER_END,
  ].join('\n');
  writeBlock(join(repoRoot, 'docs', 'methodology.md'), RUNNER_START, RUNNER_END, runnerBlock);
  const readme = [
    README_START,
    summary,
    '',
    `The GitHub runner (\`ubuntu-latest\`, 4 vCPU of an EPYC 7763, 16 GB) is charged ${runner.idleW} W idle and ${runner.fullW} W at full load, CPU and memory together. Memory: ${memory.wPerGb} W/GB (90 % interval ${memory.low}–${memory.high}), from ${memory.pairs} pairs of SPECpower results that differ only in memory.`,
    README_END,
  ].join('\n');
  writeBlock(join(repoRoot, 'README.md'), README_START, README_END, readme);
  console.log(block);
  console.error(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}

// In a fold worker (derive-power-model-worker.mjs): run the folds handed over, report each, return all.
const job = isMainThread
  ? null
  : (workerData as {
      kind?: string;
      rows: SpecServer[];
      wPerGb: number;
      keys: FoldKey[];
      tdpTable: CpuTdpTable;
      cpuTable?: CpuTable;
    } | null);
if (job?.kind === WORKER_KIND && parentPort) {
  const port = parentPort;
  setTdpTable(job.tdpTable, job.cpuTable);
  const results = evaluateFolds(job.rows, job.wPerGb, job.keys, () => port.postMessage({ done: true }));
  port.postMessage({ results });
}
