import { describe, expect, it } from 'vitest';
import {
  ccfMemoryGb,
  chooseKernel,
  cpuGroup,
  cpuModelCorrectionFor,
  fitBaseModel,
  fitMemory,
  fitPowerModel,
  KERNEL_BANDWIDTHS,
  KERNEL_PRIOR_WEIGHTS,
  readSpec2023Servers,
  setTdpTable,
  uncertaintyTable,
  type HeldOutPoint,
  type SpecServer,
} from '../../../scripts/derive-power-model';
import { cpuFamilyFromName, type CpuTdpTable } from '../../../src/meter/cpu-name';
import { baseLogCurve, predictWithModel } from '../../../src/meter/power-model';

/** The synthetic law's memory coefficient, W/GB. */
const MEMORY_W_PER_GB = 0.05;

// Synthetic SPECpower-like servers from a known law, so the fit can be checked by hand:
//   W_k = exp(0.5 + 0.05·k + 0.8·ln(chips·TDP) + 0.1·ln(threads)) + 0.05 W/GB × memory GB
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
        system: `${cpu} server`,
        set: 'spec2007',
        wattsAtLoad: Array.from({ length: 11 }, (_, k) => lawW(chips, tdpW, threads, memoryGb, k) * noise(i, k)),
      });
    }),
  );
  return rows;
}

const TABLE: CpuTdpTable = {
  source: 't',
  commit: 'c',
  licence: 'MIT',
  tdpW: Object.fromEntries(CPUS.map(([n, w]) => [n, w])),
};
setTdpTable(TABLE);
const W = (r: SpecServer, k: number): number => r.wattsAtLoad[k] as number;
const LOCO = { medianAbsPctErr: 0, meanAbsPctErr: 0, cpuModels: 0, servers: 0 };

describe('fitBaseModel (synthetic law)', () => {
  it('recovers the law exactly when the data follow it', () => {
    const rows = servers(() => 1);
    const m = fitBaseModel(rows, LOCO, MEMORY_W_PER_GB);
    // Ten features on eight CPUs are not all identified (SMT is a mix of the others here), so
    // the check is on what is: every output reproduces ln(W − memory) at every server, …
    for (const r of rows) {
      const logs = baseLogCurve(
        m,
        {
          chips: r.chips,
          tdpW: r.tdpW as number,
          threads: r.threads,
          cores: r.cores,
          eraYear: cpuFamilyFromName(r.cpu).eraYear as number,
          vendor: cpuFamilyFromName(r.cpu).vendor,
        },
        cpuFamilyFromName(r.cpu).family,
      );
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 10].forEach((k, o) =>
        expect(logs[o]).toBeCloseTo(Math.log(W(r, k) - MEMORY_W_PER_GB * r.memoryGb), 4),
      );
    }
    // … and the levels differ by the law's 0.05 per level in the intercept alone: full − idle = 0.5.
    for (let o = 1; o < 13; o++) {
      const k = o <= 10 ? o : o === 11 ? 0 : 10;
      m.coefficients[o].forEach((b, j) => expect(b - m.coefficients[0][j]).toBeCloseTo(j === 0 ? 0.05 * k : 0, 4));
    }
    expect(m.eraYearRange).toEqual([2009, 2021]);
  });
});

