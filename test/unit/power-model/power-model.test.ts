import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CpuTdpTable } from '../../../src/meter/cpu-name';
import {
  CCF_MEMORY_W_PER_GB,
  correctionFromDistances,
  cpuBand,
  baseLogCurve,
  curveFromInputs,
  curveFromOutputs,
  kernelCoordinates,
  kernelCorrection,
  loadPowerModel,
  memoryWPerGb,
  MODEL_OUTPUTS,
  powerAtUtilisationW,
  predictServerPowerW,
  predictWithModel,
  squaredDistances,
  vmCpuCurve,
  withMinimumRise,
  type ModelInputs,
  type PowerModelData,
  type ResidualKernel,
  type ServerCurve,
} from '../../../src/meter/power-model';
import { modelCpuCurveForMachine } from '../../../src/meter/host';
import { unknownHostMachine } from '../../fixtures/machine';

const CURVE = [100, 120, 130, 145, 150, 160, 175, 180, 190, 200, 220];

describe('powerAtUtilisationW', () => {
  it('interpolates linearly between the 11 points', () => {
    // u = 0.25 → between 20 % (130) and 30 % (145), halfway: 130 + 0.5·15 = 137.5
    expect(powerAtUtilisationW(CURVE, 0.25)).toBeCloseTo(137.5, 10);
    // u = 0.95 → 200 + 0.5·(220 − 200) = 210
    expect(powerAtUtilisationW(CURVE, 0.95)).toBeCloseTo(210, 10);
    expect(powerAtUtilisationW(CURVE, 0.1)).toBeCloseTo(120, 10);
    expect(powerAtUtilisationW(CURVE, 0)).toBe(100);
    expect(powerAtUtilisationW(CURVE, 1)).toBe(220);
  });
  it('clamps outside [0, 1] and refuses bad input', () => {
    expect(powerAtUtilisationW(CURVE, -1)).toBe(100);
    expect(powerAtUtilisationW(CURVE, 2)).toBe(220);
    expect(() => powerAtUtilisationW(CURVE, Number.NaN)).toThrow(/utilisation is NaN/);
    expect(() => powerAtUtilisationW([1, 2, 3], 0.5)).toThrow(/curve has 3 points; expected 11/);
  });
});

describe('vmCpuCurve', () => {
  const host = {
    wattsAtLoad: [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200],
    profile: 'test host',
  } as ServerCurve;
  it('removes host memory and shares by threads', () => {
    // memory 50 GB × 0.392 = 19.6 W; share 4/64 = 1/16
    // idle: (100 − 19.6)/16 = 5.025 W; full: (200 − 19.6)/16 = 11.275 W
    const vm = vmCpuCurve(host, 50, 4, 64, 0.392);
    expect(vm.share).toBe(0.0625);
    expect(vm.hostMemoryW).toBeCloseTo(19.6, 10);
    expect(vm.cpuWattsAtLoad[0]).toBeCloseTo(5.025, 10);
    expect(vm.cpuWattsAtLoad[10]).toBeCloseTo(11.275, 10);
    expect(vm.profile).toMatch(/VM share 4\/64/);
  });
  it('never goes below zero and refuses a VM larger than its host', () => {
    expect(vmCpuCurve(host, 1000, 4, 64, 0.392).cpuWattsAtLoad[0]).toBe(0);
    expect(() => vmCpuCurve(host, 50, 65, 64)).toThrow(/vmThreads is 65; expected at most hostThreads \(64\)/);
    expect(() => vmCpuCurve(host, 50, 0, 64)).toThrow(/vmThreads is 0; expected a positive integer/);
  });
  it('splits the host at the one memory coefficient by default (the fitted one)', () => {
    const m = memoryWPerGb();
    expect(m).toBe(loadPowerModel().memoryWPerGb);
    // idle: (100 − 50·m)/16
    expect(vmCpuCurve(host, 50, 4, 64).cpuWattsAtLoad[0]).toBeCloseTo((100 - 50 * m) / 16, 10);
    expect(memoryWPerGb('ccf')).toBe(CCF_MEMORY_W_PER_GB);
  });
});

