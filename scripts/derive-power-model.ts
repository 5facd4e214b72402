// Derives data/cpu-tdp.json, data/power-model.json and data/power-model-eval.json from
// ../shared (SPECpower_ssj2008 results and CodeCarbon's TDP table), and prints the
// leave-one-CPU-model-out table that docs/methodology.md quotes.
//   npx tsx scripts/derive-power-model.ts
// Output is byte-identical on rerun: no clocks, sorted keys, rounded coefficients.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { requireSharedFiles } from './shared-inputs';
import { cpuFamilyFromName, normaliseCpuName, type CpuTdpTable } from '../src/meter/cpu-name';
import {
  baseLogCurve,
  correctionFromDistances,
  KERNEL_COORDINATES,
  kernelCoordinates,
  LOAD_LEVELS_PCT,
  MEMORY_W_PER_GB,
  MODEL_FEATURES,
  modelFeatures,
  predictWithModel,
  resolveServer,
  squaredDistances,
  type ModelInputs,
  type PowerModelData,
  type ResidualKernel,
} from '../src/meter/power-model';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = join(repoRoot, '..', 'shared');
const FIT_DATE = '2025-11-23';
const SPEC_SOURCE = 'SPECpower_ssj2008 results via green-coding-solutions/cloud-energy data/spec_data_cleaned_unmelted.csv';
const SPEC_COMMIT = '6a25a2b';
const TDP_SOURCE = 'mlco2/codecarbon codecarbon/data/hardware/cpu_power.csv';
const TDP_COMMIT = 'b05965e';
/** Ridge penalty on family offsets (× total weight); base features are unpenalised. */
const FAMILY_PENALTY = 0.01;
const IRLS_ITERATIONS = 40;
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
const INNER_FOLDS = 5;

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

/** Cloud Carbon Footprint per-thread min/max W by microarchitecture (packages/core/src/compute/ComputeProcessorTypes.ts). */
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
  return s.threads * (c.minW + u * (c.maxW - c.minW)) + MEMORY_W_PER_GB * s.memoryGb;
}

/** Teads: 0/10/50/100 % → 0.12/0.32/0.75/1.02 × TDP per chip, linear between; memory at CCF's 0.392 W/GB. */
const TEADS_U = [0, 0.1, 0.5, 1];
const TEADS_F = [0.12, 0.32, 0.75, 1.02];
export function teadsW(s: BaselineServer, u: number): number {
  const x = Math.min(1, Math.max(0, u));
  let i = 0;
  while (i < TEADS_U.length - 2 && x > TEADS_U[i + 1]) i++;
  const f = TEADS_F[i] + ((TEADS_F[i + 1] - TEADS_F[i]) * (x - TEADS_U[i])) / (TEADS_U[i + 1] - TEADS_U[i]);
  return s.chips * s.tdpW * f + MEMORY_W_PER_GB * s.memoryGb;
}

// ---------- data ----------

export interface SpecServer {
  group: string; // CPUName: the leave-out unit
  cpu: string; // HW_CPUName, as a machine might report it
  chips: number;
  cores: number;
  threads: number;
  memoryGb: number;
  tdpW: number; // SPEC's parsed TDP per chip
  architecture: string;
  wattsAtLoad: number[];
}

const LEVEL_COLUMNS = ['ActiveIdle', ...LOAD_LEVELS_PCT.slice(1).map((p) => `${p}_AvgPower`)];

export function readSpecServers(csvText: string): SpecServer[] {
  const records = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const rows: SpecServer[] = [];
  for (const r of records) {
    const tdpW = Number(r.TDP);
    if (!r.TDP || !(tdpW > 0)) continue; // 7 results without a parsed TDP cannot be fitted
    rows.push({
      group: r.CPUName,
      cpu: r.HW_CPUName,
      chips: Number(r.CPUChips),
      cores: Number(r.CPUCores),
      threads: Number(r.CPUThreads),
      memoryGb: Number(r.HW_MemAmountGB),
      tdpW,
      architecture: r.Architecture,
      wattsAtLoad: LEVEL_COLUMNS.map((c) => Number(r[c])),
    });
  }
  return rows;
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
  const sorted = Object.fromEntries(Object.keys(tdpW).sort().map((k) => [k, tdpW[k]]));
  return { table: { source: TDP_SOURCE, commit: TDP_COMMIT, licence: 'MIT', tdpW: sorted }, conflicts };
}

