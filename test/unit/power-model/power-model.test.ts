import { describe, expect, it } from 'vitest';
import type { CpuTdpTable } from '../../../src/meter/cpu-name';
import {
  inferHost,
  loadPowerModel,
  MEMORY_W_PER_GB,
  modelCpuCurveForMachine,
  powerAtUtilisationW,
  predictServerPowerW,
  predictWithModel,
  vmCpuCurve,
  type PowerModelData,
  type ServerCurve,
} from '../../../src/meter/power-model';

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
  const host = { wattsAtLoad: [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200], profile: 'test host' } as ServerCurve;
  it('removes host memory and shares by threads', () => {
    // memory 50 GB × 0.392 = 19.6 W; share 4/64 = 1/16
    // idle: (100 − 19.6)/16 = 5.025 W; full: (200 − 19.6)/16 = 11.275 W
    const vm = vmCpuCurve(host, 50, 4, 64);
    expect(vm.share).toBe(0.0625);
    expect(vm.hostMemoryW).toBeCloseTo(19.6, 10);
    expect(vm.cpuWattsAtLoad[0]).toBeCloseTo(5.025, 10);
    expect(vm.cpuWattsAtLoad[10]).toBeCloseTo(11.275, 10);
    expect(vm.profile).toMatch(/VM share 4\/64/);
  });
  it('never goes below zero and refuses a VM larger than its host', () => {
    expect(vmCpuCurve(host, 1000, 4, 64).cpuWattsAtLoad[0]).toBe(0);
    expect(() => vmCpuCurve(host, 50, 65, 64)).toThrow(/vmThreads is 65; expected at most hostThreads \(64\)/);
    expect(() => vmCpuCurve(host, 50, 0, 64)).toThrow(/vmThreads is 0; expected a positive integer/);
  });
});

describe('predictWithModel (hand-made model)', () => {
  const table: CpuTdpTable = { source: 't', commit: 'c', licence: 'MIT', tdpW: { 'AMD EPYC 7763': 280 } };
  const model = {
    name: 'toy',
    memoryWPerGb: MEMORY_W_PER_GB,
    eraYearRange: [2007, 2021],
    // W = exp(ln(chips·TDP)) = chips·TDP at every level, + memory
    coefficients: Array.from({ length: 11 }, () => [0, 1, 0, 0, 0, 0, 0]),
    familyOffsets: {},
    defaults: { tdpWPerCore: 5, tdpWPerThread: 2.5, tdpW: 150 },
  } as unknown as PowerModelData;
  it('uses the table TDP and adds memory', () => {
    // 2 × 280 = 560 W, + 10 GB × 0.392 = 3.92 W → 563.92 W
    const c = predictWithModel(model, table, { cpu: 'AMD EPYC 7763 64-Core Processor', sockets: 2, memoryGb: 10 });
    expect(c.tdpSource).toBe('table');
    expect(c.wattsAtLoad[5]).toBeCloseTo(563.92, 9);
    expect(c.threads).toBe(256); // 64 cores × 2 sockets × 2 (SMT assumed)
  });
  it('falls back to W-per-core × cores for an unknown CPU and flags it', () => {
    // 80 cores × 5 W = 400 W TDP; threads 160; memory default 160 × 4 = 640 GB → 250.88 W
    const c = predictWithModel(model, table, { cpu: 'AMD EPYC 9V74 80-Core Processor' });
    expect(c.tdpSource).toBe('default');
    expect(c.tdpW).toBe(400);
    expect(c.matchedName).toBeNull();
    expect(c.wattsAtLoad[0]).toBeCloseTo(400 + 250.88, 9);
    expect(c.profile).toMatch(/default/);
  });
  it('names the bad field', () => {
    expect(() => predictWithModel(model, table, { cpu: 'x', sockets: 1.5 })).toThrow(/sockets is 1.5; expected a positive integer/);
    expect(() => predictWithModel(model, table, { cpu: 'x', memoryGb: -2 })).toThrow(/memoryGb is -2; expected a positive number/);
  });
});

