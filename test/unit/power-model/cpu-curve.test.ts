import { describe, expect, it } from 'vitest';
import { loadPowerModel } from '../../../src/meter/power-model';
import { cpuCurveForMachine } from '../../../src/pipeline/cpu-curve';
import { cpuRangeWh } from '../../../src/pipeline/estimate';
import { githubRunnerMachine } from '../../fixtures/machine';

const RUNNER = githubRunnerMachine();

describe('cpuCurveForMachine: one memory coefficient for the split and the charge', () => {
  it('measured (default): the fitted W/GB; ccf: 0.392 in the host curve, the split and the charge, so only memory moves', () => {
    const measured = cpuCurveForMachine(RUNNER);
    const ccf = cpuCurveForMachine(RUNNER, 'ccf');
    const m = loadPowerModel().memoryWPerGb;
    expect(measured.memoryWPerGb).toBe(m);
    expect(ccf.memoryWPerGb).toBe(0.392);
    // The host's 512 GB re-priced: + 512 × (0.392 − m) W at every load, taken out again by the split.
    measured.hostCurveW.forEach((w, k) => expect(ccf.hostCurveW[k] - w).toBeCloseTo(512 * (0.392 - m), 9));
    measured.vmCurveW.forEach((w, k) => expect(ccf.vmCurveW[k]).toBeCloseTo(w, 9));
    // VM CPU = (host − 512 GB × m) × 4/128
    measured.vmCurveW.forEach((w, k) => expect(w).toBeCloseTo((measured.hostCurveW[k] - 512 * m) / 32, 9));
  });
  it('carries the band of the host CPU family', () => {
    const c = cpuCurveForMachine(RUNNER);
    expect(c.band.basis).toBe('family epyc-gen3');
    expect(c.band.low).toBeLessThan(1);
    expect(c.band.high).toBeGreaterThan(1);
  });
});

describe('cpuRangeWh', () => {
  it('multiplies the modelled CPU energy by the band (hand-worked)', () => {
    // 2 Wh × 0.8 = 1.6 Wh; 2 Wh × 1.25 = 2.5 Wh
    const band = { low: 0.8, high: 1.25, servers: 10, basis: 'family x', coverage: 0.8 };
    expect(cpuRangeWh(2, { band })).toEqual([1.6, 2.5]);
  });
});