describe('predictWithModel (hand-made model)', () => {
  const table: CpuTdpTable = { source: 't', commit: 'c', licence: 'MIT', tdpW: { 'AMD EPYC 7763': 280 } };
  const model = {
    name: 'toy',
    memoryWPerGb: CCF_MEMORY_W_PER_GB,
    eraYearRange: [2007, 2021],
    // W = exp(ln(chips·TDP)) = chips·TDP at every level, + memory
    coefficients: Array.from({ length: MODEL_OUTPUTS }, () => [0, 1, 0, 0, 0, 0, 0, 0, 0, 0]),
    familyOffsets: {},
    defaults: { tdpWPerCore: 5, tdpWPerThread: 2.5, tdpW: 150 },
  } as unknown as PowerModelData;
  it('uses the table TDP and adds memory', () => {
    // 2 × 280 = 560 W flat, + 10 GB × 0.392 = 3.92 W → 563.92 W at full load. Flat, so the
    // minimum rise of 0.5 × 560 = 280 W makes it linear: 280 W at idle, 420 W at 50 %.
    const c = predictWithModel(model, table, { cpu: 'AMD EPYC 7763 64-Core Processor', sockets: 2, memoryGb: 10 });
    expect(c.tdpSource).toBe('table');
    expect(c.wattsAtLoad[10]).toBeCloseTo(563.92, 9);
    expect(c.wattsAtLoad[5]).toBeCloseTo(423.92, 9);
    expect(c.wattsAtLoad[0]).toBeCloseTo(283.92, 9);
    expect(c.threads).toBe(256); // 64 cores × 2 sockets × 2 (SMT assumed)
  });
  it('falls back to W-per-core × cores for an unknown CPU and flags it', () => {
    // 80 cores × 5 W = 400 W TDP; threads 160; memory default 160 × 4 = 640 GB → 250.88 W
    const c = predictWithModel(model, table, { cpu: 'AMD EPYC 9V74 80-Core Processor' });
    expect(c.tdpSource).toBe('default');
    expect(c.tdpW).toBe(400);
    expect(c.matchedName).toBeNull();
    expect(c.wattsAtLoad[10]).toBeCloseTo(400 + 250.88, 9);
    expect(c.wattsAtLoad[0]).toBeCloseTo(400 - 0.5 * 400 + 250.88, 9); // minimum rise: half the TDP
    expect(c.profile).toMatch(/default/);
  });
  it('names the bad field', () => {
    expect(() => predictWithModel(model, table, { cpu: 'x', sockets: 1.5 })).toThrow(
      /sockets is 1.5; expected a positive integer/,
    );
    expect(() => predictWithModel(model, table, { cpu: 'x', memoryGb: -2 })).toThrow(
      /memoryGb is -2; expected a positive number/,
    );
  });
});

