import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnergyIntegrator } from '../../../src/meter/energy';
import { powerAtUtilisationW } from '../../../src/meter/power-model';
import type { SampleRecord } from '../../../src/meter/sample-format';
import { readSampleRecords } from '../../../src/meter/samples-file';
import { FIXTURES } from './sysfs-tree';
import { headerRecord as header, integrate as feed, LINEAR_CURVE_W as LINEAR, T0 } from '../../fixtures/samples';

const s = (tMs: number, busy: number, total: number, extra: Partial<SampleRecord> = {}): SampleRecord => ({
  type: 'sample',
  t: T0 + tMs,
  cpu: { busy, total },
  ...extra,
});

describe('powerAtUtilisationW (the curve the integrator uses)', () => {
  it('interpolates linearly between the 10 % points and clamps', () => {
    expect(powerAtUtilisationW(LINEAR, 0.25)).toBeCloseTo(35, 12); // between 30 (20 %) and 40 (30 %)
    expect(powerAtUtilisationW(LINEAR, 1)).toBe(110);
    expect(powerAtUtilisationW(LINEAR, 1.5)).toBe(110);
    expect(powerAtUtilisationW(LINEAR, -0.1)).toBe(10);
  });
});

describe('createEnergyIntegrator, CPU model', () => {
  // Intervals: [0,1 s] u = 50/200 = 0.25 → 35 W × 1 s = 35 J
  //            [1,3 s] u = 300/400 = 0.75 → 85 W × 2 s = 170 J     CPU 205 J
  // Memory 0.375 W/GB × 8 GB = 3 W × 3 s = 9 J.                  total 214 J
  const records = [
    header(),
    s(0, 0, 0),
    s(1000, 50, 200),
    s(3000, 350, 600),
    { type: 'end', t: T0 + 3000, reason: 'signal' } as const,
  ];
  const r = feed(records, { cpuCurveW: LINEAR, memoryWPerGb: 0.375, memoryGb: 8 });

  it('integrates each interval at its own utilisation', () => {
    expect(r.durationS).toBe(3);
    expect(r.energyWh.cpu).toBeCloseTo(205 / 3600, 12);
    expect(r.energyWh.memory).toBeCloseTo(9 / 3600, 12);
    expect(r.energyWh.gpu).toBe(0);
    expect(r.energyWh.total).toBeCloseTo(214 / 3600, 12);
    expect(r.cpuMethod).toBe('model');
    expect(r.gpuMethod).toBe('none');
  });

  it('mean power is energy over time, peak the highest interval', () => {
    expect(r.powerW.mean).toBeCloseTo(214 / 3, 9); // 71.33 W
    expect(r.powerW.peak).toBeCloseTo(88, 9); // (170 + 6) J / 2 s; first interval is 38 W
    // time-weighted utilisation: (0.25·1 + 0.75·2) / 3 = 0.58333
    expect(r.cpuUtilisation).toEqual({ mean: expect.closeTo(1.75 / 3, 12), peak: 0.75 });
  });

  it('fills the samples summary', () => {
    expect(r.samples).toMatchObject({
      count: 3,
      intervalS: 1,
      tornLines: 0,
      firstAt: '2026-01-01T00:00:00.000Z',
      lastAt: '2026-01-01T00:00:03.000Z',
      gapS: 0,
      endedEarly: false,
    });
    expect(r.endReason).toBe('signal');
  });

  it('is not the power of the average utilisation when the curve bends', () => {
    // Concave curve: 10 W idle, 40 W at 10 %, then +5 W per 10 %.
    const concave = [10, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85];
    // Two 1 s intervals at u = 0 and u = 0.2: 10 J + 45 J = 55 J.
    // Power at the mean utilisation 0.1 would give 40 W × 2 s = 80 J, 45 % too much.
    const res = feed([s(0, 0, 0), s(1000, 0, 100), s(2000, 20, 200)], {
      cpuCurveW: concave,
      memoryWPerGb: 0,
      memoryGb: 0,
    });
    expect(res.energyWh.cpu).toBeCloseTo(55 / 3600, 12);
    expect(powerAtUtilisationW(concave, 0.1) * 2).toBe(80);
  });

  it('uses the util field where there are no tick counters (macOS/Windows)', () => {
    // util is the mean since the previous sample: 0.5 over [0,2 s] → 60 W × 2 s = 120 J
    const res = feed(
      [
        { type: 'sample', t: T0, util: 0.9 },
        { type: 'sample', t: T0 + 2000, util: 0.5 },
      ],
      { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 },
    );
    expect(res.energyWh.cpu).toBeCloseTo(120 / 3600, 12);
  });

  it('integrates the samples file read back from disk (torn line skipped)', async () => {
    const integ = createEnergyIntegrator({ cpuCurveW: LINEAR, memoryWPerGb: 0.375, memoryGb: 8 });
    for await (const rec of readSampleRecords(join(FIXTURES, 'samples/torn-last-line.jsonl'))) integ.add(rec);
    const res = integ.result();
    expect(res.energyWh.total).toBeCloseTo(214 / 3600, 12); // the same worked numbers as above
    expect(res.samples.endedEarly).toBe(true); // no end line: the sampler died
  });
});

