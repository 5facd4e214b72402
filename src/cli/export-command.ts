import type { Command } from 'commander';
import { EXPORT_FORMATS, isExportFormat, runExport } from '../export/index';
import { HISTORY_ACCEPTS, processIo, runOnHistory, usageError, type CommandIo } from '../history/cli-support';

export function registerExportCommand(program: Command, io: CommandIo = processIo): void {
  program
    .command('export')
    .description('export carbon-action histories as CodeCarbon-compatible CSV, flat CSV or JSON')
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--history <paths...>', `where the reports are: ${HISTORY_ACCEPTS}`)
    .option('--out <file>', 'file to write (default: standard output)')
    .action(async (opts: { format?: string; history?: string[]; out?: string }) => {
      const format = opts.format;
      if (format === undefined) {
        usageError('export', `--format is required: one of ${EXPORT_FORMATS.join(', ')}`, io);
        return;
      }
      if (!isExportFormat(format)) {
        usageError(
          'export',
          `--format ${JSON.stringify(format)} is not supported; use one of ${EXPORT_FORMATS.join(', ')}`,
          io,
        );
        return;
      }
      await runOnHistory('export', opts.history, io, async (paths) => {
        const result = await runExport(paths, format, opts.out);
        if (!result.path) io.stdout(result.text);
        return { read: result.read, destination: `${result.path ?? 'standard output'} (${format})` };
      });
    });
}