// ---------- fitting ----------

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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** ln of the CPU-and-platform part: wall W minus memory, floored at 20 % of wall W. */
function fitTarget(wallW: number, memoryGb: number): number {
  return Math.log(Math.max(wallW - MEMORY_W_PER_GB * memoryGb, 0.2 * wallW));
}

/** The model's inputs for a training server: SPEC's own TDP, era clamped to the data's range. */
function trainingInputs(r: SpecServer, eraYearRange: [number, number]): { inputs: ModelInputs; family: string } {
  const fam = cpuFamilyFromName(r.cpu);
  const eraYear = Math.min(eraYearRange[1], Math.max(eraYearRange[0], fam.eraYear ?? eraYearRange[1]));
  return { inputs: { chips: r.chips, tdpW: r.tdpW, threads: r.threads, eraYear, vendor: fam.vendor }, family: fam.family };
}

/**
 * Base model: fits log(wall W − memory W) per load level by least absolute deviations
 * (IRLS) on the base features plus one ridge-shrunk offset per microarchitecture family.
 */
export function fitBaseModel(rows: SpecServer[], loco: PowerModelData['loco']): PowerModelData {
  const fams = rows.map((r) => cpuFamilyFromName(r.cpu));
  const known = fams.map((f) => f.eraYear).filter((y): y is number => y !== null);
  const eraYearRange: [number, number] = [Math.min(...known), Math.max(...known)];
  const families = [...new Set(fams.map((f) => f.family))].sort();
  const x: SparseRow[] = rows.map((r) => {
    const t = trainingInputs(r, eraYearRange);
    const base = modelFeatures(t.inputs);
    return { idx: [...base.keys(), MODEL_FEATURES.length + families.indexOf(t.family)], val: [...base, 1] };
  });
  const penalty = [...MODEL_FEATURES.map(() => 0), ...families.map(() => FAMILY_PENALTY)];
  const coefficients: number[][] = [];
  const offsets: number[][] = families.map(() => []);
  for (let k = 0; k < LOAD_LEVELS_PCT.length; k++) {
    const y = rows.map((r) => {
      const w = r.wattsAtLoad[k];
      return fitTarget(w, r.memoryGb);
    });
    let beta = weightedRidge(x, y, rows.map(() => 1), penalty);
    for (let it = 0; it < IRLS_ITERATIONS; it++) {
      const w = x.map((xi, i) => 1 / Math.max(IRLS_FLOOR, Math.abs(y[i] - dot(xi, beta))));
      beta = weightedRidge(x, y, w, penalty);
    }
    coefficients.push(beta.slice(0, MODEL_FEATURES.length).map((b) => round(b, 6)));
    families.forEach((_, f) => offsets[f].push(round(beta[MODEL_FEATURES.length + f], 6)));
  }
  // Defaults for CPUs the TDP table lacks come from recent models only (family era ≥
  // 2019): an unknown CPU met today is recent, and W per core fell fourfold since 2007.
  const byGroup = new Map<string, SpecServer>();
  rows.forEach((r, i) => {
    if ((fams[i].eraYear ?? 0) >= RECENT_ERA_YEAR && !byGroup.has(r.group)) byGroup.set(r.group, r);
  });
  const models = [...byGroup.values()];
  return {
    version: 2,
    name: 'SPECpower fit v2',
    source: SPEC_SOURCE,
    commit: SPEC_COMMIT,
    licence: 'MIT (collection); SPEC results are public',
    fitDate: FIT_DATE,
    memoryWPerGb: MEMORY_W_PER_GB,
    features: MODEL_FEATURES,
    eraYearRange,
    coefficients,
    familyOffsets: Object.fromEntries(families.map((f, i) => [f, offsets[i]])),
    defaults: {
      tdpWPerCore: round(median(models.map((m) => m.tdpW / (m.cores / m.chips))), 3),
      tdpWPerThread: round(median(models.map((m) => m.tdpW / (m.threads / m.chips))), 3),
      tdpW: round(median(models.map((m) => m.tdpW)), 1),
    },
    loco,
  };
}