describe('committed model (data/power-model.json)', () => {
  // A GitHub runner's VM with nothing said about hosting (no cloud, not known GitHub-hosted).
  const RUNNER_VM = unknownHostMachine();

  it('loads, has 13 outputs, and its recorded grouped-CV error on 2007–2022 curves has not regressed', () => {
    const m = loadPowerModel();
    expect(m.coefficients).toHaveLength(MODEL_OUTPUTS);
    expect(m.coefficients[0]).toHaveLength(m.features.length);
    expect(m.loco.cpuModels).toBeGreaterThanOrEqual(130);
    // Target ≤ 10 % median on the 2007–2022 full curves (docs/methodology.md).
    expect(m.loco.medianAbsPctErr).toBeLessThanOrEqual(10);
    expect(m.loco.meanAbsPctErr).toBeLessThanOrEqual(14.5);
  });

  it("memory: fitted, inside its own interval, and a fraction of CCF's 0.392", () => {
    const m = loadPowerModel();
    expect(m.memory?.pairs).toBeGreaterThanOrEqual(261);
    expect(m.memoryWPerGb).toBeGreaterThanOrEqual(m.memory?.low ?? NaN);
    expect(m.memoryWPerGb).toBeLessThanOrEqual(m.memory?.high ?? NaN);
    expect(m.memoryWPerGb).toBeLessThan(0.2);
  });

  it('uncertainty: a band around 1 for every family with enough held-out servers', () => {
    const u = loadPowerModel().uncertainty;
    if (!u) throw new Error('the committed model has no uncertainty table');
    expect(u.coverage).toBe(0.8);
    for (const b of [u.all, ...Object.values(u.byVendor).filter((v) => v.servers >= u.minServers)]) {
      expect(b.low).toBeLessThan(1);
      expect(b.high).toBeGreaterThan(1);
    }
    expect(u.byFamily['epyc-gen3'].servers).toBeGreaterThanOrEqual(15);
  });

  it('ships one neighbour point and 13 residuals (null where not measured) per training server, h and λ from the searched grid', () => {
    const m = loadPowerModel();
    const k = m.residualKernel as ResidualKernel;
    expect(k.points).toHaveLength(m.loco.servers);
    expect(k.lnResiduals).toHaveLength(m.loco.servers);
    expect(k.points.every((p) => p.length === k.coordinates.length && p.every(Number.isFinite))).toBe(true);
    expect(
      k.lnResiduals.every((r) => r.length === MODEL_OUTPUTS && r.every((v) => v === null || Number.isFinite(v))),
    ).toBe(true);
    // idle and full load are measured by every result; 2023+ results have nothing in between
    expect(k.lnResiduals.every((r) => r[0] !== null && r[10] !== null)).toBe(true);
    expect(k.lnResiduals.filter((r) => r[5] === null)).toHaveLength(138);
    expect([0.35, 0.5, 0.75, 1]).toContain(k.bandwidth);
    expect(k.priorWeight).toBeGreaterThanOrEqual(0.1);
  });

  it('GitHub runner: 4 vCPU of a 1-socket EPYC 7763 host, deterministic and rising with load', () => {
    const a = modelCpuCurveForMachine(RUNNER_VM);
    const b = modelCpuCurveForMachine(RUNNER_VM);
    expect(a).toEqual(b);
    expect(a.inference.host).toMatchObject({
      cpu: 'AMD EPYC 7763',
      sockets: 1,
      cores: 64,
      threads: 128,
      memoryGb: 512,
    });
    expect(a.inference.share).toBe(4 / 128);
    expect(a.host.tdpW).toBe(280);
    expect(a.host.tdpSource).toBe('table');
    for (let k = 1; k < 11; k++) expect(a.host.wattsAtLoad[k]).toBeGreaterThan(a.host.wattsAtLoad[k - 1]);
    // VM CPU = (host − 512 GB × m) × 4/128, point by point, with the one memory coefficient
    const m = memoryWPerGb();
    a.vm.cpuWattsAtLoad.forEach((w, k) => expect(w).toBeCloseTo((a.host.wattsAtLoad[k] - 512 * m) / 32, 9));
    // The 1-socket EPYC 7763 servers measured 52–58 W idle and 228–272 W full with 128 GB.
    expect(a.host.wattsAtLoad[0]).toBeGreaterThan(50);
    expect(a.host.wattsAtLoad[0]).toBeLessThan(150);
    expect(a.host.wattsAtLoad[10]).toBeGreaterThan(220);
    expect(a.host.wattsAtLoad[10]).toBeLessThan(400);
  });

  it("GitHub runner: CPU + memory inside the issue's bands (1.4–4.9 W idle, 5.8–11.5 W full)", () => {
    const a = modelCpuCurveForMachine(RUNNER_VM);
    const memW = 16 * memoryWPerGb();
    expect(a.vm.cpuWattsAtLoad[0] + memW).toBeGreaterThanOrEqual(1.4);
    expect(a.vm.cpuWattsAtLoad[0] + memW).toBeLessThanOrEqual(4.9);
    expect(a.vm.cpuWattsAtLoad[10] + memW).toBeGreaterThanOrEqual(5.8);
    expect(a.vm.cpuWattsAtLoad[10] + memW).toBeLessThanOrEqual(11.5);
    expect(cpuBand(loadPowerModel(), a.host.family, 'amd').basis).toBe('family epyc-gen3');
  });

  it('corrects the EPYC 7763 by its 15 measured servers; the load shape stops at the newest full curves (2022)', () => {
    const m = loadPowerModel();
    const c = m.cpuModelCorrection;
    if (!c) throw new Error('the committed model has no same-CPU-model correction');
    expect(c.servers['amd epyc 7763']).toBe(15);
    expect(c.shrinkage).toBeGreaterThan(0);
    expect(m.shapeEraYearMax).toBe(2022);
    expect(m.eraYearRange[1]).toBeGreaterThan(2022);
  });

  it("recorded held-out figures meet the issue's targets and beat the three formulas on every set", () => {
    type Summary = Record<string, { overall: { medianAbsPctErr: number }; perLevel: { medianAbsPctErr: number }[] }>;
    const ev = JSON.parse(readFileSync(new URL('../../../data/power-model-eval.json', import.meta.url), 'utf8')) as {
      sets: Record<'spec2007' | 'epyc7763' | 'spec2023', Summary>;
      knownModel: { systems: number; summary: Summary };
    };
    expect(ev.sets.spec2007.ours.overall.medianAbsPctErr).toBeLessThanOrEqual(10);
    expect(ev.sets.spec2023.ours.overall.medianAbsPctErr).toBeLessThanOrEqual(15);
    expect(ev.sets.spec2023.ours.perLevel[0].medianAbsPctErr).toBeLessThanOrEqual(25);
    // EPYC 7763: a new server of the measured CPU model (each system held out), the GitHub runner's case
    expect(ev.knownModel.systems).toBe(9);
    expect(ev.knownModel.summary.ours.overall.medianAbsPctErr).toBeLessThanOrEqual(8);
    for (const s of [ev.sets.spec2007, ev.sets.epyc7763, ev.sets.spec2023, ev.knownModel.summary])
      for (const f of ['codecarbon', 'ccf', 'teads'])
        expect(s.ours.overall.medianAbsPctErr).toBeLessThan(s[f].overall.medianAbsPctErr);
  });

  it('gives an unknown CPU a flagged curve', () => {
    const c = predictServerPowerW({ cpu: 'Apple M2' });
    expect(c.tdpSource).toBe('default');
    expect(c.wattsAtLoad.every((w) => Number.isFinite(w) && w > 0)).toBe(true);
  });
});

