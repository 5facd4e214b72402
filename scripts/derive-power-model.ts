// Derives data/cpu-tdp.json, data/power-model.json and data/power-model-eval.json from
// ../shared (SPECpower_ssj2008 results and CodeCarbon's TDP table), and prints the
// leave-one-CPU-model-out table that docs/methodology.md quotes.
//   npx tsx scripts/derive-power-model.ts
// Output is byte-identical on rerun: no clocks, sorted keys, rounded coefficients.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { cpuFamilyFromName, normaliseCpuName, type CpuTdpTable } from '../src/meter/cpu-name';
import {
  LOAD_LEVELS_PCT,
  MEMORY_W_PER_GB,
  MODEL_FEATURES,
  modelFeatures,
  predictWithModel,
  type PowerModelData,
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

function weightedRidge(x: number[][], y: number[], w: number[], penalty: number[]): number[] {
  const p = penalty.length;
  const a = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const b = new Array<number>(p).fill(0);
  let wSum = 0;
  for (let i = 0; i < x.length; i++) {
    wSum += w[i];
    for (let j = 0; j < p; j++) {
      b[j] += w[i] * x[i][j] * y[i];
      for (let k = j; k < p; k++) a[j][k] += w[i] * x[i][j] * x[i][k];
    }
  }
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < j; k++) a[j][k] = a[k][j];
    a[j][j] += penalty[j] * wSum;
  }
  return solve(a, b);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * Fits log(wall W − memory W) per load level by least absolute deviations (IRLS) on the
 * base features plus one ridge-shrunk offset per microarchitecture family.
 */
export function fitPowerModel(rows: SpecServer[], loco: PowerModelData['loco']): PowerModelData {
  const fams = rows.map((r) => cpuFamilyFromName(r.cpu));
  const known = fams.map((f) => f.eraYear).filter((y): y is number => y !== null);
  const eraYearRange: [number, number] = [Math.min(...known), Math.max(...known)];
  const families = [...new Set(fams.map((f) => f.family))].sort();
  const x = rows.map((r, i) => {
    const era = Math.min(eraYearRange[1], Math.max(eraYearRange[0], fams[i].eraYear ?? eraYearRange[1]));
    const base = modelFeatures({ chips: r.chips, tdpW: r.tdpW, threads: r.threads, eraYear: era, vendor: fams[i].vendor });
    return [...base, ...families.map((f) => (fams[i].family === f ? 1 : 0))];
  });
  const penalty = [...MODEL_FEATURES.map(() => 0), ...families.map(() => FAMILY_PENALTY)];
  const coefficients: number[][] = [];
  const offsets: number[][] = families.map(() => []);
  for (let k = 0; k < LOAD_LEVELS_PCT.length; k++) {
    const y = rows.map((r) => {
      const w = r.wattsAtLoad[k];
      return Math.log(Math.max(w - MEMORY_W_PER_GB * r.memoryGb, 0.2 * w));
    });
    let beta = weightedRidge(x, y, rows.map(() => 1), penalty);
    for (let it = 0; it < IRLS_ITERATIONS; it++) {
      const w = x.map((xi, i) => 1 / Math.max(IRLS_FLOOR, Math.abs(y[i] - xi.reduce((s, v, j) => s + v * beta[j], 0))));
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
    version: 1,
    name: 'SPECpower fit v1',
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

// ---------- leave-one-CPU-model-out evaluation ----------

export type Method = 'ours' | 'codecarbon' | 'ccf' | 'teads';
export const METHODS: Method[] = ['ours', 'codecarbon', 'ccf', 'teads'];

export interface MethodErrors {
  perLevel: { levelPct: number; medianAbsPctErr: number; meanAbsPctErr: number }[];
  overall: { medianAbsPctErr: number; meanAbsPctErr: number };
}

export function evaluateLoco(rows: SpecServer[], table: CpuTdpTable) {
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  const errs: Record<Method, number[][]> = { ours: [], codecarbon: [], ccf: [], teads: [] };
  for (const m of METHODS) for (let k = 0; k < LOAD_LEVELS_PCT.length; k++) errs[m].push([]);
  let tdpFromTable = 0;
  const placeholder = { medianAbsPctErr: 0, meanAbsPctErr: 0, cpuModels: 0, servers: 0 };
  for (const g of groups) {
    const model = fitPowerModel(rows.filter((r) => r.group !== g), placeholder);
    for (const r of rows.filter((r) => r.group === g)) {
      // Held-out servers go through the runtime path: name → TDP table → model.
      const curve = predictWithModel(model, table, {
        cpu: r.cpu,
        sockets: r.chips,
        cores: r.cores,
        threads: r.threads,
        memoryGb: r.memoryGb,
      });
      if (curve.tdpSource === 'table') tdpFromTable++;
      const s: BaselineServer = { chips: r.chips, tdpW: curve.tdpW, threads: r.threads, memoryGb: r.memoryGb, family: curve.family };
      LOAD_LEVELS_PCT.forEach((pct, k) => {
        const u = pct / 100;
        const truth = r.wattsAtLoad[k];
        const pred: Record<Method, number> = { ours: curve.wattsAtLoad[k], codecarbon: codeCarbonW(s, u), ccf: ccfW(s, u), teads: teadsW(s, u) };
        for (const m of METHODS) errs[m][k].push((100 * Math.abs(pred[m] - truth)) / truth);
      });
    }
  }
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
  return { summary, cpuModels: groups.length, servers: rows.length, tdpFromTable };
}

export function markdownTable(summary: Record<Method, MethodErrors>): string {
  const head = ['load', 'ours median', 'ours mean', 'CodeCarbon median', 'CodeCarbon mean', 'CCF median', 'CCF mean', 'Teads median', 'Teads mean'];
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

  const evaluation = evaluateLoco(rows, table);
  const loco = {
    medianAbsPctErr: evaluation.summary.ours.overall.medianAbsPctErr,
    meanAbsPctErr: evaluation.summary.ours.overall.meanAbsPctErr,
    cpuModels: evaluation.cpuModels,
    servers: evaluation.servers,
  };
  const model = fitPowerModel(rows, loco);
  writeFileSync(join(repoRoot, 'data', 'power-model.json'), `${JSON.stringify(model, null, 1)}\n`);
  const evalFile = {
    description: 'Leave-one-CPU-model-out absolute % error of whole-server wall power, SPECpower_ssj2008 (scripts/derive-power-model.ts)',
    source: SPEC_SOURCE,
    commit: SPEC_COMMIT,
    fitDate: FIT_DATE,
    cpuModels: evaluation.cpuModels,
    servers: evaluation.servers,
    heldOutTdpFromTable: evaluation.tdpFromTable,
    methods: evaluation.summary,
  };
  writeFileSync(join(repoRoot, 'data', 'power-model-eval.json'), `${JSON.stringify(evalFile, null, 1)}\n`);
  console.log(`Leave-one-CPU-model-out, ${evaluation.servers} servers, ${evaluation.cpuModels} CPU models (TDP from the table for ${evaluation.tdpFromTable}):\n`);
  console.log(markdownTable(evaluation.summary));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