/**
 * The base model's log residuals at its own training servers, with their coordinates
 * scaled by their SD over those servers. Rounded as shipped, so evaluation and runtime
 * use the same numbers.
 */
export function residualKernelFor(model: PowerModelData, rows: SpecServer[], bandwidth: number, priorWeight: number): ResidualKernel {
  const raw: number[][] = [];
  const lnResiduals = rows.map((r) => {
    const t = trainingInputs(r, model.eraYearRange);
    raw.push(kernelCoordinates(t.inputs, r.memoryGb));
    return baseLogCurve(model, t.inputs, t.family).map((s, k) => round(fitTarget(r.wattsAtLoad[k], r.memoryGb) - s, 4));
  });
  const scales = KERNEL_COORDINATES.map((_, j) => {
    const m = mean(raw.map((c) => c[j]));
    const sd = Math.sqrt(mean(raw.map((c) => (c[j] - m) ** 2)));
    return round(sd > 1e-9 ? sd : 1, 4);
  });
  const points = raw.map((c) => c.map((v, j) => round(v / scales[j], 4)));
  return { coordinates: KERNEL_COORDINATES, scales, bandwidth, priorWeight, points, lnResiduals };
}

export interface KernelChoice {
  bandwidth: number;
  priorWeight: number;
  /** Inner-CV median absolute % error per grid point, "h/λ" → %. */
  innerMedianAbsPctErr: Record<string, number>;
}

/**
 * Chooses h and λ by grouped inner cross-validation on `rows` alone: CPU models dealt
 * round-robin into INNER_FOLDS folds; each fold is predicted (runtime inputs: name → TDP
 * table) by a base model and residuals fitted on the other folds; the grid point with the
 * lowest median absolute % error over all levels wins (ties: first in grid order).
 */
export function chooseKernel(rows: SpecServer[], table: CpuTdpTable): KernelChoice {
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  const grid = KERNEL_BANDWIDTHS.flatMap((h) => KERNEL_PRIOR_WEIGHTS.map((l) => [h, l] as const));
  const errs = grid.map(() => [] as number[]);
  const placeholder = { medianAbsPctErr: 0, meanAbsPctErr: 0, cpuModels: 0, servers: 0 };
  for (let f = 0; f < INNER_FOLDS; f++) {
    const held = new Set(groups.filter((_, i) => i % INNER_FOLDS === f));
    const train = rows.filter((r) => !held.has(r.group));
    const model = fitBaseModel(train, placeholder);
    const kernel = residualKernelFor(model, train, 1, 1);
    for (const r of rows.filter((r) => held.has(r.group))) {
      const s = resolveServer(model, table, { cpu: r.cpu, sockets: r.chips, cores: r.cores, threads: r.threads, memoryGb: r.memoryGb });
      const logs = baseLogCurve(model, s.inputs, s.family);
      const memoryW = s.memoryGb * model.memoryWPerGb;
      const d2 = squaredDistances(kernel, kernelCoordinates(s.inputs, s.memoryGb));
      grid.forEach(([h, l], g) => {
        const c = correctionFromDistances(d2, kernel.lnResiduals, h, l);
        logs.forEach((v, k) => {
          const w = Math.exp(v + c.lnCorrection[k]) + memoryW;
          errs[g].push((100 * Math.abs(w - r.wattsAtLoad[k])) / r.wattsAtLoad[k]);
        });
      });
    }
  }
  const scores = errs.map(median);
  let best = 0;
  scores.forEach((sc, g) => {
    if (sc < scores[best]) best = g;
  });
  return {
    bandwidth: grid[best][0],
    priorWeight: grid[best][1],
    innerMedianAbsPctErr: Object.fromEntries(grid.map(([h, l], g) => [`${h}/${l}`, round(scores[g], 2)])),
  };
}