describe('neighbour correction', () => {
  it('kernelCoordinates: era, ln TDP, ln threads/chip, ln chips, AMD, ARM, ln GB/thread', () => {
    // 2 × 100 W, 32 threads, 2020, AMD, 64 GB → [(2020 − 2015)/5, ln 100, ln 16, ln 2, 1, 0, ln 2]
    const c = kernelCoordinates({ chips: 2, tdpW: 100, threads: 32, cores: 16, eraYear: 2020, vendor: 'amd' }, 64);
    const want = [1, Math.log(100), Math.log(16), Math.log(2), 1, 0, Math.log(2)];
    c.forEach((v, j) => expect(v).toBeCloseTo(want[j], 12));
  });
  it('squaredDistances scales the query, not the stored points', () => {
    // query [2, 3] / scales [2, 1] = [1, 3]; to [1, 0]: 0² + 3² = 9; to [0, 3]: 1² + 0² = 1
    expect(
      squaredDistances(
        {
          scales: [2, 1],
          points: [
            [1, 0],
            [0, 3],
          ],
        },
        [2, 3],
      ),
    ).toEqual([9, 1]);
  });
  it('correctionFromDistances is a Gaussian-weighted mean shrunk by λ', () => {
    // h = 1: d² = 0 → w = 1; d² = 2·ln 2 → w = exp(−ln 2) = 0.5
    // c = (1·0.3 + 0.5·0.6) / (1.5 + 0.5) = 0.6 / 2 = 0.3; weight = 1.5 / 2 = 0.75
    const c = correctionFromDistances([0, 2 * Math.log(2)], [[0.3], [0.6]], 1, 0.5);
    expect(c.lnCorrection[0]).toBeCloseTo(0.3, 12);
    expect(c.weight).toBeCloseTo(0.75, 12);
    // far from every point (d² = 200, h = 1 → w = e^−100) the correction vanishes
    const far = correctionFromDistances([200], [[0.3]], 1, 0.1);
    expect(far.lnCorrection[0]).toBeLessThan(1e-40);
    expect(far.weight).toBeLessThan(1e-40);
  });
  it('kernelCorrection gives the load shape its own h and λ where the kernel has them, idle and full keep theirs', () => {
    // One point at d² = 0 (w = 1) with residual 0.6 at every output.
    // idle and full, λ = 0.5: 0.6 / 1.5 = 0.4; shape, λ = 2: 0.6 / 3 = 0.2; weight share is idle's, 1 / 1.5
    const lnResiduals = [Array.from({ length: MODEL_OUTPUTS }, () => 0.6)];
    const kernel = { lnResiduals, bandwidth: 1, priorWeight: 0.5, shape: { bandwidth: 1, priorWeight: 2 } };
    const c = kernelCorrection(kernel, [0]);
    expect(c.lnCorrection[0]).toBeCloseTo(0.4, 12);
    expect(c.lnCorrection[10]).toBeCloseTo(0.4, 12);
    for (const o of [1, 5, 9, 11, 12]) expect(c.lnCorrection[o]).toBeCloseTo(0.2, 12);
    expect(c.weight).toBeCloseTo(1 / 1.5, 12);
    // Without its own, the shape takes idle and full load's: the shipped model's case.
    const { shape: _, ...plain } = kernel;
    expect(kernelCorrection(plain, [0]).lnCorrection).toEqual(
      correctionFromDistances([0], lnResiduals, 1, 0.5).lnCorrection,
    );
  });
  it('a server without a level does not vote on it', () => {
    // level 0: both vote, (0.3 + 0.6) / (2 + 1) = 0.3; level 1: only the first, 0.3 / (1 + 1) = 0.15
    const c = correctionFromDistances(
      [0, 0],
      [
        [0.3, 0.3],
        [0.6, null],
      ],
      1,
      1,
    );
    expect(c.lnCorrection[0]).toBeCloseTo(0.3, 12);
    expect(c.lnCorrection[1]).toBeCloseTo(0.15, 12);
  });
  it('scales the CPU-and-platform part only; memory stays at 0.392 W/GB', () => {
    const x: ModelInputs = { chips: 2, tdpW: 100, threads: 32, cores: 16, eraYear: 2020, vendor: 'intel' };
    const toy = {
      memoryWPerGb: CCF_MEMORY_W_PER_GB,
      // exp(ln(chips·TDP)) = 200 W at every level
      coefficients: Array.from({ length: MODEL_OUTPUTS }, () => [0, 1, 0, 0, 0, 0, 0, 0, 0, 0]),
      familyOffsets: {},
      residualKernel: {
        coordinates: [],
        scales: [1, 1, 1, 1, 1, 1, 1],
        bandwidth: 0.5,
        priorWeight: 1,
        points: [kernelCoordinates(x, 64)],
        lnResiduals: [Array.from({ length: MODEL_OUTPUTS }, () => Math.log(1.21))],
      },
    } as unknown as PowerModelData;
    // one point at distance 0: w = 1, λ = 1 → c = ln 1.21 / 2 = ln 1.1
    // 200 W × 1.1 = 220 W, + 64 GB × 0.392 = 25.088 W → 245.088 W
    const c = curveFromInputs(toy, x, 'skylake', 64);
    expect(c.neighbourWeight).toBeCloseTo(0.5, 12);
    c.watts.forEach((w) => expect(w).toBeCloseTo(245.088, 9));
    // without the kernel: 200 + 25.088
    const { residualKernel: _, ...base } = toy;
    expect(curveFromInputs(base as PowerModelData, x, 'skylake', 64).watts[3]).toBeCloseTo(225.088, 9);
  });
});

