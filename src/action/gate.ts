// The budget gate: absolute budgets against this run, the relative one against the base
// branch's median. Pure; the lead turns `exceeded && mode === 'fail'` into core.setFailed.
// max-increase judges the like-for-like figure (the comparison has already made the base runs
// comparable across hardware) and never fires on noise: a run inside the base runs' own
// min–max spread passes whatever its distance from the median.

import type { BudgetResult, Comparison, GateResult, Report } from '../schema/report';
import { formatEnergyWh, formatMassG, formatPercent } from '../report/format';
import type { ActionInputs } from './inputs';

export type GateInputs = Pick<ActionInputs, 'budget' | 'energyBudget' | 'maxIncrease' | 'failOnBudget'>;

export function evaluateGate(args: { report: Report; comparison?: Comparison; inputs: GateInputs }): GateResult {
  const { report, comparison, inputs } = args;
  const budgets: BudgetResult[] = [];
  const status = (actual: number, limit: number): 'pass' | 'exceeded' => (actual > limit ? 'exceeded' : 'pass');
  const absolute = (kind: 'co2e' | 'energy', limitText: string, limit: number, actual: number): BudgetResult => ({
    kind,
    limitText,
    limit,
    actual,
    status: status(actual, limit),
  });

  if (inputs.budget) budgets.push(absolute('co2e', inputs.budget.text, inputs.budget.co2eG, report.co2eG.total));
  if (inputs.energyBudget) {
    const { text, energyWh } = inputs.energyBudget;
    budgets.push(absolute('energy', text, energyWh, report.energyWh.total));
  }
  if (inputs.maxIncrease) {
    const base = {
      kind: 'max-increase' as const,
      limitText: inputs.maxIncrease.text,
      limit: inputs.maxIncrease.percent,
    };
    if (!comparison || !comparison.available) {
      // An outage is not a first run: say which.
      const note =
        comparison?.reason && !comparison.reason.startsWith('no baseline yet')
          ? `no baseline: ${comparison.reason}`
          : 'no baseline yet';
      budgets.push({ ...base, actual: null, status: 'skipped', note });
    } else if (comparison.co2eG.deltaPercent === null) {
      budgets.push({ ...base, actual: null, status: 'skipped', note: 'base median is 0, so no percentage change' });
    } else {
      const actual = comparison.co2eG.deltaPercent;
      const over = status(actual, inputs.maxIncrease.percent) === 'exceeded';
      const noiseUnknown =
        comparison.basis && !comparison.basis.noiseKnown
          ? `noise not known yet (${comparison.runs} base run${comparison.runs === 1 ? '' : 's'})`
          : undefined;
      if (over && comparison.co2eG.withinNoise) {
        budgets.push({
          ...base,
          actual,
          status: 'pass',
          note: "inside the base runs' own spread (noise), so not a regression",
        });
      } else {
        budgets.push({
          ...base,
          actual,
          status: over ? 'exceeded' : 'pass',
          ...(noiseUnknown ? { note: noiseUnknown } : {}),
        });
      }
    }
  }

  return {
    budgets,
    exceeded: budgets.some((b) => b.status === 'exceeded'),
    mode: inputs.failOnBudget ? 'fail' : 'warn',
  };
}

export interface GateMessage {
  level: 'error' | 'warning' | 'notice';
  message: string;
}

const NAMES = { co2e: 'CO2e budget', energy: 'Energy budget', 'max-increase': 'CO2e increase limit' } as const;
const INPUTS = { co2e: 'budget', energy: 'energy-budget', 'max-increase': 'max-increase' } as const;

function figure(b: BudgetResult, value: number): string {
  if (b.kind === 'co2e') return formatMassG(value);
  if (b.kind === 'energy') return formatEnergyWh(value);
  return formatPercent(value);
}

/**
 * One message per budget: "CO2e budget exceeded: 23.4 g > 20.0 g (budget input "20 g")".
 * Exceeded budgets are errors in fail mode and warnings in warn mode; the rest are notices.
 */
export function gateMessages(gate: GateResult): GateMessage[] {
  return gate.budgets.map((b) => {
    const source = `(${INPUTS[b.kind]} input ${JSON.stringify(b.limitText)})`;
    const vsBase = b.kind === 'max-increase' ? ' vs the base median' : '';
    if (b.status === 'skipped' || b.actual === null) {
      return { level: 'notice', message: `${NAMES[b.kind]} skipped: ${b.note ?? 'no figure to compare'} ${source}` };
    }
    const limit = figure(b, b.limit);
    const actual = figure(b, b.actual);
    if (b.status === 'exceeded') {
      const suffix = gate.mode === 'warn' ? ' [fail-on-budget is false: not failing the job]' : '';
      return {
        level: gate.mode === 'fail' ? 'error' : 'warning',
        message: `${NAMES[b.kind]} exceeded: ${actual}${vsBase} > ${limit} ${source}${suffix}`,
      };
    }
    if (b.actual > b.limit) {
      // Passed on the noise rule: say so rather than print a false "≤".
      return {
        level: 'notice',
        message:
          `${NAMES[b.kind]} met: ${actual}${vsBase} is above ${limit}, ` + `but ${b.note ?? 'within noise'} ${source}`,
      };
    }
    return {
      level: 'notice',
      message: `${NAMES[b.kind]} met: ${actual}${vsBase} ≤ ${limit}${b.note ? ` (${b.note})` : ''} ${source}`,
    };
  });
}
