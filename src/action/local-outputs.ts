// writeLocalOutputs, the post step's verb that needs no network: the JSON report, the job
// summary and the step outputs. Each is written on its own, so a full or read-only disk under
// RUNNER_TEMP still leaves the summary (often on another filesystem), the outputs and the
// budget gate. The report is written whole (temp file + rename) or not at all. A problem is
// warned about once per step, however many times the results are rewritten.
// Through the one sanitiser and the secret redaction, like every other message of the action.
import * as core from './log';
import { describeFsError, writeFileAtomicSync } from '../fs-safe';
import { renderSummary } from '../report/markdown';
import { redactSecrets } from '../secrets';
import type { Comparison, GateResult, Report } from '../schema/report';
import { writeFileSync } from 'node:fs';

export interface LocalOutputsOptions {
  reportPath: string;
  /** GITHUB_STEP_SUMMARY; none outside Actions. */
  summaryPath?: string;
  warn?: (message: string) => void;
  setOutput?: (name: string, value: string) => void;
}

export interface LocalOutputsWrite {
  report: Report;
  comparison?: Comparison;
  gate: GateResult;
  notes: string[];
}

export interface LocalOutputsStatus {
  reportWritten: boolean;
  summaryWritten: boolean;
  /** Outputs that could not be set (GITHUB_OUTPUT unwritable). */
  outputsFailed: string[];
}

export interface LocalOutputs {
  write(w: LocalOutputsWrite): LocalOutputsStatus;
}

export function createLocalOutputs(opts: LocalOutputsOptions): LocalOutputs {
  const warn = opts.warn ?? ((m: string) => core.warning(m));
  const setOutput = opts.setOutput ?? ((name: string, value: string) => core.setOutput(name, value));
  const warned = new Set<string>();
  const warnOnce = (message: string): void => {
    if (warned.has(message)) return;
    warned.add(message);
    warn(`carbon-action: ${message}`);
  };
  // Notes shown in the summary about what could not be written, once each.
  const localNotes: string[] = [];

  return {
    write({ report, comparison, gate, notes }) {
      let reportWritten = false;
      try {
        writeFileAtomicSync(opts.reportPath, JSON.stringify(report, null, 2) + '\n');
        reportWritten = true;
      } catch (err) {
        const why =
          `${describeFsError(err, 'write the JSON report', opts.reportPath)}; ` +
          'the summary, outputs and budget gate do not depend on it';
        warnOnce(why);
        // Once, however many times the results are rewritten (it was repeated on each rewrite).
        const note = `The JSON report was not written: ${why}.`;
        if (!localNotes.includes(note)) localNotes.push(note);
      }

      let summaryWritten = false;
      if (opts.summaryPath) {
        try {
          const summary = renderSummary({
            report,
            comparison,
            gate,
            notes: [...notes, ...localNotes].map(redactSecrets),
          });
          writeFileSync(opts.summaryPath, summary + '\n');
          summaryWritten = true;
        } catch (err) {
          warnOnce(
            `${describeFsError(err, 'write the job summary', opts.summaryPath)}; ` +
              'the totals are in the outputs and the log',
          );
        }
      }

      const values: [string, string][] = [
        ['energy-wh', report.energyWh.total.toFixed(6)],
        ['co2e-g', report.co2eG.total.toFixed(6)],
        // Never the path of a file that is not there.
        ['report-path', reportWritten ? opts.reportPath : ''],
        ['baseline-co2e-g', comparison?.available ? comparison.co2eG.baseMedian.toFixed(6) : ''],
        [
          'delta-percent',
          comparison?.available && comparison.co2eG.deltaPercent !== null
            ? comparison.co2eG.deltaPercent.toFixed(2)
            : '',
        ],
        ['budget-exceeded', String(gate.exceeded)],
      ];
      const outputsFailed: string[] = [];
      for (const [name, value] of values) {
        try {
          setOutput(name, value);
        } catch (err) {
          outputsFailed.push(name);
          warnOnce(
            `${describeFsError(err, 'set the step outputs in', process.env.GITHUB_OUTPUT ?? 'GITHUB_OUTPUT')}; ` +
              'the summary and the budget gate still apply',
          );
        }
      }
      return { reportWritten, summaryWritten, outputsFailed };
    },
  };
}
