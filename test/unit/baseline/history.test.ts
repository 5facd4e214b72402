import { describe, expect, it } from 'vitest';
import { appendToHistory, compareMetric, compareWithBaseline, median } from '../../../src/baseline/history';
import { makeReport, series } from '../../fixtures/report';

describe('median', () => {
  it('odd and even counts', () => {
    // [10, 12, 11, 30, 9] sorted = [9, 10, 11, 12, 30] → middle 11.
    expect(median([10, 12, 11, 30, 9])).toBe(11);
    // [4, 1, 3, 2] sorted = [1, 2, 3, 4] → (2 + 3) / 2 = 2.5.
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('appendToHistory', () => {
  it('keeps the newest 50, oldest first', () => {
    let h = series(Array.from({ length: 50 }, (_, i) => i));
    h = appendToHistory(h, makeReport({ co2eG: 999, endedAt: '2025-04-01T00:00:00Z', runId: '999' }));
    expect(h).toHaveLength(50);
    // Run 0 (the oldest) dropped out; 1..49 then the new one.
    expect(h[0].co2eG.total).toBe(1);
    expect(h[49].co2eG.total).toBe(999);
  });

  it('honours a smaller cap and replaces a re-saved run attempt', () => {
    const h = series([1, 2, 3]);
    const again = makeReport({ co2eG: 30, endedAt: '2025-03-01T10:02:30Z', runId: '102' });
    expect(appendToHistory(h, again).map((r) => r.co2eG.total)).toEqual([1, 2, 30]);
    expect(
      appendToHistory(h, makeReport({ co2eG: 4, endedAt: '2025-03-02T00:00:00Z', runId: '7' }), 2).map(
        (r) => r.co2eG.total,
      ),
    ).toEqual([3, 4]);
    expect(() => appendToHistory(h, again, 0)).toThrow(/whole number ≥ 1, got 0/);
  });
});

describe('compareWithBaseline', () => {
  it('hand-worked: base [10, 12, 11, 30, 9], current 12.1', () => {
    // Median 11, spread 9–30. Δ = 12.1 − 11 = 1.1 g = +10 %; 9 ≤ 12.1 ≤ 30 → within noise.
    // Energy: base [20, 24, 22, 60, 18] (×2), median 22; current 26.4 → +4.4 Wh = +20 %.
    const base = series([10, 12, 11, 30, 9]);
    const current = makeReport({ co2eG: 12.1, energyWh: 26.4, runId: '500', endedAt: '2025-03-02T00:00:00Z' });
    const c = compareWithBaseline(current, base, { baseBranch: 'main' });
    expect(c.available).toBe(true);
    if (!c.available) return;
    expect(c.baseBranch).toBe('main');
    expect(c.runs).toBe(5);
    expect(c.co2eG.baseMedian).toBe(11);
    expect(c.co2eG.baseMin).toBe(9);
    expect(c.co2eG.baseMax).toBe(30);
    expect(c.co2eG.deltaAbs).toBeCloseTo(1.1, 12);
    expect(c.co2eG.deltaPercent).toBeCloseTo(10, 9);
    expect(c.co2eG.withinNoise).toBe(true);
    expect(c.energyWh.baseMedian).toBe(22);
    expect(c.energyWh.deltaAbs).toBeCloseTo(4.4, 12);
    expect(c.energyWh.deltaPercent).toBeCloseTo(20, 9);
    expect(c.trend.map((t) => t.co2eG)).toEqual([10, 12, 11, 30, 9]);
    expect(c.trend[0]).toEqual({ at: '2025-03-01T10:00:00.000Z', co2eG: 10, energyWh: 20, sha: 'abc0000' });
  });

  it('uses only the latest 5 runs, by end time', () => {
    // Shuffled history of 7; the latest five are [3, 4, 5, 6, 7] → median 5, spread 3–7.
    const h = series([1, 2, 3, 4, 5, 6, 7]);
    const shuffled = [h[6], h[0], h[3], h[1], h[5], h[2], h[4]];
    const c = compareWithBaseline(makeReport({ co2eG: 8, runId: '900' }), shuffled);
    if (!c.available) throw new Error('expected a comparison');
    expect(c.runs).toBe(5);
    expect(c.trend.map((t) => t.co2eG)).toEqual([3, 4, 5, 6, 7]);
    // 8 − 5 = 3 g = +60 %; 8 > 7 → outside the noise.
    expect(c.co2eG.deltaPercent).toBeCloseTo(60, 9);
    expect(c.co2eG.withinNoise).toBe(false);
  });

  it('a drop below the spread is outside the noise too', () => {
    // Base [10, 11, 12]: median 11; current 8.8 → −2.2 g = −20 %; 8.8 < 10.
    const c = compareWithBaseline(makeReport({ co2eG: 8.8, runId: '900' }), series([10, 11, 12]), { maxRuns: 5 });
    if (!c.available) throw new Error('expected a comparison');
    expect(c.runs).toBe(3);
    expect(c.co2eG.deltaPercent).toBeCloseTo(-20, 9);
    expect(c.co2eG.withinNoise).toBe(false);
  });

  it('no base runs → not available, "no baseline yet"', () => {
    expect(compareWithBaseline(makeReport(), [], { baseBranch: 'main' })).toEqual({
      available: false,
      reason: 'no baseline yet',
      baseBranch: 'main',
    });
  });

  it('leaves the current run out of its own baseline', () => {
    const current = makeReport({ co2eG: 5, runId: '42' });
    expect(compareWithBaseline(current, [makeReport({ co2eG: 5, runId: '42' })]).available).toBe(false);
  });

  it('a zero base median gives a null percentage', () => {
    const m = compareMetric(0.5, [0, 0, 0]);
    expect(m).toEqual({
      current: 0.5,
      baseMedian: 0,
      baseMin: 0,
      baseMax: 0,
      deltaAbs: 0.5,
      deltaPercent: null,
      withinNoise: false,
    });
  });

  it('one base run: only the same figure counts as within noise', () => {
    expect(compareMetric(10, [10]).withinNoise).toBe(true);
    expect(compareMetric(10.01, [10]).withinNoise).toBe(false);
  });
});
