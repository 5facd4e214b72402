import type { Command } from 'commander';
import { EXPORT_FORMATS, isExportFormat, runExport } from '../export/index';
import {
  failCommand,
  HISTORY_ACCEPTS,
  processIo,
  summariseRead,
  usageError,
  warnLeftOut,
  type CommandIo,
} from '../history/cli-support';

export function registerExportCommand(program: Command, io: CommandIo = processIo): void {
  program
    .command('export')
    .description('export carbon-action histories as CodeCarbon-compatible CSV, flat CSV or JSON')
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--history <paths...>', `where the reports are: ${HISTORY_ACCEPTS}`)
    .option('--out <file>', 'file to write (default: standard output)')
    .action(async (opts: { format?: string; history?: string[]; out?: string }) => {
      if (opts.format === undefined) {
        usageError('export', `--format is required: one of ${EXPORT_FORMATS.join(', ')}`, io);
        return;
      }
      if (!isExportFormat(opts.format)) {
        usageError(
          'export',
          `--format ${JSON.stringify(opts.format)} is not supported; use one of ${EXPORT_FORMATS.join(', ')}`,
          io,
        );
        return;
      }
      if (!opts.history?.length) {
        usageError('export', `--history is required: ${HISTORY_ACCEPTS}`, io);
        return;
      }
      try {
        const result = await runExport(opts.history, opts.format, opts.out);
        if (!result.path) io.stdout(result.text);
        warnLeftOut('export', result.read, io);
        io.stderr(`export: ${summariseRead(result.read)} → ${result.path ?? 'standard output'} (${opts.format})\n`);
      } catch (err) {
        failCommand('export', err, io);
      }
    });
}