/** Base model plus the residual kernel at the given h and λ. */
export function fitPowerModel(rows: SpecServer[], loco: PowerModelData['loco'], choice: Pick<KernelChoice, 'bandwidth' | 'priorWeight'>): PowerModelData {
  const model = fitBaseModel(rows, loco);
  const { loco: l, ...rest } = model;
  return { ...rest, residualKernel: residualKernelFor(model, rows, choice.bandwidth, choice.priorWeight), loco: l };
}

// ---------- leave-one-CPU-model-out evaluation ----------

export type Method = 'ours' | 'oursBase' | 'codecarbon' | 'ccf' | 'teads';
export const METHODS: Method[] = ['ours', 'oursBase', 'codecarbon', 'ccf', 'teads'];
const METHOD_LABELS: Record<Method, string> = { ours: 'ours', oursBase: 'ours, base only', codecarbon: 'CodeCarbon', ccf: 'CCF', teads: 'Teads' };

export interface MethodErrors {
  perLevel: { levelPct: number; medianAbsPctErr: number; meanAbsPctErr: number }[];
  overall: { medianAbsPctErr: number; meanAbsPctErr: number };
}

export function evaluateLoco(rows: SpecServer[], table: CpuTdpTable, onFold?: (done: number, total: number) => void) {
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  const errs = Object.fromEntries(METHODS.map((m) => [m, LOAD_LEVELS_PCT.map(() => [] as number[])])) as Record<Method, number[][]>;
  let tdpFromTable = 0;
  const picks = new Map<string, number>();
  const placeholder = { medianAbsPctErr: 0, meanAbsPctErr: 0, cpuModels: 0, servers: 0 };
  groups.forEach((g, gIndex) => {
    const train = rows.filter((r) => r.group !== g);
    // h and λ are chosen on the training fold only, so the held-out model stays unseen.
    const choice = chooseKernel(train, table);
    const key = `${choice.bandwidth}/${choice.priorWeight}`;
    picks.set(key, (picks.get(key) ?? 0) + 1);
    const model = fitPowerModel(train, placeholder, choice);
    const { residualKernel: _, ...baseModel } = model;
    for (const r of rows.filter((r) => r.group === g)) {
      // Held-out servers go through the runtime path: name → TDP table → model.
      const spec = { cpu: r.cpu, sockets: r.chips, cores: r.cores, threads: r.threads, memoryGb: r.memoryGb };
      const curve = predictWithModel(model, table, spec);
      const baseCurve = predictWithModel(baseModel, table, spec);
      if (curve.tdpSource === 'table') tdpFromTable++;
      const s: BaselineServer = { chips: r.chips, tdpW: curve.tdpW, threads: r.threads, memoryGb: r.memoryGb, family: curve.family };
      LOAD_LEVELS_PCT.forEach((pct, k) => {
        const u = pct / 100;
        const truth = r.wattsAtLoad[k];
        const pred: Record<Method, number> = {
          ours: curve.wattsAtLoad[k],
          oursBase: baseCurve.wattsAtLoad[k],
          codecarbon: codeCarbonW(s, u),
          ccf: ccfW(s, u),
          teads: teadsW(s, u),
        };
        for (const m of METHODS) errs[m][k].push((100 * Math.abs(pred[m] - truth)) / truth);
      });
    }
    onFold?.(gIndex + 1, groups.length);
  });
  const summary = Object.fromEntries(
    METHODS.map((m) => {
      const all = errs[m].flat();
      const e: MethodErrors = {
        perLevel: LOAD_LEVELS_PCT.map((pct, k) => ({
          levelPct: pct,
          medianAbsPctErr: round(median(errs[m][k]), 2),
          meanAbsPctErr: round(mean(errs[m][k]), 2),
        })),
        overall: { medianAbsPctErr: round(median(all), 2), meanAbsPctErr: round(mean(all), 2) },
      };
      return [m, e];
    }),
  ) as Record<Method, MethodErrors>;
  const kernelPicks = Object.fromEntries([...picks.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { summary, cpuModels: groups.length, servers: rows.length, tdpFromTable, kernelPicks };
}

export function markdownTable(summary: Record<Method, MethodErrors>): string {
  const head = ['load', ...METHODS.flatMap((m) => [`${METHOD_LABELS[m]} median`, `${METHOD_LABELS[m]} mean`])];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const f = (x: number) => x.toFixed(1);
  const out = [line(head), line(head.map(() => '---'))];
  LOAD_LEVELS_PCT.forEach((pct, k) => {
    out.push(line([pct === 0 ? 'idle' : `${pct} %`, ...METHODS.flatMap((m) => [f(summary[m].perLevel[k].medianAbsPctErr), f(summary[m].perLevel[k].meanAbsPctErr)])]));
  });
  out.push(line(['**all**', ...METHODS.flatMap((m) => [`**${f(summary[m].overall.medianAbsPctErr)}**`, `**${f(summary[m].overall.meanAbsPctErr)}**`])]));
  return out.join('\n');
}

function main(): void {
  requireSharedFiles('derive-power-model', sharedDir, ['cpu-tdp/cpu_power.csv', 'specpower/servers.csv']);
  const { table, conflicts } = deriveTdpTable(readFileSync(join(sharedDir, 'cpu-tdp', 'cpu_power.csv'), 'utf8'));
  const entries = Object.entries(table.tdpW).map(([k, v]) => `${JSON.stringify(k)}:${v}`);
  const head = JSON.stringify({ source: table.source, commit: table.commit, licence: table.licence }).slice(0, -1);
  writeFileSync(join(repoRoot, 'data', 'cpu-tdp.json'), `${head},"tdpW":{\n${entries.join(',\n')}\n}}\n`);
  console.error(`cpu-tdp.json: ${entries.length} names (${conflicts} duplicate names with another TDP; first kept)`);

  const rows = readSpecServers(readFileSync(join(sharedDir, 'specpower', 'servers.csv'), 'utf8'));
  const disagree = rows.filter((r) => {
    const a = r.architecture === 'epyc' ? 'epyc-gen3' : r.architecture || 'unknown';
    return cpuFamilyFromName(r.cpu).family !== a;
  });
  console.error(`family from name disagrees with SPEC's Architecture column on ${disagree.length}/${rows.length} servers`);

  const evaluation = evaluateLoco(rows, table, (done, total) => {
    if (done % 20 === 0 || done === total) console.error(`LOCO: ${done}/${total} CPU models`);
  });
  const loco = {
    medianAbsPctErr: evaluation.summary.ours.overall.medianAbsPctErr,
    meanAbsPctErr: evaluation.summary.ours.overall.meanAbsPctErr,
    cpuModels: evaluation.cpuModels,
    servers: evaluation.servers,
  };
  const choice = chooseKernel(rows, table);
  console.error(`neighbour correction for the shipped model: h = ${choice.bandwidth}, λ = ${choice.priorWeight} (inner CV)`);
  const model = fitPowerModel(rows, loco, choice);
  // One line per number array (coefficients, each training server's point and residuals).
  const modelJson = JSON.stringify(model, null, 1).replace(/\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g, (_, items: string) => `[${items.split(/,\s*/).join(',')}]`);
  writeFileSync(join(repoRoot, 'data', 'power-model.json'), `${modelJson}\n`);
  const evalFile = {
    description: 'Leave-one-CPU-model-out absolute % error of whole-server wall power, SPECpower_ssj2008 (scripts/derive-power-model.ts)',
    source: SPEC_SOURCE,
    commit: SPEC_COMMIT,
    fitDate: FIT_DATE,
    cpuModels: evaluation.cpuModels,
    servers: evaluation.servers,
    heldOutTdpFromTable: evaluation.tdpFromTable,
    neighbourCorrection: {
      description: 'h/λ chosen by 5-fold grouped inner cross-validation inside each leave-out fold: how many folds picked each',
      picks: evaluation.kernelPicks,
      shipped: choice,
    },
    methods: evaluation.summary,
  };
  writeFileSync(join(repoRoot, 'data', 'power-model-eval.json'), `${JSON.stringify(evalFile, null, 1)}\n`);
  console.log(`Leave-one-CPU-model-out, ${evaluation.servers} servers, ${evaluation.cpuModels} CPU models (TDP from the table for ${evaluation.tdpFromTable}):\n`);
  console.log(markdownTable(evaluation.summary));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