describe('RAPL', () => {
  const MAX = 262143328850;
  const raplHeader = header({
    rapl: {
      status: 'ok',
      domains: [
        { name: 'package-0', dir: '/sys/class/powercap/intel-rapl:0', maxEnergyRangeUj: MAX },
        { name: 'package-1', dir: '/sys/class/powercap/intel-rapl:1', maxEnergyRangeUj: MAX },
      ],
    },
  });

  it('sums package deltas, undoing a wrap', () => {
    // package-0 wraps: (2,000,000 + MAX) − (MAX − 1,000,000) = 3,000,000 µJ = 3 J
    // package-1: 9,000,000 − 5,000,000 = 4,000,000 µJ = 4 J → CPU 7 J over 1 s
    const res = feed(
      [
        raplHeader,
        s(0, 0, 100, { rapl: [MAX - 1_000_000, 5_000_000] }),
        s(1000, 100, 200, { rapl: [2_000_000, 9_000_000] }),
      ],
      { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 },
    );
    expect(res.cpuMethod).toBe('rapl');
    expect(res.energyWh.cpu).toBeCloseTo(7 / 3600, 12);
    expect(res.cpuUtilisation?.mean).toBe(1); // utilisation still reported alongside
  });

  it('warns when a gap is long enough for a counter to wrap twice (range ÷ 500 W)', () => {
    // MAX = 262,143 J; at 500 W that is 524 s. A 600 s gap may hide a second wrap; a 1 s one cannot.
    const long = feed(
      [raplHeader, s(0, 0, 100, { rapl: [0, 0] }), s(600_000, 100, 200, { rapl: [1_000_000, 1_000_000] })],
      { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 },
    );
    expect(long.warnings.join(' ')).toMatch(/600 s gap .* wrap more than once/);
    const short = feed(
      [raplHeader, s(0, 0, 100, { rapl: [0, 0] }), s(1000, 100, 200, { rapl: [1_000_000, 1_000_000] })],
      { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 },
    );
    expect(short.warnings.join(' ')).not.toMatch(/wrap more than once/);
  });

  it('falls back to the model on intervals without RAPL readings, and says so', () => {
    // [0,1 s] RAPL 2 J; [1,2 s] no rapl on the later sample → model at u = 50/100 = 0.5 → 60 J
    const res = feed(
      [raplHeader, s(0, 0, 0, { rapl: [0, 0] }), s(1000, 50, 100, { rapl: [1_000_000, 1_000_000] }), s(2000, 100, 200)],
      { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 },
    );
    expect(res.energyWh.cpu).toBeCloseTo(62 / 3600, 12);
    expect(res.warnings).toContain('RAPL readings were missing on 1 of 2 intervals; the model was used for those');
  });

  it('ignores RAPL when asked to', () => {
    const res = feed([raplHeader, s(0, 0, 0, { rapl: [0, 0] }), s(1000, 50, 100, { rapl: [1_000_000, 1_000_000] })], {
      cpuCurveW: LINEAR,
      memoryWPerGb: 0,
      memoryGb: 0,
      useRapl: false,
    });
    expect(res.cpuMethod).toBe('model');
    expect(res.energyWh.cpu).toBeCloseTo(60 / 3600, 12);
  });
});

