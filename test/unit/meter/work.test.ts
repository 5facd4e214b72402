import { describe, expect, it } from 'vitest';
import { createEnergyIntegrator } from '../../../src/meter/energy';
import type { MeterRecord, SampleRecord } from '../../../src/meter/sample-format';
import { createUtilisationHistogram, readWorkAccount, utilisationBand, workAccount } from '../../../src/meter/work';
import { repriceCpuWh } from '../../../src/baseline/like-for-like';

const T0 = 1_767_225_600_000;
const s = (tMs: number, busy: number, total: number): SampleRecord => ({
  type: 'sample',
  t: T0 + tMs,
  cpu: { busy, total },
});

describe('utilisation histogram', () => {
  it('bands are [0, 10 %) … [90, 100 %], the segments the power curve interpolates on', () => {
    expect([0, 0.05, 0.0999, 0.1, 0.45, 0.9, 0.95, 1, 1.2, -0.3].map(utilisationBand)).toEqual([
      0, 0, 0, 1, 4, 9, 9, 9, 9, 0,
    ]);
  });

  it('hand-worked: seconds and busy-seconds per band', () => {
    const h = createUtilisationHistogram();
    h.add(0.05, 2); // band 0: 2 s, busy 0.1
    h.add(0.1, 1); // band 1: 1 s, busy 0.1
    h.add(0.95, 3); // band 9: 3 s, busy 2.85
    h.add(1, 1); // band 9: +1 s, busy +1 → 4 s, 3.85
    h.add(-0.2, 1); // clamped to 0: band 0 +1 s, busy +0 → 3 s, 0.1
    h.add(0.5, 0); // no time: ignored
    const r = h.result();
    expect(r.seconds).toEqual([3, 1, 0, 0, 0, 0, 0, 0, 0, 4]);
    expect(r.busyS.map((b) => Number(b.toFixed(12)))).toEqual([0.1, 0.1, 0, 0, 0, 0, 0, 0, 0, 3.85]);
  });
});

describe('workAccount', () => {
  it('CPU-seconds = vCPUs × Σ busy-seconds; memory GB-s = GB × duration', () => {
    // busy 0.1 + 0.1 + 3.85 = 4.05 s of the whole machine × 4 vCPUs = 16.2 CPU-s; 16 GB × 8 s = 128 GB·s.
    const w = workAccount({
      histogram: { seconds: [3, 1, 0, 0, 0, 0, 0, 0, 0, 4], busyS: [0.1, 0.1, 0, 0, 0, 0, 0, 0, 0, 3.85] },
      vcpus: 4,
      cpuModel: 'AMD EPYC 7763 64-Core Processor',
      memoryGb: 16,
      durationS: 8,
      cpuCurveW: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      memoryWPerGb: 0.392,
    });
    expect(w.cpuSeconds).toBeCloseTo(16.2, 12);
    expect(w.memoryGbS).toBe(128);
    expect(w.machineClass).toEqual({ cpuModel: 'AMD EPYC 7763 64-Core Processor', vcpus: 4 });
    expect(w.pricing).toEqual({ cpuCurveW: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], memoryWPerGb: 0.392 });
    expect(readWorkAccount(w)).toBe(w);
  });

  it('a malformed account from a history file reads as none', () => {
    const good = workAccount({
      histogram: { seconds: new Array(10).fill(1), busyS: new Array(10).fill(0.5) },
      vcpus: 2,
      cpuModel: 'x',
      memoryGb: 1,
      durationS: 10,
      cpuCurveW: new Array(11).fill(1),
      memoryWPerGb: 0.392,
    });
    expect(readWorkAccount(undefined)).toBeNull();
    expect(readWorkAccount({ ...good, cpuSeconds: -1 })).toBeNull();
    expect(readWorkAccount({ ...good, utilisationHistogramS: [1, 2, 3] })).toBeNull();
    expect(
      readWorkAccount({ ...good, utilisationHistogramBusyS: [...good.utilisationHistogramBusyS.slice(1), 'x'] }),
    ).toBeNull();
    expect(readWorkAccount({ ...good, machineClass: { cpuModel: 'x', vcpus: 0 } })).toBeNull();
    // A container allowed 1.5 CPUs (cpu.max 150000 100000) is a class of its own, not a malformed entry.
    expect(readWorkAccount({ ...good, machineClass: { cpuModel: 'x', vcpus: 1.5 } })).not.toBeNull();
    expect(readWorkAccount({ ...good, pricing: { cpuCurveW: [1], memoryWPerGb: 0.392 } })).toBeNull();
  });
});

describe('the integrator records the histogram it priced', () => {
  // Intervals: [0,1 s] u = 50/200 = 0.25 (band 2); [1,3 s] u = 300/400 = 0.75 (band 7);
  // [3,4 s] u = 0 (band 0). Seconds [1, 0, 1, …, 2 at 7]; busy [0, 0, 0.25, …, 1.5 at 7].
  const CURVE = [5, 20, 30, 38, 45, 51, 56, 60, 63, 65, 66]; // concave, like a real server
  const records: MeterRecord[] = [s(0, 0, 0), s(1000, 50, 200), s(3000, 350, 600), s(4000, 350, 700)];
  const integ = createEnergyIntegrator({ cpuCurveW: CURVE, memoryWPerGb: 0.392, memoryGb: 8 });
  for (const r of records) integ.add(r);
  const r = integ.result();

  it('hand-worked bands', () => {
    expect(r.utilisationHistogram.seconds).toEqual([1, 0, 1, 0, 0, 0, 0, 2, 0, 0]);
    expect(r.utilisationHistogram.busyS).toEqual([0, 0, 0.25, 0, 0, 0, 0, 1.5, 0, 0]);
  });

  it('re-pricing the histogram on the same curve gives back the CPU energy exactly (the curve is linear within a band)', () => {
    // P(0.25) = 30 + 8 × 0.5 = 34 W × 1 s; P(0.75) = 60 + 3 × 0.5 = 61.5 W × 2 s; P(0) = 5 W × 1 s → 162 J.
    expect(r.energyWh.cpu).toBeCloseTo(162 / 3600, 12);
    const w = workAccount({
      histogram: r.utilisationHistogram,
      vcpus: 2,
      cpuModel: 'x',
      memoryGb: 8,
      durationS: r.durationS,
      cpuCurveW: CURVE,
      memoryWPerGb: 0.392,
    });
    expect(repriceCpuWh(w, CURVE, 2)).toBeCloseTo(r.energyWh.cpu, 12);
    // 2 vCPUs × (0.25 + 1.5) busy-s = 3.5 CPU-s.
    expect(w.cpuSeconds).toBeCloseTo(3.5, 12);
  });
});
