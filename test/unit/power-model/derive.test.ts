import { describe, expect, it } from 'vitest';
import { chooseKernel, fitBaseModel, fitPowerModel, KERNEL_BANDWIDTHS, KERNEL_PRIOR_WEIGHTS, type SpecServer } from '../../../scripts/derive-power-model';
import type { CpuTdpTable } from '../../../src/meter/cpu-name';
import { MEMORY_W_PER_GB, predictWithModel } from '../../../src/meter/power-model';

// Synthetic SPECpower-like servers from a known law, so the fit can be checked by hand:
//   W_k = exp(0.5 + 0.05·k + 0.8·ln(chips·TDP) + 0.1·ln(threads)) + 0.392 W/GB × memory GB
// (k = 0 … 10 for idle … 100 %). Eight CPU names span five eras, both vendors, 1–2 chips.
const CPUS: [name: string, tdpW: number, coresPerChip: number][] = [
  ['Intel Xeon X5670', 95, 6],
  ['Intel Xeon E5-2660', 95, 8],
  ['Intel Xeon E5-2680 v4', 120, 14],
  ['Intel Xeon Gold 6130', 125, 16],
  ['Intel Xeon Platinum 8280', 205, 28],
  ['AMD EPYC 7502', 180, 32],
  ['AMD EPYC 7763', 280, 64],
  ['AMD Opteron 6174', 80, 12],
];
const CONFIGS = [
  { chips: 1, memoryGb: 16 },
  { chips: 2, memoryGb: 64 },
  { chips: 2, memoryGb: 24 },
];

function lawW(chips: number, tdpW: number, threads: number, memoryGb: number, k: number): number {
  return Math.exp(0.5 + 0.05 * k + 0.8 * Math.log(chips * tdpW) + 0.1 * Math.log(threads)) + MEMORY_W_PER_GB * memoryGb;
}

function servers(noise: (i: number, k: number) => number): SpecServer[] {
  const rows: SpecServer[] = [];
  CPUS.forEach(([cpu, tdpW, cpc]) =>
    CONFIGS.forEach(({ chips, memoryGb }) => {
      const cores = cpc * chips;
      const threads = cpu.includes('Opteron') ? cores : cores * 2;
      const i = rows.length;
      rows.push({
        group: cpu,
        cpu,
        chips,
        cores,
        threads,
        memoryGb,
        tdpW,
        architecture: '',
        wattsAtLoad: Array.from({ length: 11 }, (_, k) => lawW(chips, tdpW, threads, memoryGb, k) * noise(i, k)),
      });
    }),
  );
  return rows;
}

const TABLE: CpuTdpTable = { source: 't', commit: 'c', licence: 'MIT', tdpW: Object.fromEntries(CPUS.map(([n, w]) => [n, w])) };
const LOCO = { medianAbsPctErr: 0, meanAbsPctErr: 0, cpuModels: 0, servers: 0 };

describe('fitBaseModel (synthetic law)', () => {
  it('recovers the law exactly when the data follow it', () => {
    const m = fitBaseModel(
      servers(() => 1),
      LOCO,
    );
    // [intercept, ln(chips·TDP), ln threads, ln chips, era, era², AMD]: idle 0.5 + 0·0.05, full 0.5 + 10·0.05 = 1.0
    const want = (k: number) => [0.5 + 0.05 * k, 0.8, 0.1, 0, 0, 0, 0];
    for (const k of [0, 5, 10]) m.coefficients[k].forEach((b, j) => expect(b).toBeCloseTo(want(k)[j], 4));
    expect(m.eraYearRange).toEqual([2009, 2021]);
  });
});

describe('residual kernel (synthetic law with ±5 % noise)', () => {
  // Noise that varies by server far more than by level, so curves keep rising with load.
  const rows = servers((i, k) => 1 + 0.05 * Math.sin(7.3 * i + 0.1 * k));

  it('with λ = 0 and a tiny bandwidth, reproduces a training server (residuals rounded to 1e-4 in ln)', () => {
    const model = fitPowerModel(rows, LOCO, { bandwidth: 0.001, priorWeight: 0 });
    // A server whose noisy curve still rises with load: the runtime never lets a curve fall.
    const r = rows.find((row) => row.wattsAtLoad.every((w, k, a) => k === 0 || w >= a[k - 1]));
    if (!r) throw new Error('the synthetic rows have no rising curve');
    const c = predictWithModel(model, TABLE, { cpu: r.cpu, sockets: r.chips, cores: r.cores, threads: r.threads, memoryGb: r.memoryGb });
    expect(c.neighbourWeight).toBeCloseTo(1, 6);
    // |exp(±5e-5) − 1| ≤ 5e-5 of the non-memory part: well inside 0.01 %
    c.wattsAtLoad.forEach((w, k) => expect(Math.abs(w - r.wattsAtLoad[k]) / r.wattsAtLoad[k]).toBeLessThan(1e-4));
    // and the base model alone does not (the noise is up to 5 %)
    const { residualKernel: _, ...base } = model;
    const b = predictWithModel(base, TABLE, { cpu: r.cpu, sockets: r.chips, cores: r.cores, threads: r.threads, memoryGb: r.memoryGb });
    expect(Math.max(...b.wattsAtLoad.map((w, k) => Math.abs(w - r.wattsAtLoad[k]) / r.wattsAtLoad[k]))).toBeGreaterThan(0.01);
  });

  it('chooseKernel picks from the grid and scores every grid point', () => {
    const choice = chooseKernel(rows, TABLE);
    expect(KERNEL_BANDWIDTHS).toContain(choice.bandwidth);
    expect(KERNEL_PRIOR_WEIGHTS).toContain(choice.priorWeight);
    expect(Object.keys(choice.innerMedianAbsPctErr)).toHaveLength(KERNEL_BANDWIDTHS.length * KERNEL_PRIOR_WEIGHTS.length);
    const best = Math.min(...Object.values(choice.innerMedianAbsPctErr));
    expect(choice.innerMedianAbsPctErr[`${choice.bandwidth}/${choice.priorWeight}`]).toBe(best);
  });
});