describe('residual kernel (synthetic law with ±5 % noise)', () => {
  // Noise that varies by server far more than by level, so curves keep rising with load.
  const rows = servers((i, k) => 1 + 0.05 * Math.sin(7.3 * i + 0.1 * k));

  it('with λ = 0 and a tiny bandwidth, reproduces a training server (residuals rounded to 1e-4 in ln)', () => {
    const model = fitPowerModel(rows, LOCO, { bandwidth: 0.001, priorWeight: 0 }, MEMORY_W_PER_GB);
    // A server whose noisy curve still rises with load: the runtime never lets a curve fall.
    const r = rows.find((row) => row.wattsAtLoad.every((w, k, a) => k === 0 || (w as number) >= (a[k - 1] as number)));
    if (!r) throw new Error('the synthetic rows have no rising curve');
    const c = predictWithModel(model, TABLE, {
      cpu: r.cpu,
      sockets: r.chips,
      cores: r.cores,
      threads: r.threads,
      memoryGb: r.memoryGb,
    });
    expect(c.neighbourWeight).toBeCloseTo(1, 6);
    // |exp(±5e-5) − 1| ≤ 5e-5 of the non-memory part: well inside 0.01 %
    c.wattsAtLoad.forEach((w, k) => expect(Math.abs(w - W(r, k)) / W(r, k)).toBeLessThan(1e-4));
    // and the base model alone does not (the noise is up to 5 %)
    const { residualKernel: _, ...base } = model;
    const b = predictWithModel(base, TABLE, {
      cpu: r.cpu,
      sockets: r.chips,
      cores: r.cores,
      threads: r.threads,
      memoryGb: r.memoryGb,
    });
    expect(Math.max(...b.wattsAtLoad.map((w, k) => Math.abs(w - W(r, k)) / W(r, k)))).toBeGreaterThan(0.01);
  });

  it('chooseKernel picks from the grid and scores every grid point', () => {
    const choice = chooseKernel(rows, MEMORY_W_PER_GB);
    expect(KERNEL_BANDWIDTHS).toContain(choice.bandwidth);
    expect(KERNEL_PRIOR_WEIGHTS).toContain(choice.priorWeight);
    expect(Object.keys(choice.innerMedianAbsPctErr)).toHaveLength(
      KERNEL_BANDWIDTHS.length * KERNEL_PRIOR_WEIGHTS.length,
    );
    const best = Math.min(...Object.values(choice.innerMedianAbsPctErr));
    expect(choice.innerMedianAbsPctErr[`${choice.bandwidth}/${choice.priorWeight}`]).toBe(best);
  });
});

describe('results with idle and full load only (2023+)', () => {
  const rows = servers(() => 1);
  // The same law, but only idle and 100 % measured, for two more CPUs of a new era.
  const partial: SpecServer[] = [
    { ...rows[0], group: 'amd epyc 9754', cpu: 'AMD EPYC 9754', tdpW: null, set: 'spec2023' as const },
    { ...rows[1], group: 'intel xeon 8592', cpu: 'Intel Xeon Platinum 8592+', tdpW: null, set: 'spec2023' as const },
  ].map((r) => ({ ...r, wattsAtLoad: r.wattsAtLoad.map((w, k) => (k === 0 || k === 10 ? w : null)) }));

  it('are fitted at idle and full load only: nothing is invented in between', () => {
    const model = fitPowerModel([...rows, ...partial], LOCO, { bandwidth: 0.5, priorWeight: 1 }, MEMORY_W_PER_GB);
    const res = model.residualKernel?.lnResiduals ?? [];
    expect(res).toHaveLength(rows.length + 2);
    const last = res[res.length - 1];
    expect(last[0]).not.toBeNull();
    expect(last[10]).not.toBeNull();
    for (const o of [1, 5, 9, 11, 12]) expect(last[o]).toBeNull();
    // every full-curve row has all 13
    expect(res.slice(0, rows.length).every((r) => r.every((v) => v !== null))).toBe(true);
  });

  it('readSpec2023Servers reads idle and 100 % and leaves the rest null; 1 on a 512-thread server is read as 1 TB', () => {
    const csv = [
      'Hardware Vendor,System,CPU Description,Processor MHz,Chips,# Cores,# Cores Per Chip,# Threads Per Core,Total Threads,Total Memory (GB),avg. watts @ active idle,avg. watts @ 100%,Published,Power Supply Details',
      'V,S,AMD EPYC 8534PN,2000,1,64,64,2,128,192,55.8,202.0,Sep-2023,x',
      'V,S,"Intel(R) Xeon(R) Platinum 8592+,",1900,4,256,64,2,512,1,387.0,1829.0,May-2024,x',
    ].join('\n');
    const [a, b] = readSpec2023Servers(csv);
    expect(a.wattsAtLoad).toEqual([55.8, null, null, null, null, null, null, null, null, null, 202]);
    expect(a).toMatchObject({
      chips: 1,
      cores: 64,
      threads: 128,
      memoryGb: 192,
      tdpW: null,
      group: 'amd epyc 8534',
      set: 'spec2023',
    });
    expect(b).toMatchObject({
      cpu: 'Intel(R) Xeon(R) Platinum 8592+',
      chips: 4,
      memoryGb: 1024,
      group: 'intel xeon 8592',
    });
  });
});