describe('same-CPU-model correction and the shape era (hand-made model)', () => {
  const x: ModelInputs = { chips: 2, tdpW: 100, threads: 32, cores: 16, eraYear: 2020, vendor: 'intel' };
  const toy = {
    memoryWPerGb: CCF_MEMORY_W_PER_GB,
    // exp(ln(chips·TDP)) = 200 W at every level
    coefficients: Array.from({ length: MODEL_OUTPUTS }, () => [0, 1, 0, 0, 0, 0, 0, 0, 0, 0]),
    familyOffsets: {},
    cpuModelCorrection: {
      shrinkage: 1,
      lnOffsets: { 'intel xeon 6130': Array.from({ length: MODEL_OUTPUTS }, () => Math.log(1.1)) },
      servers: { 'intel xeon 6130': 4 },
    },
  } as unknown as PowerModelData;
  it("multiplies the CPU-and-platform part by exp(m) for a measured CPU model, and no other's", () => {
    // 200 W × 1.1 = 220 W, + 64 GB × 0.392 = 25.088 W → 245.088 W at every level
    const own = curveFromInputs(toy, x, 'skylake', 64, 'intel xeon 6130');
    expect(own.cpuModelServers).toBe(4);
    own.watts.forEach((w) => expect(w).toBeCloseTo(245.088, 9));
    const other = curveFromInputs(toy, x, 'skylake', 64, 'intel xeon 6140');
    expect(other.cpuModelServers).toBe(0);
    other.watts.forEach((w) => expect(w).toBeCloseTo(225.088, 9));
  });
  it('predictWithModel finds the CPU model from the name (variants together) and says so in the profile', () => {
    const table: CpuTdpTable = { source: 't', commit: 'c', licence: 'MIT', tdpW: { 'Intel Xeon Gold 6130': 125 } };
    const spec = {
      cpu: 'Intel(R) Xeon(R) Gold 6130T CPU @ 2.10GHz',
      sockets: 1,
      cores: 16,
      threads: 32,
      memoryGb: 10,
      tdpW: 125,
    };
    const withOwn = predictWithModel({ ...toy, eraYearRange: [2007, 2021] } as PowerModelData, table, spec);
    const { cpuModelCorrection: _, ...plain } = toy;
    const without = predictWithModel({ ...plain, eraYearRange: [2007, 2021] } as PowerModelData, table, spec);
    expect(withOwn.cpuModelServers).toBe(4);
    expect(withOwn.profile).toMatch(/corrected by 4 measured servers of this CPU model/);
    // 125 W flat × 1.1; the minimum rise keeps full load: compare the full-load point, memory 3.92 W on both
    expect(withOwn.wattsAtLoad[10] - 3.92).toBeCloseTo((without.wattsAtLoad[10] - 3.92) * 1.1, 9);
  });
  it('evaluates the shape outputs at shapeEraYearMax and idle and full at the CPU own era', () => {
    // Only the era coefficient is non-zero: L_o = 0.1·o·e, e = (year − 2015)/5
    const eraModel = {
      coefficients: Array.from({ length: MODEL_OUTPUTS }, (_, o) => [0, 0, 0, 0, 0.1 * o, 0, 0, 0, 0, 0]),
      familyOffsets: {},
      shapeEraYearMax: 2020,
    } as unknown as PowerModelData;
    const logs = baseLogCurve(eraModel, { ...x, eraYear: 2025 }, 'x');
    // e = 2 for idle (o = 0) and full (o = 10); e = 1 (2020) for every shape output
    logs.forEach((v, o) => expect(v).toBeCloseTo(0.1 * o * (o === 0 || o === 10 ? 2 : 1), 12));
    // a CPU older than shapeEraYearMax is not moved
    baseLogCurve(eraModel, { ...x, eraYear: 2015 }, 'x').forEach((v) => expect(v).toBe(0));
  });
});

