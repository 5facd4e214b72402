import { describe, expect, it } from 'vitest';
import { evaluateGate, gateMessages } from '../../../src/action/gate';
import type { Comparison } from '../../../src/schema/report';
import { sampleComparison, sampleReport } from '../../fixtures/report';

function report(co2eG: number, energyWh: number) {
  const r = sampleReport();
  r.co2eG = { total: co2eG, operational: co2eG, embodied: 0.1 };
  r.energyWh = { ...r.energyWh, total: energyWh };
  return r;
}

const budgets = {
  budget: { co2eG: 20, text: '20 g' },
  energyBudget: { energyWh: 50, text: '50 Wh' },
  maxIncrease: { percent: 10, text: '10%' },
};

describe('evaluateGate', () => {
  it('passes when every figure is at or under its limit (exceeded means strictly greater)', () => {
    // 20 g ≤ 20 g; 49.9 Wh ≤ 50 Wh; +10 % ≤ 10 % (sampleComparison: 12.1 g vs median 11 g).
    const gate = evaluateGate({
      report: report(20, 49.9),
      comparison: sampleComparison(),
      inputs: { ...budgets, failOnBudget: true },
    });
    expect(gate).toEqual({
      mode: 'fail',
      exceeded: false,
      budgets: [
        { kind: 'co2e', limitText: '20 g', limit: 20, actual: 20, status: 'pass' },
        { kind: 'energy', limitText: '50 Wh', limit: 50, actual: 49.9, status: 'pass' },
        { kind: 'max-increase', limitText: '10%', limit: 10, actual: 10, status: 'pass' },
      ],
    });
  });

  it('flags each budget that is exceeded', () => {
    const comparison = sampleComparison();
    if (!comparison.available) throw new Error('fixture');
    // Above the base spread: a real rise.
    comparison.co2eG = { ...comparison.co2eG, deltaPercent: 12.5, baseMax: 12, withinNoise: false };
    const gate = evaluateGate({ report: report(23.4, 50.1), comparison, inputs: { ...budgets, failOnBudget: true } });
    expect(gate.exceeded).toBe(true);
    expect(gate.budgets.map((b) => [b.kind, b.actual, b.status])).toEqual([
      ['co2e', 23.4, 'exceeded'],
      ['energy', 50.1, 'exceeded'],
      ['max-increase', 12.5, 'exceeded'],
    ]);
  });

  it('skips max-increase with "no baseline yet" when there is no comparison or none available', () => {
    const unavailable: Comparison = { available: false, reason: 'no baseline yet' };
    for (const comparison of [undefined, unavailable]) {
      const gate = evaluateGate({
        report: report(5, 5),
        comparison,
        inputs: { maxIncrease: budgets.maxIncrease, failOnBudget: true },
      });
      expect(gate.budgets).toEqual([
        { kind: 'max-increase', limitText: '10%', limit: 10, actual: null, status: 'skipped', note: 'no baseline yet' },
      ]);
      expect(gate.exceeded).toBe(false);
    }
  });

  it('skips max-increase when the base median is 0 (no percentage)', () => {
    const comparison = sampleComparison();
    if (!comparison.available) throw new Error('fixture');
    comparison.co2eG = { ...comparison.co2eG, baseMedian: 0, deltaPercent: null };
    const gate = evaluateGate({
      report: report(5, 5),
      comparison,
      inputs: { maxIncrease: budgets.maxIncrease, failOnBudget: true },
    });
    expect(gate.budgets[0].status).toBe('skipped');
    expect(gate.budgets[0].note).toMatch(/base median is 0/);
  });

  it('warn mode when fail-on-budget is false; no budgets → nothing exceeded', () => {
    const gate = evaluateGate({ report: report(30, 5), inputs: { budget: budgets.budget, failOnBudget: false } });
    expect(gate.mode).toBe('warn');
    expect(gate.exceeded).toBe(true);
    expect(evaluateGate({ report: report(30, 5), inputs: { failOnBudget: true } })).toEqual({
      budgets: [],
      exceeded: false,
      mode: 'fail',
    });
  });
});

