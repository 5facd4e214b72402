// A run that could not be metered at all (the main step could not start, no samples file,
// a samples file that cannot be read). With a budget set this is loud: an annotation always,
// the summary when it can be written, and a failed step only with fail-on-missing-data: true.
// Default false: the cause is the runner's environment, not the code the budget guards, and
// carbon-action must not break a pipeline for reasons of its own (README, "Inputs").
// Through the one sanitiser and the secret redaction, like every other message of the action.
import * as core from './log';
import { writeFileSync } from 'node:fs';
import { escapeMarkdown } from '../report/escape';
import type { ActionInputs } from './inputs';

export interface MissingDataSinks {
  warning(message: string): void;
  error(message: string): void;
  setFailed(message: string): void;
  summaryPath?: string;
}

const defaultSinks = (): MissingDataSinks => ({
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  setFailed: (m) => core.setFailed(m),
  summaryPath: process.env.GITHUB_STEP_SUMMARY,
});

export function budgetsSet(inputs: Pick<ActionInputs, 'budget' | 'energyBudget' | 'maxIncrease'>): string[] {
  return [
    inputs.budget && 'budget',
    inputs.energyBudget && 'energy-budget',
    inputs.maxIncrease && 'max-increase',
  ].filter((x): x is string => !!x);
}

/** Returns the message given to the user. `reason` says why nothing was metered. */
export function reportMissingData(
  inputs: Pick<ActionInputs, 'budget' | 'energyBudget' | 'maxIncrease' | 'failOnMissingData'>,
  reason: string,
  sinks: MissingDataSinks = defaultSinks(),
): string {
  const budgets = budgetsSet(inputs);
  let message: string;
  if (budgets.length === 0) {
    message = `carbon-action: this job was not metered: ${reason}. Nothing to report.`;
    sinks.warning(message);
  } else if (inputs.failOnMissingData) {
    message =
      `carbon-action: the budget (${budgets.join(', ')}) could not be checked: this job was not metered: ` +
      `${reason}. Failing the step because fail-on-missing-data is true.`;
    sinks.setFailed(message);
  } else {
    message =
      `carbon-action: the budget (${budgets.join(', ')}) was NOT checked: this job was not metered: ` +
      `${reason}. The step passes; set fail-on-missing-data: true to fail it instead.`;
    sinks.warning(message);
  }
  if (sinks.summaryPath) {
    try {
      writeFileSync(
        sinks.summaryPath,
        `## carbon-action\n\n> [!WARNING]\n> ` +
          `${escapeMarkdown(message.replace(/^carbon-action: /, ''), { maxLength: 2000 })}\n`,
      );
    } catch {
      // The annotation above already says it all.
    }
  }
  return message;
}
