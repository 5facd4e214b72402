import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../../src/baseline/history';
import { likeForLike, repriceCpuWh, repriceRun, utilisationCpus } from '../../../src/baseline/like-for-like';
import { workAccount } from '../../../src/meter/work';
import type { Report, WorkAccount } from '../../../src/schema/report';
import { fixtureSha, makeReport } from '../../fixtures/report';

const D = [5, 20, 30, 38, 45, 51, 56, 60, 63, 65, 66]; // concave, W at 0 … 100 %
const AMD = 'AMD EPYC 7763 64-Core Processor';
const INTEL = 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz';

/**
 * Band 2: 10 s at mean 0.25; band 8: 20 s at mean 0.85. 16 GB for 30 s. `scale` scales utilisation, `time` the
 * duration.
 */
function work(
  over: { cpuModel?: string; vcpus?: number; curve?: number[]; scale?: number; time?: number } = {},
): WorkAccount {
  const k = over.scale ?? 1;
  const t = over.time ?? 1;
  const seconds = [0, 0, 10 * t, 0, 0, 0, 0, 0, 20 * t, 0];
  const busyS = [0, 0, 2.5 * k * t, 0, 0, 0, 0, 0, 17 * k * t, 0];
  return workAccount({
    histogram: { seconds, busyS },
    vcpus: over.vcpus ?? 4,
    cpuModel: over.cpuModel ?? AMD,
    memoryGb: 16,
    durationS: 30 * t,
    cpuCurveW: over.curve ?? D,
    memoryWPerGb: 0.392,
  });
}

function run(
  i: number,
  w: WorkAccount | null,
  figures: { co2eG: number; energyWh: number },
  cpuModel = w?.machineClass.cpuModel ?? AMD,
): Report {
  const r = makeReport({
    ...figures,
    endedAt: new Date(Date.UTC(2025, 2, 1, 10, i)).toISOString(),
    runId: String(100 + i),
    sha: fixtureSha(i),
  });
  r.machine.cpuModel = cpuModel;
  r.durationS = 30;
  if (w) r.work = w;
  return r;
}

describe('repriceCpuWh', () => {
  it('hand-worked on a concave curve, same vCPU count', () => {
    // P(0.25) = 30 + 8 × 0.5 = 34 W × 10 s = 340 J; P(0.85) = 63 + 2 × 0.5 = 64 W × 20 s = 1280 J → 1620 J = 0.45 Wh.
    expect(repriceCpuWh(work(), D, 4)).toBeCloseTo(0.45, 12);
  });

  it('on twice the vCPUs the same CPU time is half the utilisation', () => {
    // 0.125 → 20 + 10 × 0.25 = 22.5 W × 10 s; 0.425 → 45 + 6 × 0.25 = 46.5 W × 20 s → 225 + 930 = 1155 J.
    expect(repriceCpuWh(work(), D, 8)).toBeCloseTo(1155 / 3600, 12);
  });

  it('on half the vCPUs utilisation doubles, capped at 100 %', () => {
    // 0.5 → 51 W × 10 s; 1.7 → capped at 1 → 66 W × 20 s → 510 + 1320 = 1830 J.
    expect(repriceCpuWh(work(), D, 2)).toBeCloseTo(1830 / 3600, 12);
  });
});

describe('utilisationCpus (container scope)', () => {
  it('a container allowed 1.5 CPUs on a 4-vCPU VM: utilisation is of 1.5 CPUs, recovered as cpuSeconds ÷ Σ busyS', () => {
    const w = workAccount({
      histogram: { seconds: [0, 0, 10, 0, 0, 0, 0, 0, 20, 0], busyS: [0, 0, 2.5, 0, 0, 0, 0, 0, 17, 0] },
      vcpus: 4,
      utilisationOfCpus: 1.5,
      cpuModel: AMD,
      memoryGb: 16,
      durationS: 30,
      cpuCurveW: D,
      memoryWPerGb: 0.392,
    });
    // 1.5 × 19.5 = 29.25 CPU-s; re-priced on 3 CPUs the utilisation halves: as 'twice the vCPUs' above → 1155 J.
    expect(w.cpuSeconds).toBeCloseTo(29.25, 12);
    expect(utilisationCpus(w)).toBeCloseTo(1.5, 12);
    expect(repriceCpuWh(w, D, 3)).toBeCloseTo(1155 / 3600, 12);
    expect(utilisationCpus(work())).toBe(4);
  });
});

