// The integrator in container scope (cgroup CPU time over the container's allowance) and
// with powermetrics energy (macOS): figures worked by hand.
import { describe, expect, it } from 'vitest';
import { createEnergyIntegrator } from '../../../src/meter/energy';
import type { SampleRecord } from '../../../src/meter/sample-format';
import { headerRecord as header, integrate as feed, LINEAR_CURVE_W as LINEAR, T0 } from '../../fixtures/samples';

const s = (tMs: number, extra: Partial<SampleRecord>): SampleRecord => ({ type: 'sample', t: T0 + tMs, ...extra });

describe('container scope', () => {
  // The host is 100 % busy by /proc/stat (other tenants); the container used 0.25 CPU-s in the
  // first second and 0.5 CPU-s in the second, with an allowance of 0.5 CPU: 50 % then 100 %.
  const raplHeader = header({
    rapl: { status: 'ok', domains: [{ name: 'package-0', dir: '/x', maxEnergyRangeUj: 262143328850 }] },
  });
  const samples = [
    s(0, { cpu: { busy: 0, total: 0 }, cg: 1_000_000, rapl: [0] }),
    s(1000, { cpu: { busy: 200, total: 200 }, cg: 1_250_000, rapl: [90_000_000] }),
    s(2000, { cpu: { busy: 400, total: 400 }, cg: 1_750_000, rapl: [180_000_000] }),
  ];

  it('utilisation is cgroup CPU time ÷ (wall × allowance); RAPL and /proc/stat are ignored', () => {
    const r = feed([raplHeader, ...samples], { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0, containerCpus: 0.5 });
    // 60 W × 1 s + 110 W × 1 s
    expect(r.energyWh.cpu * 3600).toBeCloseTo(170, 9);
    expect(r.cpuUtilisation).toEqual({ mean: 0.75, peak: 1 });
    expect(r.cpuMethod).toBe('model');
  });

  it('machine scope on the same samples counts the whole host (RAPL: 90 J + 90 J)', () => {
    const r = feed([raplHeader, ...samples], { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 });
    expect(r.energyWh.cpu * 3600).toBeCloseTo(180, 9);
    expect(r.cpuMethod).toBe('rapl');
    expect(r.cpuUtilisation).toEqual({ mean: 1, peak: 1 });
  });

  it('a sample without the cgroup counter carries the last utilisation forward', () => {
    const r = feed([header(), s(0, { cg: 0 }), s(1000, { cg: 250_000 }), s(2000, {}), s(3000, {})], {
      cpuCurveW: LINEAR,
      memoryWPerGb: 0,
      memoryGb: 0,
      containerCpus: 0.5,
    });
    expect(r.energyWh.cpu * 3600).toBeCloseTo(60 * 3, 9);
  });

  it('refuses a non-positive allowance', () => {
    expect(() => createEnergyIntegrator({ cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0, containerCpus: 0 })).toThrow(
      /containerCpus is 0/,
    );
  });
});

describe('powermetrics energy (macOS)', () => {
  it('CPU and GPU energy are the deltas of the cumulative joules; the first interval, before powermetrics spoke, is modelled', () => {
    const r = feed(
      [
        header({ platform: 'darwin', cpuSource: 'os-cpus', powermetrics: { status: 'ok' } }),
        s(0, { cpu: { busy: 0, total: 1000 } }),
        s(1000, { cpu: { busy: 500, total: 2000 }, pm: { cpuJ: 0.5, gpuJ: 0.1 } }),
        s(2000, { cpu: { busy: 1000, total: 3000 }, pm: { cpuJ: 2.0, gpuJ: 0.4 } }),
        s(3000, { cpu: { busy: 1000, total: 4000 }, pm: { cpuJ: 4.5, gpuJ: 0.5 } }),
      ],
      { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 },
    );
    // Interval 1: model at 50 % = 60 J; intervals 2 and 3: 1.5 J + 2.5 J from powermetrics.
    expect(r.energyWh.cpu * 3600).toBeCloseTo(64, 9);
    expect(r.energyWh.gpu * 3600).toBeCloseTo(0.4, 9);
    expect(r.cpuMethod).toBe('powermetrics');
    expect(r.gpuMethod).toBe('powermetrics');
    expect(r.warnings).toContain(
      'powermetrics readings were missing on 1 of 3 intervals; the model was used for those',
    );
  });
});
