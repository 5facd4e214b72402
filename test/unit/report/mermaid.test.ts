import { describe, expect, it } from 'vitest';
import { niceCeiling, powerChart, thinPoints, trendChart } from '../../../src/report/mermaid';
import type { Comparison } from '../../../src/schema/report';
import { sampleComparison, sampleReport } from '../../fixtures/report';

const seriesLength = (chart: string, kind: 'line' | 'bar'): number => {
  const m = new RegExp(`^    ${kind} \\[(.*)\\]$`, 'm').exec(chart);
  if (!m) throw new Error(`no ${kind} series in\n${chart}`);
  return m[1].split(', ').length;
};

describe('powerChart', () => {
  it('draws the 120-point sample timeline as an xychart-beta line, x in minutes', () => {
    const chart = powerChart(sampleReport().samples.timeline)!;
    const lines = chart.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines[1]).toBe('xychart-beta');
    expect(lines[lines.length - 1]).toBe('```');
    expect(seriesLength(chart, 'line')).toBe(120);
    // Last point at 372 s = 6.2 min.
    expect(chart).toContain('x-axis "Time (min)" 0 --> 6.2');
    // Peak 25.47 W × 1.05 = 26.7 → next round step 30.
    expect(chart).toContain('y-axis "Power (W)" 0 --> 30');
    expect(chart).toMatch(/^ {4}line \[12\.27, /m);
  });

  it('thins a longer timeline to 120 points', () => {
    const timeline = Array.from({ length: 1000 }, (_, i) => ({ tS: i, powerW: 10 + (i % 7) }));
    expect(seriesLength(powerChart(timeline)!, 'line')).toBe(120);
  });

  it('returns null with fewer than 2 points', () => {
    expect(powerChart([{ tS: 0, powerW: 10 }])).toBeNull();
    expect(powerChart([])).toBeNull();
  });
});

describe('trendChart', () => {
  it('bars the base runs plus this run, with the base median as a line', () => {
    const comparison = sampleComparison() as Extract<Comparison, { available: true }>;
    const chart = trendChart(comparison, 12.1)!;
    expect(chart).toContain('xychart-beta');
    expect(seriesLength(chart, 'bar')).toBe(6); // 5 base runs + this one
    expect(seriesLength(chart, 'line')).toBe(6);
    expect(chart).toContain('bar [10, 12, 11, 30, 9, 12.1]');
    expect(chart).toContain('line [11, 11, 11, 11, 11, 11]');
    expect(chart).toContain('x-axis ["1 aaaaaaa", "2 bbbbbbb", "3 ccccccc", "4 ddddddd", "base 5", "this run"]');
    // Max 30 g × 1.05 = 31.5 → 40.
    expect(chart).toContain('y-axis "CO2e (g)" 0 --> 40');
  });

  it('charts sub-gram runs in mg', () => {
    const comparison = sampleComparison({
      trend: [{ at: 'x', co2eG: 0.5, energyWh: 1 }],
      co2eG: {
        current: 0.6,
        baseMedian: 0.5,
        baseMin: 0.5,
        baseMax: 0.5,
        deltaAbs: 0.1,
        deltaPercent: 20,
        withinNoise: false,
      },
    }) as Extract<Comparison, { available: true }>;
    const chart = trendChart(comparison, 0.6)!;
    expect(chart).toContain('y-axis "CO2e (mg)"');
    expect(chart).toContain('bar [500, 600]');
  });

  it('escapes a hostile base branch name in the title', () => {
    const comparison = sampleComparison({ baseBranch: 'x"]\n```\n<img src=x>' }) as Extract<
      Comparison,
      { available: true }
    >;
    const chart = trendChart(comparison, 1)!;
    const title = chart.split('\n').find((l) => l.includes('title'))!;
    expect(title.match(/"/g)!.length).toBe(2);
    expect(chart.match(/```/g)!.length).toBe(2);
    expect(chart).not.toContain('<img');
  });

  it('returns null without a trend', () => {
    const comparison = sampleComparison({ trend: [] }) as Extract<Comparison, { available: true }>;
    expect(trendChart(comparison, 1)).toBeNull();
  });
});

describe('helpers', () => {
  it('niceCeiling rounds up to 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n', () => {
    expect(niceCeiling(26.7)).toBe(30);
    expect(niceCeiling(31.5)).toBe(40);
    expect(niceCeiling(0.7)).toBeCloseTo(0.8, 10);
    expect(niceCeiling(100)).toBe(100);
    expect(niceCeiling(0)).toBe(1);
  });
  it('thinPoints keeps the first and last and evenly spaced points between', () => {
    expect(thinPoints([0, 1, 2, 3, 4, 5, 6, 7, 8], 3)).toEqual([0, 4, 8]);
    expect(thinPoints([1, 2], 5)).toEqual([1, 2]);
  });
});