describe('committed model (data/power-model.json)', () => {
  it('loads, has 11 levels, and its recorded LOCO error has not regressed', () => {
    const m = loadPowerModel();
    expect(m.coefficients).toHaveLength(11);
    expect(m.coefficients[0]).toHaveLength(m.features.length);
    expect(m.loco.cpuModels).toBeGreaterThanOrEqual(100);
    // Target was ≤ 10 %; the fit reaches 11.6 % (docs/methodology.md). Fail on any regression.
    expect(m.loco.medianAbsPctErr).toBeLessThanOrEqual(12);
    expect(m.loco.meanAbsPctErr).toBeLessThanOrEqual(17);
  });

  it('GitHub runner: 4 vCPU of a 1-socket EPYC 7763 host, deterministic and rising with load', () => {
    const machine = { cpuModel: 'AMD EPYC 7763 64-Core Processor', sockets: 1, physicalCores: 2, threads: 4, memoryGb: 16, virtualized: true };
    const a = modelCpuCurveForMachine(machine);
    const b = modelCpuCurveForMachine(machine);
    expect(a).toEqual(b);
    expect(a.inference.host).toEqual({ cpu: machine.cpuModel, sockets: 1, cores: 64, threads: 128, memoryGb: 512 });
    expect(a.inference.share).toBe(4 / 128);
    expect(a.host.tdpW).toBe(280);
    expect(a.host.tdpSource).toBe('table');
    for (let k = 1; k < 11; k++) expect(a.host.wattsAtLoad[k]).toBeGreaterThan(a.host.wattsAtLoad[k - 1]);
    // VM CPU = (host − 512 GB × 0.392 W/GB) × 4/128, point by point
    a.vm.cpuWattsAtLoad.forEach((w, k) => expect(w).toBeCloseTo((a.host.wattsAtLoad[k] - 200.704) / 32, 9));
    // plausible range for a 1-socket 64-core server: 100–300 W idle, 300–700 W full
    expect(a.host.wattsAtLoad[0]).toBeGreaterThan(100);
    expect(a.host.wattsAtLoad[0]).toBeLessThan(300);
    expect(a.host.wattsAtLoad[10]).toBeGreaterThan(300);
    expect(a.host.wattsAtLoad[10]).toBeLessThan(700);
  });

  it('gives an unknown CPU a flagged curve', () => {
    const c = predictServerPowerW({ cpu: 'Apple M2' });
    expect(c.tdpSource).toBe('default');
    expect(c.wattsAtLoad.every((w) => Number.isFinite(w) && w > 0)).toBe(true);
  });
});

describe('inferHost', () => {
  it('bare metal is its own host', () => {
    const h = inferHost({ cpuModel: 'AMD Ryzen 9 5950X 16-Core Processor', sockets: 1, physicalCores: 16, threads: 32, memoryGb: 64, virtualized: false });
    expect(h.share).toBe(1);
    expect(h.host).toEqual({ cpu: 'AMD Ryzen 9 5950X 16-Core Processor', sockets: 1, cores: 16, threads: 32, memoryGb: 64 });
  });
  it('a VM without a core count in the name is taken as the whole machine, and says so', () => {
    const h = inferHost({ cpuModel: 'AMD EPYC', sockets: 1, physicalCores: 2, threads: 2, memoryGb: 8, virtualized: true });
    expect(h.share).toBe(1);
    expect(h.assumptions.join(' ')).toMatch(/gives no core count/);
  });
  it('a VM without SMT gets a host without SMT', () => {
    const h = inferHost({ cpuModel: 'AMD EPYC 7763 64-Core Processor', sockets: 1, physicalCores: 2, threads: 2, memoryGb: 8, virtualized: true });
    expect(h.hostThreads).toBe(64);
    expect(h.share).toBe(2 / 64);
  });
});