describe('max-increase never fires on noise (issue 8)', () => {
  const inputs = { maxIncrease: budgets.maxIncrease, failOnBudget: true };
  // Base runs 9, 10, 12 g (median 10, spread 9–12).
  const cmp = (current: number, runs = 3) =>
    sampleComparison({
      runs,
      co2eG: {
        current,
        baseMedian: 10,
        baseMin: 9,
        baseMax: 12,
        deltaAbs: current - 10,
        deltaPercent: (current - 10) * 10,
        withinNoise: current >= 9 && current <= 12,
      },
      basis: {
        mode: 'repriced',
        machineClass: '4 vCPU x',
        sameClassRuns: 0,
        notRepriceable: 0,
        noiseKnown: runs >= 3,
        note: 'n',
      },
    });

  it('11.5 g is +15 % over a 10 % limit but inside 9–12 g: passes, and says why', () => {
    const gate = evaluateGate({ report: report(11.5, 5), comparison: cmp(11.5), inputs });
    expect(gate.exceeded).toBe(false);
    expect(gate.budgets[0]).toMatchObject({ actual: 15, status: 'pass', note: expect.stringMatching(/spread/) });
    expect(gateMessages(gate)[0].message).toBe(
      "CO2e increase limit met: +15.0 % vs the base median is above +10.0 %, but inside the base runs' own spread " +
        '(noise), so not a regression (max-increase input "10%")',
    );
  });

  it('12.5 g is +25 % and above the spread: exceeded', () => {
    const gate = evaluateGate({ report: report(12.5, 5), comparison: cmp(12.5), inputs });
    expect(gate.budgets[0]).toMatchObject({ actual: 25, status: 'exceeded' });
    expect(gate.exceeded).toBe(true);
  });

  it('with fewer than 3 base runs the limit still applies, with "noise not known yet"', () => {
    const gate = evaluateGate({ report: report(10.5, 5), comparison: cmp(10.5, 2), inputs });
    expect(gate.budgets[0]).toMatchObject({ actual: 5, status: 'pass', note: 'noise not known yet (2 base runs)' });
  });
});

describe('gateMessages', () => {
  it('names the budget, the figure, the limit and the input', () => {
    const comparison = sampleComparison();
    if (!comparison.available) throw new Error('fixture');
    // Above the base spread: a real rise.
    comparison.co2eG = { ...comparison.co2eG, deltaPercent: 12.5, baseMax: 12, withinNoise: false };
    const gate = evaluateGate({ report: report(23.4, 12), comparison, inputs: { ...budgets, failOnBudget: true } });
    expect(gateMessages(gate)).toEqual([
      { level: 'error', message: 'CO2e budget exceeded: 23.4 g > 20.0 g (budget input "20 g")' },
      { level: 'notice', message: 'Energy budget met: 12.0 Wh ≤ 50.0 Wh (energy-budget input "50 Wh")' },
      {
        level: 'error',
        message: 'CO2e increase limit exceeded: +12.5 % vs the base median > +10.0 % (max-increase input "10%")',
      },
    ]);
  });

  it('turns errors into warnings in warn mode and reports skips as notices', () => {
    const gate = evaluateGate({
      report: report(23.4, 12),
      inputs: { budget: budgets.budget, maxIncrease: budgets.maxIncrease, failOnBudget: false },
    });
    expect(gateMessages(gate)).toEqual([
      {
        level: 'warning',
        message:
          'CO2e budget exceeded: 23.4 g > 20.0 g (budget input "20 g") [fail-on-budget is false: not failing the job]',
      },
      { level: 'notice', message: 'CO2e increase limit skipped: no baseline yet (max-increase input "10%")' },
    ]);
  });
});
