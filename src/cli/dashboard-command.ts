import type { Command } from 'commander';
import { writeDashboard } from '../dashboard/index';
import {
  failCommand,
  HISTORY_ACCEPTS,
  processIo,
  summariseRead,
  usageError,
  warnLeftOut,
  type CommandIo,
} from '../history/cli-support';

export const DEFAULT_DASHBOARD_DIR = 'carbon-dashboard';

export function registerDashboardCommand(program: Command, io: CommandIo = processIo): void {
  program
    .command('dashboard')
    .description('build a self-contained static HTML dashboard (<out>/index.html) from carbon-action histories')
    .option('--history <paths...>', `where the reports are: ${HISTORY_ACCEPTS}`)
    .option('--out <dir>', 'directory to write index.html into', DEFAULT_DASHBOARD_DIR)
    .option('--title <text>', 'page title')
    .action(async (opts: { history?: string[]; out: string; title?: string }) => {
      if (!opts.history?.length) {
        usageError('dashboard', `--history is required: ${HISTORY_ACCEPTS}`, io);
        return;
      }
      if (!opts.out) {
        usageError('dashboard', '--out needs a directory to write index.html into', io);
        return;
      }
      try {
        const written = await writeDashboard(opts.history, opts.out, { title: opts.title });
        warnLeftOut('dashboard', written.read, io);
        io.stderr(`dashboard: ${summariseRead(written.read)} → ${written.path}\n`);
      } catch (err) {
        failCommand('dashboard', err, io);
      }
    });
}