describe('GPU', () => {
  it('trapezoid over power.draw; a missing reading uses the other side', () => {
    // GPU 0: (100 + 200)/2 W × 2 s = 300 J. GPU 1: null then 50 W → 50 W × 2 s = 100 J.
    const res = feed(
      [
        s(0, 0, 0, {
          gpu: [
            { i: 0, w: 100, util: 10 },
            { i: 1, w: null, util: null },
          ],
        }),
        s(2000, 0, 100, {
          gpu: [
            { i: 0, w: 200, util: 90 },
            { i: 1, w: 50, util: 5 },
          ],
        }),
      ],
      { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 },
    );
    expect(res.energyWh.gpu).toBeCloseTo(400 / 3600, 12);
    expect(res.gpuMethod).toBe('nvidia-smi-power');
  });

  it('prefers an energy counter where a reader offers one', () => {
    // 51,000 − 1,000 mJ = 50 J, whatever power.draw says
    const res = feed(
      [
        s(0, 0, 0, { gpu: [{ i: 0, w: 999, util: 0, mj: 1000 }] }),
        s(1000, 0, 100, { gpu: [{ i: 0, w: 999, util: 0, mj: 51_000 }] }),
      ],
      { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 },
    );
    expect(res.energyWh.gpu).toBeCloseTo(50 / 3600, 12);
    expect(res.gpuMethod).toBe('nvidia-smi-energy');
  });
});