describe('base-clock term (a model with baseClock, hand-made)', () => {
  const table: CpuTdpTable = { source: 't', commit: 'c', licence: 'MIT', tdpW: {} };
  // ln W = ln(chips·TDP) + 2·ln(clock ÷ 2000 MHz): 100 W × (clock / 2000)² at every level, no memory
  const clockModel = {
    name: 'toy',
    memoryWPerGb: 0,
    eraYearRange: [2007, 2021],
    coefficients: Array.from({ length: MODEL_OUTPUTS }, () => [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2]),
    familyOffsets: {},
    defaults: { tdpWPerCore: 5, tdpWPerThread: 2.5, tdpW: 150 },
    baseClock: { neutralMhz: 2000 },
  } as unknown as PowerModelData;
  const spec = { cpu: 'Some CPU', sockets: 1, cores: 8, threads: 16, memoryGb: 1, tdpW: 100 };
  it("takes the CPU table's clock, else the name's, else the neutral clock", () => {
    // 100 × (2400/2000)² = 144 W; the flat curve's full-load point is kept by the minimum rise
    expect(predictWithModel(clockModel, table, { ...spec, baseClockMhz: 2400 }).wattsAtLoad[10]).toBeCloseTo(144, 9);
    // "@ 3.00GHz": 100 × 1.5² = 225 W; the table's clock wins over the name's
    const named = { ...spec, cpu: 'Some CPU @ 3.00GHz' };
    expect(predictWithModel(clockModel, table, named).wattsAtLoad[10]).toBeCloseTo(225, 9);
    expect(predictWithModel(clockModel, table, { ...named, baseClockMhz: 2000 }).wattsAtLoad[10]).toBeCloseTo(100, 9);
    // unknown: the neutral clock, ln 1 = 0
    expect(predictWithModel(clockModel, table, spec).wattsAtLoad[10]).toBeCloseTo(100, 9);
  });
  it('ignores the clock in a model without the term, and in a kernel without the clock coordinate', () => {
    const { baseClock: _, ...plain } = clockModel;
    const tenFeatures = { ...plain, coefficients: plain.coefficients.map((b) => b.slice(0, 10)) } as PowerModelData;
    expect(predictWithModel(tenFeatures, table, { ...spec, baseClockMhz: 2400 }).wattsAtLoad[10]).toBeCloseTo(100, 9);
    const x: ModelInputs = { chips: 1, tdpW: 100, threads: 16, cores: 8, eraYear: 2020, vendor: 'intel' };
    const z = kernelCoordinates({ ...x, lnBaseClock: 5 }, 16);
    expect(z).toHaveLength(8);
    const sevenCoordinates = { scales: [1, 1, 1, 1, 1, 1, 1], points: [z.slice(0, 7)] };
    expect(squaredDistances(sevenCoordinates, z)).toEqual([0]);
  });
});