describe('ccfMemoryGb: the unit of "Total Memory (GB)"', () => {
  // Rows of shared/specpower/servers-2023plus.csv as published (CCF's extract of SPECpower, commit b0032d9).
  const head =
    'Hardware Vendor,System,CPU Description,Processor MHz,Chips,# Cores,# Cores Per Chip,# Threads Per Core,Total Threads,Total Memory (GB),avg. watts @ active idle,avg. watts @ 100%,Published,Power Supply Details';
  const real = [
    'Dell Inc.,PowerEdge T150 (Intel Xeon E-2388G 3.20 GHz),Intel Xeon E-2388G,3200,1,8,8,2,16,16,21.2,84.1,Apr-2024,"400W 80Plus Platinum, Dell p/n XYD3F"',
    '"IEIT Systems Co., Ltd.",meta brain NF5280G8,Intel Xeon 6780E,2200,2,288,144,1,288,1,200.0,727.0,Oct-2024,1 x 1600w Great Wall Power; G_M_GW-CRPS1600D2W_1600W_1U_P; IEIT PN:ZMPS1000775',
    'Lenovo Global Technology,ThinkSystem SD530 V3,Intel Xeon Platinum 8592+,1900,4,256,64,2,512,1,387.0,1829.0,May-2024,Shared',
    'Supermicro,SuperServer 741GE-TNRT,"Intel(R) Xeon(R) Platinum 8592+,",1900,2,128,64,2,256,1,196.0,1025.0,Jan-2024,PWS-2K05A-1R',
  ];
  it('reads GB as GB and a dropped "1 TB" on a 256–512-thread server as 1024 GB', () => {
    const rows = readSpec2023Servers([head, ...real].join('\n'));
    expect(rows.map((r) => r.memoryGb)).toEqual([16, 1024, 1024, 1024]);
    expect(rows[2].system).toBe('Lenovo Global Technology | ThinkSystem SD530 V3');
    expect(ccfMemoryGb('16', 16, 'x')).toEqual({ memoryGb: 16, unit: 'GB' });
    expect(ccfMemoryGb('2', 64, 'x')).toEqual({ memoryGb: 2048, unit: 'TB' });
  });
  it('refuses what it cannot read, naming the row, the value and what is accepted', () => {
    expect(() => ccfMemoryGb('1', 16, 'Dell | T150 (Xeon E-2388G, Apr-2024)')).toThrow(
      /"Total Memory \(GB\)" is 1 for Dell \| T150 \(Xeon E-2388G, Apr-2024\) \(16 threads\); expected ≥ 8 GB, or a whole number of TB on a server of ≥ 64 threads/,
    );
    expect(() => ccfMemoryGb('1.5', 512, 'r')).toThrow(/is 1.5 for r/);
    expect(() => ccfMemoryGb('', 512, 'r')).toThrow(/is "" for r; expected > 0/);
  });
});