describe('windows, gaps, timeline', () => {
  it('attributes energy to windows by time overlap', () => {
    // Intervals as in the CPU example: [0,1 s] 38 J (35 CPU + 3 memory), [1,3 s] 176 J (170 + 6).
    // Window [0.5 s, 2 s]: half of the first (19 J) + half of the second (88 J) = 107 J.
    // Window [2 s, 5 s]: the second half of the second = 88 J. Window [4 s, 5 s]: nothing.
    const res = feed([s(0, 0, 0), s(1000, 50, 200), s(3000, 350, 600)], {
      cpuCurveW: LINEAR,
      memoryWPerGb: 0.375,
      memoryGb: 8,
      windows: [
        { startMs: T0 + 500, endMs: T0 + 2000 },
        { startMs: T0 + 2000, endMs: T0 + 5000 },
        { startMs: T0 + 4000, endMs: T0 + 5000 },
      ],
    });
    expect(res.windowsEnergyWh[0]).toBeCloseTo(107 / 3600, 12);
    expect(res.windowsEnergyWh[1]).toBeCloseTo(88 / 3600, 12);
    expect(res.windowsEnergyWh[2]).toBe(0);
  });

  it('counts intervals over 3× nominal as gaps, still integrating them from the cumulative counters', () => {
    // nominal 1 s; intervals 1 s, 1 s, 5 s (gap), 3 s (not > 3×) → gapS 5; all idle 10 W → 100 J
    const res = feed([header(), s(0, 0, 0), s(1000, 0, 100), s(2000, 0, 200), s(7000, 0, 700), s(10000, 0, 1000)], {
      cpuCurveW: LINEAR,
      memoryWPerGb: 0,
      memoryGb: 0,
    });
    expect(res.samples.gapS).toBe(5);
    expect(res.energyWh.cpu).toBeCloseTo(100 / 3600, 12);
  });

  it('endedEarly when the last sample is 3 intervals before the metered period ends', () => {
    const recs = [header(), s(0, 0, 0), s(1000, 0, 100)];
    expect(
      feed(recs, { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0, periodEndMs: T0 + 3900 }).samples.endedEarly,
    ).toBe(false);
    expect(
      feed(recs, { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0, periodEndMs: T0 + 4100 }).samples.endedEarly,
    ).toBe(true);
  });

  it('keeps the timeline at ≤ 120 points over 216,000 samples (6 h at 100 ms), energy preserved', () => {
    const integ = createEnergyIntegrator({ cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0, intervalMs: 100 });
    // First 3 h idle (10 W), last 3 h fully busy (110 W).
    let busy = 0;
    let total = 0;
    for (let k = 0; k < 216_000; k++) {
      integ.add({ type: 'sample', t: T0 + k * 100, cpu: { busy, total } });
      total += 10;
      if (k >= 108_000) busy += 10;
    }
    const res = integ.result();
    expect(res.samples.timeline.length).toBeLessThanOrEqual(120);
    expect(res.samples.timeline.length).toBeGreaterThan(60);
    // Energy: ≈ 3 h × 10 W + 3 h × 110 W = 30 + 330 = 360 Wh (one interval short of 6 h)
    expect(res.energyWh.cpu).toBeCloseTo(360, 0);
    const first = res.samples.timeline[0];
    const last = res.samples.timeline[res.samples.timeline.length - 1];
    expect(first.powerW).toBeCloseTo(10, 6);
    expect(last.powerW).toBeCloseTo(110, 6);
    expect(last.tS).toBeLessThanOrEqual(6 * 3600);
    // Σ power × bucket width ≈ total energy: the timeline is faithful to the integral
    // Points are evenly spaced (full buckets), so Σ power × spacing ≈ total energy.
    const widthS = res.samples.timeline[1].tS - res.samples.timeline[0].tS;
    const sumJ = res.samples.timeline.reduce((a, p) => a + p.powerW * widthS, 0);
    expect(Math.abs(sumJ / 3600 - 360)).toBeLessThan(360 * 0.02);
  });

  it('rejects a malformed curve naming it', () => {
    expect(() => createEnergyIntegrator({ cpuCurveW: [1, 2, 3], memoryWPerGb: 0, memoryGb: 0 })).toThrow(
      /cpuCurveW \[1,2,3\] is not a power curve; expected 11 non-negative watt figures/,
    );
    expect(() => createEnergyIntegrator({ cpuCurveW: LINEAR, memoryWPerGb: -1, memoryGb: 0 })).toThrow(
      'energy: memoryWPerGb is -1; expected a non-negative number',
    );
  });

  it('skips samples out of time order', () => {
    const res = feed([s(0, 0, 0), s(1000, 0, 100), s(500, 0, 50), s(2000, 0, 200)], {
      cpuCurveW: LINEAR,
      memoryWPerGb: 0,
      memoryGb: 0,
    });
    expect(res.energyWh.cpu).toBeCloseTo(20 / 3600, 12);
    expect(res.warnings).toContain('1 samples were out of time order and skipped');
  });
});

describe('peak power ignores sliver intervals', () => {
  it('a 5 ms interval reading 100 % does not set the peak; full intervals do', () => {
    // 0→1000 ms: u = 20/200 = 0.1 → 20 W. 1000→1005 ms: u = 1/1 = 1 → 110 W (a 10 ms tick artefact).
    const res = feed([header(), s(0, 0, 0), s(1000, 20, 200), s(1005, 21, 201)], {
      cpuCurveW: LINEAR,
      memoryWPerGb: 0,
      memoryGb: 0,
    });
    // Energy still counts the sliver: 20 W × 1 s + 110 W × 0.005 s = 20.55 J, so the mean is
    // 20.55 J ÷ 1.005 s = 20.448 W; the peak is the full interval's 20 W, raised to the mean.
    expect(res.energyWh.cpu * 3600).toBeCloseTo(20.55, 9);
    expect(res.powerW.mean).toBeCloseTo(20.55 / 1.005, 9);
    expect(res.powerW.peak).toBeCloseTo(20.55 / 1.005, 9);
    expect(res.powerW.peak).toBeLessThan(110);
  });
  it('when every interval is short, the peak comes from them', () => {
    const res = feed([header(), s(0, 0, 0), s(5, 1, 1)], { cpuCurveW: LINEAR, memoryWPerGb: 0, memoryGb: 0 });
    expect(res.powerW.peak).toBeCloseTo(110, 9);
  });
});