describe('curveFromOutputs: idle and full from all results, the shape from full curves', () => {
  it('W_k = I + (F − I)·(A_k − A_idle)/(A_full − A_idle) (hand-worked)', () => {
    // I = 100, F = 300; full-curve model: A_idle = 50, A_full = 150, A_k = 50 + 10k → s_k = k/10
    const a = [50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150];
    const outs = [Math.log(100), ...a.slice(1, 10).map(Math.log), Math.log(300), Math.log(50), Math.log(150)];
    curveFromOutputs(outs).forEach((w, k) => expect(w).toBeCloseTo(100 + 20 * k, 9));
    // a bent full-curve shape (A_5 = 105: s_5 = 0.55, still between s_4 = 0.4 and s_6 = 0.6) carries over: 100 +
    // 200·0.55 = 210
    const bent = [...outs];
    bent[5] = Math.log(105);
    expect(curveFromOutputs(bent)[5]).toBeCloseTo(210, 9);
    // a shape that dips (A_5 = 130, then 110, 120) is pooled: s_5..s_7 = (0.8 + 0.6 + 0.7)/3 = 0.7 → 240 W
    bent[5] = Math.log(130);
    expect(
      curveFromOutputs(bent)
        .slice(5, 8)
        .map((w) => Math.round(w * 1e9) / 1e9),
    ).toEqual([240, 240, 240]);
  });
  it('never falls: a shape point below A_idle is clamped to 0, full below idle is pooled', () => {
    const outs = [
      Math.log(100),
      Math.log(40),
      ...Array.from({ length: 8 }, () => Math.log(100)),
      Math.log(300),
      Math.log(50),
      Math.log(150),
    ];
    const w = curveFromOutputs(outs);
    expect(w[1]).toBeCloseTo(100, 9);
    for (let k = 1; k < 11; k++) expect(w[k]).toBeGreaterThanOrEqual(w[k - 1]);
    const falling = [
      Math.log(300),
      ...Array.from({ length: 9 }, () => Math.log(1)),
      Math.log(100),
      Math.log(1),
      Math.log(2),
    ];
    const f = curveFromOutputs(falling);
    for (let k = 1; k < 11; k++) expect(f[k]).toBeGreaterThanOrEqual(f[k - 1] - 1e-9);
  });
});