describe('cpuModelCorrectionFor: shrunk mean residual per CPU model (hand-worked)', () => {
  // The clean law, fitted exactly; then the CPU-and-platform part of every server of two CPU models is scaled by
  // exp(δ): A (X5670) by δ = 0.1, 0.2, 0.3, B (E5-2660) by −0.1 three times; the six other models keep δ = 0.
  const clean = servers(() => 1);
  const base = fitBaseModel(clean, LOCO, MEMORY_W_PER_GB);
  const deltas: Record<string, number[]> = {
    'Intel Xeon X5670': [0.1, 0.2, 0.3],
    'Intel Xeon E5-2660': [-0.1, -0.1, -0.1],
  };
  const seen: Record<string, number> = {};
  const rows = clean.map((r) => {
    const i = (seen[r.cpu] = (seen[r.cpu] ?? -1) + 1);
    const d = deltas[r.cpu]?.[i] ?? 0;
    const memW = MEMORY_W_PER_GB * r.memoryGb;
    return {
      ...r,
      system: `${r.cpu} #${i}`,
      wattsAtLoad: r.wattsAtLoad.map((w) => ((w as number) - memW) * Math.exp(d) + memW),
    };
  });
  it('κ = σ²within / τ²between; m = Σδ / (n + κ)', () => {
    // Every output alike. Within: only A varies, SS = 0.01 + 0 + 0.01 = 0.02 over Σ(n − 1) = 8 × 2 = 16 → 0.00125.
    // Means: A 0.2, B −0.1, six 0; their mean 0.0125, variance (0.1875² + 0.1125² + 6 × 0.0125²) / 7 = 0.0069643;
    // less 0.00125 / 3 → τ² = 0.0065476. κ = 0.00125 / 0.0065476 = 0.19091.
    const c = cpuModelCorrectionFor(base, rows);
    expect(c.shrinkage).toBeCloseTo(0.19091, 3);
    // A: 0.6 / 3.19091 = 0.18803; B: −0.3 / 3.19091 = −0.09402; the others 0
    c.lnOffsets[cpuGroup('Intel Xeon X5670')].forEach((v) => expect(v).toBeCloseTo(0.18803, 3));
    c.lnOffsets[cpuGroup('Intel Xeon E5-2660')].forEach((v) => expect(v).toBeCloseTo(-0.09402, 3));
    c.lnOffsets[cpuGroup('AMD EPYC 7763')].forEach((v) => expect(v).toBeCloseTo(0, 3));
    expect(c.servers[cpuGroup('Intel Xeon X5670')]).toBe(3);
  });
  it('fades to nothing when servers differ only within their CPU models', () => {
    // δ = 0.1, −0.1, 0 for every model: the means are all 0, so τ² ≤ 0 and κ takes its ceiling.
    const within = clean.map((r, i) => {
      const d = [0.1, -0.1, 0][i % 3];
      const memW = MEMORY_W_PER_GB * r.memoryGb;
      return {
        ...r,
        system: `s${i}`,
        wattsAtLoad: r.wattsAtLoad.map((w) => ((w as number) - memW) * Math.exp(d) + memW),
      };
    });
    const c = cpuModelCorrectionFor(base, within);
    expect(c.shrinkage).toBe(1e6);
    Object.values(c.lnOffsets).forEach((o) => o.forEach((v) => expect(Math.abs(v as number)).toBeLessThan(1e-5)));
  });
});

describe('cpuGroup: CPU model family, variants together', () => {
  it.each([
    ['AMD EPYC 8534P', 'AMD EPYC 8534PN'],
    ['AMD EPYC 9654', 'AMD EPYC 9654P'],
    ['Intel Xeon Platinum 8592+', 'Intel Xeon 8592+'],
    ['Intel Xeon L5640', 'Intel Xeon E5640'],
    ['AMD EPYC 7763 64-Core Processor', 'AMD EPYC 7763'],
  ])('%s ~ %s', (a, b) => expect(cpuGroup(a)).toBe(cpuGroup(b)));
  it('keeps generations apart', () => {
    expect(cpuGroup('Intel Xeon E5-2660')).not.toBe(cpuGroup('Intel Xeon E5-2660 v2'));
    expect(cpuGroup('AMD EPYC 7742')).not.toBe(cpuGroup('AMD EPYC 7763'));
  });
});