describe('repriceRun', () => {
  it("CPU from the histogram, memory from GB-s, GPU as recorded, CO2e at this run's PUE and grid", () => {
    const base = run(0, work(), { co2eG: 99, energyWh: 99 });
    base.energyWh.gpu = 0.01;
    const current = run(1, work({ cpuModel: INTEL, curve: D }), { co2eG: 1, energyWh: 1 });
    current.pue = { value: 1.2, source: 't' };
    current.intensity = { ...current.intensity, gPerKWh: 500 };
    const priced = repriceRun(base, current, current.work!);
    // CPU 0.45 Wh; memory 480 GB·s × 0.392 W/GB = 188.16 J = 0.0522667 Wh; GPU 0.01 Wh → 0.5122667 Wh.
    // CO2e = 0.5122667 Wh ÷ 1000 × 1.2 × 500 g/kWh = 0.30736 g.
    expect(priced?.energyWh).toBeCloseTo(0.45 + 188.16 / 3600 + 0.01, 12);
    expect(priced?.co2eG).toBeCloseTo(((0.45 + 188.16 / 3600 + 0.01) / 1000) * 1.2 * 500, 12);
    expect(priced?.cpuSeconds).toBeCloseTo(4 * 19.5, 12);
    expect(priced?.repriced).toBe(true);
  });

  it("counts this run's embodied share, scaled by duration, when this run includes embodied", () => {
    const base = run(0, work(), { co2eG: 9, energyWh: 9 });
    base.durationS = 60;
    const current = run(1, work({ cpuModel: INTEL }), { co2eG: 1, energyWh: 1 });
    current.includeEmbodied = true;
    current.co2eG = { total: 1.5, operational: 1, embodied: 0.5 };
    const withEmbodied = repriceRun(base, current, current.work!)!;
    current.includeEmbodied = false;
    const without = repriceRun(base, current, current.work!)!;
    // 0.5 g over 30 s → 1.0 g over the base's 60 s.
    expect(withEmbodied.co2eG - without.co2eG).toBeCloseTo(1, 12);
  });

  it('a base run without a work account cannot be re-priced', () => {
    const current = run(1, work({ cpuModel: INTEL }), { co2eG: 1, energyWh: 1 });
    expect(repriceRun(run(0, null, { co2eG: 1, energyWh: 1 }), current, current.work!)).toBeNull();
  });
});