describe('cpuBand', () => {
  const u = {
    uncertainty: {
      coverage: 0.8,
      minServers: 5,
      byFamily: { 'epyc-gen3': { low: 0.8, high: 1.3, servers: 20 }, grace: { low: 0.5, high: 2, servers: 1 } },
      byVendor: { amd: { low: 0.85, high: 1.2, servers: 100 }, other: { low: 0.6, high: 1.7, servers: 3 } },
      all: { low: 0.9, high: 1.15, servers: 600 },
    },
  };
  it('family first, then vendor, then all; never a family with too few servers', () => {
    expect(cpuBand(u, 'epyc-gen3', 'amd')).toMatchObject({
      low: 0.8,
      high: 1.3,
      basis: 'family epyc-gen3',
      coverage: 0.8,
    });
    expect(cpuBand(u, 'epyc-gen5', 'amd')).toMatchObject({ low: 0.85, high: 1.2, basis: 'vendor amd' });
    expect(cpuBand(u, 'grace', 'other')).toMatchObject({ low: 0.9, high: 1.15, basis: 'all CPUs' });
    expect(cpuBand({}, 'x', 'y')).toMatchObject({ low: 1, high: 1, basis: 'none' });
  });
});

// inferHost moved to src/meter/host.ts: test/unit/meter/host.test.ts.

describe('curves never fall as load rises', () => {
  it('nonDecreasing pools crossing levels to their mean (hand-worked)', async () => {
    const { nonDecreasing } = await import('../../../src/meter/power-model');
    // [24, 12, 13, 11, 20]: 24 > 12 → pool (18); 18 > 13 → pool (16.33); 16.33 > 11 → pool (15); 15 ≤ 20.
    expect(nonDecreasing([24, 12, 13, 11, 20])).toEqual([15, 15, 15, 15, 20]);
    expect(nonDecreasing([1, 2, 3])).toEqual([1, 2, 3]);
  });

  it.each([
    ['AMD EPYC', 1, 2, 2, 8],
    ['Intel Xeon Platinum 8370C', 1, 2, 4, 16],
    ['Intel(R) Xeon(R) CPU E5-2673 v4 @ 2.30GHz', 1, 1, 2, 8],
    ['Apple M2', 1, 8, 8, 16],
    ['AMD EPYC 7763 64-Core Processor', 1, 64, 128, 512],
  ])(
    '%s (%i socket, %i cores, %i threads, %i GB) is non-decreasing',
    async (cpu, sockets, cores, threads, memoryGb) => {
      const { predictServerPowerW } = await import('../../../src/meter/power-model');
      const w = predictServerPowerW({ cpu, sockets, cores, threads, memoryGb }).wattsAtLoad;
      for (let k = 1; k < w.length; k++) expect(w[k], `level ${k}: ${w.join(', ')}`).toBeGreaterThanOrEqual(w[k - 1]);
    },
  );
});

describe('withMinimumRise', () => {
  it('leaves a curve that rises enough alone', () => {
    const curve = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110];
    expect(withMinimumRise(curve, 50)).toEqual(curve);
  });
  it('keeps full load and stretches the distance below it: rise 10 → 40 W', () => {
    // 100 + 1 per level: each level's distance below 110 is scaled by 40 / 10 = 4.
    const c = withMinimumRise([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110], 40);
    expect(c[10]).toBe(110);
    expect(c[0]).toBeCloseTo(70, 12);
    expect(c[5]).toBeCloseTo(90, 12);
  });
  it('gives a flat curve a linear shape, and never lets idle reach zero', () => {
    expect(withMinimumRise(new Array(11).fill(20), 10)[0]).toBeCloseTo(10, 12);
    expect(withMinimumRise(new Array(11).fill(20), 10)[4]).toBeCloseTo(14, 12);
    expect(withMinimumRise(new Array(11).fill(20), 100)[0]).toBeCloseTo(2, 12); // rise capped at 90 % of 20 W
  });
});
