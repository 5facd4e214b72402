// `carbon-action report <report.json>`: re-render a saved JSON report as text or Markdown.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CommanderError, Option, type Command } from 'commander';
import { shellQuoteWord } from '../report/shell-quote';
import { renderSummary } from '../report/markdown';
import { checkReport } from '../schema/read-report';
import type { Report } from '../schema/report';
import { renderText } from '../report/text';

/** A JSON Lines history (one report per line) given where one report is expected. */
function looksLikeHistory(path: string, text: string): boolean {
  if (extname(path).toLowerCase() === '.jsonl') return true;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]);
    return true;
  } catch {
    return false;
  }
}

export function loadReportFile(path: string): Report {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new Error(`report: cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    if (looksLikeHistory(path, text)) {
      throw new CommanderError(
        2,
        'carbon-action.historyGiven',
        `error: report: ${path} is a history (JSON Lines, one run per line); report takes one report file (measure ` +
          `--json, or the action's report.json). ` +
          `For a history use: carbon-action export --format csv --history ${shellQuoteWord(path)}, or carbon-action ` +
          `dashboard --history ${shellQuoteWord(path)}`,
      );
    }
    throw new Error(
      `report: ${path} is not valid JSON (${(err as Error).message}); report takes one report file written by ` +
        `measure --json or by the action`,
      { cause: err },
    );
  }
  const checked = checkReport(parsed);
  if (!checked.ok)
    throw new Error(
      checked.newer !== undefined
        ? `report: ${path}: ${checked.reason}`
        : `report: ${path} is not a carbon-action report: ${checked.reason}`,
    );
  return checked.report;
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('render a saved JSON report as text or Markdown')
    .argument('<report.json>', 'a report written by measure --json or by the action')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown']).default('text'))
    .action((file: string, o: { format: 'text' | 'markdown' }) => {
      const report = loadReportFile(file);
      process.stdout.write((o.format === 'markdown' ? renderSummary({ report }) : renderText(report)) + '\n');
    });
}