describe('likeForLike: which base runs, and how', () => {
  const intelCurve = D.map((w) => w * 20); // the Intel host modelled 20× higher, as issue 8 found
  const current = (): Report => {
    const r = run(9, work({ cpuModel: INTEL, curve: intelCurve }), { co2eG: 10, energyWh: 20 });
    return r;
  };

  it('≥ 3 runs on the same machine class: those, as recorded', () => {
    const same = [1, 2, 3].map((i) =>
      run(i, work({ cpuModel: INTEL, curve: intelCurve }), { co2eG: 10 + i, energyWh: 20 + i }),
    );
    const other = [4, 5].map((i) => run(i, work(), { co2eG: 0.5, energyWh: 1 }));
    const l = likeForLike(current(), [...same, ...other], 5, 'main');
    expect(l.basis.mode).toBe('same-machine-class');
    expect(l.basis.sameClassRuns).toBe(3);
    expect(l.basis.noiseKnown).toBe(true);
    expect(l.runs.map((r) => r.co2eG)).toEqual([11, 12, 13]);
    expect(l.basis.note).toMatch(/3 main runs on the same machine class \(4 vCPU Intel/);
  });

  it('fewer: re-priced on this machine; old runs of other hardware without a histogram are left out, and said to be', () => {
    const amd = [1, 2, 3].map((i) => run(i, work(), { co2eG: 0.5, energyWh: 1 }));
    const old = run(0, null, { co2eG: 0.4, energyWh: 0.9 }); // no work account, AMD
    const c = current();
    const l = likeForLike(c, [old, ...amd], 5, 'main');
    expect(l.basis.mode).toBe('repriced');
    expect(l.basis.notRepriceable).toBe(1);
    expect(l.runs).toHaveLength(3);
    expect(l.runs.every((r) => r.repriced)).toBe(true);
    // Same work on the Intel curve: CPU 0.45 × 20 = 9 Wh, memory 0.0522667 Wh.
    expect(l.runs[0].energyWh).toBeCloseTo(9 + 188.16 / 3600, 9);
    expect(l.basis.note).toMatch(
      /3 of the 3 main runs ran on other hardware \(4 vCPU AMD EPYC 7763.*re-priced on this machine/,
    );
    expect(l.basis.note).toMatch(/1 older run on other hardware .* left out/);
  });

  it('a RAPL-metered run says the re-priced runs use the model curve', () => {
    const c = current();
    c.methods.cpu = { method: 'rapl', detail: 'RAPL' };
    const l = likeForLike(c, [run(1, work(), { co2eG: 0.5, energyWh: 1 })], 5, 'main');
    expect(l.basis.mode).toBe('repriced');
    expect(l.basis.note).toMatch(/measured \(RAPL\); the re-priced runs use the power model's curve/);
  });

  it('nothing can be re-priced: as recorded, and it says it is not like for like', () => {
    const l = likeForLike(current(), [run(1, null, { co2eG: 0.5, energyWh: 1 })], 5, 'main');
    expect(l.basis.mode).toBe('as-recorded');
    expect(l.basis.noiseKnown).toBe(false);
    expect(l.runs[0].co2eG).toBe(0.5);
    expect(l.basis.note).toMatch(/^Not like for like: .*no utilisation histogram/);
  });

  it('a current run without a work account compares as recorded', () => {
    const c = current();
    delete c.work;
    const l = likeForLike(c, [run(1, work(), { co2eG: 0.5, energyWh: 1 })], 5, 'main');
    expect(l.basis.mode).toBe('as-recorded');
    expect(l.basis.note).toMatch(/this run has no utilisation record/);
  });

  it('old reports without a work account still count as same class by their machine', () => {
    const old = [1, 2, 3].map((i) => run(i, null, { co2eG: 10, energyWh: 20 }, INTEL));
    const l = likeForLike(current(), old, 5, 'main');
    expect(l.basis.mode).toBe('same-machine-class');
    expect(l.runs).toHaveLength(3);
  });
});

describe('compareWithBaseline across hardware (issue 8)', () => {
  // Three base runs on the AMD curve D, the PR on an Intel curve 20× higher, same work ±2 %.
  const intelCurve = D.map((w) => w * 20);
  const priceOn = (w: WorkAccount, curve: number[]) => repriceCpuWh(w, curve, 4) + (w.memoryGbS * 0.392) / 3600;
  const base = [0.98, 1.02, 1].map((k, i) => {
    const w = work({ scale: k });
    const e = priceOn(w, D);
    return run(i, w, { co2eG: e * 0.4, energyWh: e });
  });
  const pr = (k: number, t = 1): Report => {
    const w = work({ cpuModel: INTEL, curve: intelCurve, scale: k, time: t });
    const e = priceOn(w, intelCurve);
    const r = run(9, w, { co2eG: (e / 1000) * 1.18 * 400, energyWh: e });
    return r;
  };

  it('the same work on the other machine is within noise, not +2,000 %', () => {
    const c = compareWithBaseline(pr(1.01), base, { baseBranch: 'main' });
    if (!c.available) throw new Error('expected a comparison');
    expect(c.basis?.mode).toBe('repriced');
    expect(c.co2eG.withinNoise).toBe(true);
    expect(Math.abs(c.co2eG.deltaPercent ?? 99)).toBeLessThan(2);
    expect(c.cpuSeconds?.withinNoise).toBe(true);
    // As recorded it would have read about +2,300 %:
    expect(c.trend.every((t) => t.energyWh > 5)).toBe(true);
  });

  it('a heavier PR workload on the other machine is still flagged', () => {
    // The same profile for 30 % longer: every band's seconds and busy-seconds × 1.3, memory GB-s too.
    const c = compareWithBaseline(pr(1, 1.3), base, { baseBranch: 'main' });
    if (!c.available) throw new Error('expected a comparison');
    expect(c.co2eG.withinNoise).toBe(false);
    // Energy is linear in time at a fixed profile: exactly +30 % against the k = 1 base run (the median).
    expect(c.co2eG.deltaPercent).toBeCloseTo(30, 9);
    expect(c.energyWh.deltaPercent).toBeCloseTo(30, 9);
    // CPU-seconds: 4 × (2.5 + 17) × 1.3 = 101.4 vs median 78 → +30 %.
    expect(c.cpuSeconds?.deltaPercent).toBeCloseTo(30, 9);
  });
});
