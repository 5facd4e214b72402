import { describe, expect, it } from 'vitest';
import { monthlyProjection } from '../../../src/dashboard/projection';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 3, 1, 12, 0, 0);

describe('monthlyProjection', () => {
  it('56 runs in the last 28 days at 20 g: 56/28 × 30.4375 × 20 = 1,217.5 g a month', () => {
    // History older than the window, so the window is the full 28 days.
    const runs = [{ atMs: NOW - 60 * DAY, co2eG: 999 }];
    for (let i = 0; i < 56; i++) runs.push({ atMs: NOW - i * 0.5 * DAY, co2eG: 20 });
    const p = monthlyProjection(runs, NOW);
    expect(p.runsInWindow).toBe(56);
    expect(p.windowDays).toBe(28);
    expect(p.runsPerMonth).toBeCloseTo(60.875, 10); // 2 a day × 30.4375
    expect(p.meanCo2eGPerRun).toBe(20); // the 999 g run is outside the window
    expect(p.co2eGPerMonth).toBeCloseTo(1217.5, 10);
  });

  it('a series younger than 28 days uses its own span: 14 runs over 7 days at 10 g → 608.75 g', () => {
    // first run 7 days ago: 14/7 = 2 a day × 30.4375 = 60.875 runs × 10 g
    const runs = Array.from({ length: 14 }, (_, i) => ({ atMs: NOW - 7 * DAY + i * 0.5 * DAY, co2eG: 10 }));
    const p = monthlyProjection(runs, NOW);
    expect(p.windowDays).toBeCloseTo(7, 10);
    expect(p.co2eGPerMonth).toBeCloseTo(608.75, 10);
  });

  it('takes the mean of the window runs: 10 g and 30 g over 28 days → 2/28 × 30.4375 × 20 = 43.482 g', () => {
    const runs = [
      { atMs: NOW - 40 * DAY, co2eG: 1000 },
      { atMs: NOW - 10 * DAY, co2eG: 10 },
      { atMs: NOW - 1 * DAY, co2eG: 30 },
    ];
    expect(monthlyProjection(runs, NOW).co2eGPerMonth).toBeCloseTo((2 / 28) * 30.4375 * 20, 10);
    expect(monthlyProjection(runs, NOW).co2eGPerMonth).toBeCloseTo(43.482142857, 6);
  });

  it('never divides by less than one day: 10 runs in the last hour at 5 g → 10 × 30.4375 × 5 = 1,521.875 g', () => {
    const runs = Array.from({ length: 10 }, (_, i) => ({ atMs: NOW - 3_600_000 + i * 60_000, co2eG: 5 }));
    const p = monthlyProjection(runs, NOW);
    expect(p.windowDays).toBe(1);
    expect(p.co2eGPerMonth).toBeCloseTo(1521.875, 10);
  });

  it('projects nothing from too little history: fewer than 10 runs over less than 14 days', () => {
    // One run: once "2.98 g per month" and "7 runs per week"; now not projected.
    expect(monthlyProjection([{ atMs: NOW - 3_600_000, co2eG: 5 }], NOW)).toMatchObject({
      enoughHistory: false,
      runsInWindow: 1,
      co2eGPerMonth: 0,
      runsPerMonth: 0,
    });
    const nineOver = (days: number) =>
      Array.from({ length: 9 }, (_, i) => ({ atMs: NOW - days * DAY + (i * days * DAY) / 8, co2eG: 4 }));
    expect(monthlyProjection(nineOver(13.9), NOW).enoughHistory).toBe(false);
    // 9 runs spanning exactly 14 days: enough. Window 14 days: 9/14 × 30.4375 × 4 g = 78.268 g.
    const p = monthlyProjection(nineOver(14), NOW);
    expect(p.enoughHistory).toBe(true);
    expect(p.co2eGPerMonth).toBeCloseTo((9 / 14) * 30.4375 * 4, 10);
    expect(p.co2eGPerMonth).toBeCloseTo(78.267857, 5);
  });

  it('no run in the last 28 days projects to zero', () => {
    const p = monthlyProjection([{ atMs: NOW - 29 * DAY, co2eG: 50 }], NOW);
    expect(p).toMatchObject({ runsInWindow: 0, runsPerMonth: 0, co2eGPerMonth: 0 });
  });
});