describe('fitMemory: ΔW/ΔGB of servers that differ only in memory', () => {
  const base = {
    group: 'g',
    chips: 2,
    cores: 16,
    threads: 32,
    tdpW: 100,
    architecture: '',
    system: 's',
    set: 'spec2007' as const,
  };
  const curve = (w0: number, w10: number) => LEVELS.map((k) => (k === 0 ? w0 : k === 10 ? w10 : null));
  const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it('median over every (pair, level) slope; pairs under 32 GB apart are skipped', () => {
    const rows: SpecServer[] = [
      // CPU A: 64 → 128 GB, idle +6.4 W (0.1 W/GB), full +12.8 W (0.2 W/GB)
      { ...base, cpu: 'Intel Xeon A 1111', memoryGb: 64, wattsAtLoad: curve(100, 300) },
      { ...base, cpu: 'Intel Xeon A 1111', memoryGb: 128, wattsAtLoad: curve(106.4, 312.8) },
      // 16 GB apart from the first: not a pair
      { ...base, cpu: 'Intel Xeon A 1111', memoryGb: 80, wattsAtLoad: curve(500, 900) },
      // CPU B: 32 → 96 GB, idle +0 W, full +19.2 W (0.3 W/GB)
      { ...base, cpu: 'Intel Xeon B 2222', memoryGb: 32, wattsAtLoad: curve(50, 200) },
      { ...base, cpu: 'Intel Xeon B 2222', memoryGb: 96, wattsAtLoad: curve(50, 219.2) },
    ];
    const m = fitMemory(rows);
    // pairs: A 64–128 (64 GB), A 80–128 (48 GB), B 32–96; A 64–80 is 16 GB apart.
    expect(m.pairs).toBe(3);
    // slopes: A64/128 0.1, 0.2; A80/128 (106.4−500)/48 = −8.2, (312.8−900)/48 = −12.233; B 0, 0.3
    // sorted −12.23, −8.2, 0, 0.1, 0.2, 0.3 → median (0 + 0.1)/2 = 0.05
    expect(m.wPerGb).toBeCloseTo(0.05, 10);
    expect(m.idleWPerGb).toBeCloseTo(0, 10); // idle slopes 0.1, −8.2, 0 → 0
    expect(m.fullWPerGb).toBeCloseTo(0.2, 10); // full slopes 0.2, −12.233, 0.3 → 0.2
  });
});

describe('uncertaintyTable: quantiles of measured ÷ predicted', () => {
  const pt = (family: string, vendor: string, level: number, cpuRatio: number): HeldOutPoint => ({
    set: 'spec2007',
    group: family,
    family,
    vendor,
    level,
    truthW: 1,
    predW: { ours: 1, oursBase: 1, codecarbon: 1, ccf: 1, teads: 1 },
    cpuRatio,
  });
  it('10th and 90th percentile, linear between order statistics; servers counted once', () => {
    // ratios 0.5, 0.6 … 1.5 (11 points): 10th percentile at position 1 → 0.6, 90th at 9 → 1.4
    const pts = Array.from({ length: 11 }, (_, i) => pt('skylake', 'intel', i, 0.5 + i / 10));
    const u = uncertaintyTable(pts);
    expect(u.byFamily.skylake.low).toBeCloseTo(0.6, 10);
    expect(u.byFamily.skylake.high).toBeCloseTo(1.4, 10);
    expect(u.byFamily.skylake.servers).toBe(1);
    expect(u.byVendor.intel).toEqual(u.byFamily.skylake);
    expect(u.all).toEqual(u.byFamily.skylake);
  });
});
