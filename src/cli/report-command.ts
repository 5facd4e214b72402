// `carbon-action report <report.json>`: re-render a saved JSON report as text or Markdown.
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { renderSummary } from '../report/markdown';
import { REPORT_SCHEMA_VERSION, type Report } from '../report/schema';
import { renderText } from '../report/text';

export function loadReportFile(path: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`report: cannot read ${path}: ${(err as Error).message}`);
  }
  const version = (parsed as { schemaVersion?: unknown })?.schemaVersion;
  if (typeof version !== 'number') throw new Error(`report: ${path} is not a carbon-action report (no schemaVersion)`);
  if (version > REPORT_SCHEMA_VERSION) {
    throw new Error(`report: ${path} has schemaVersion ${version}; this carbon-action reads up to ${REPORT_SCHEMA_VERSION}: upgrade carbon-action`);
  }
  return parsed as Report;
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
