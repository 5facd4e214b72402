import type { Command } from 'commander';
import { writeDashboard } from '../dashboard/index';
import { HISTORY_ACCEPTS, processIo, runOnHistory, usageError, type CommandIo } from '../history/cli-support';

export const DEFAULT_DASHBOARD_DIR = 'carbon-dashboard';

export function registerDashboardCommand(program: Command, io: CommandIo = processIo): void {
  program
    .command('dashboard')
    .description('build a self-contained static HTML dashboard (<out>/index.html) from carbon-action histories')
    .option('--history <paths...>', `where the reports are: ${HISTORY_ACCEPTS}`)
    .option('--out <dir>', 'directory to write index.html into', DEFAULT_DASHBOARD_DIR)
    .option('--title <text>', 'page title')
    .action(async (opts: { history?: string[]; out: string; title?: string }) => {
      // --history is checked first, as it always was: a bare `dashboard` names the input it needs most.
      if (opts.history?.length && !opts.out) {
        usageError('dashboard', '--out needs a directory to write index.html into', io);
        return;
      }
      await runOnHistory('dashboard', opts.history, io, async (paths) => {
        const written = await writeDashboard(paths, opts.out, { title: opts.title });
        return { read: written.read, destination: written.path };
      });
    });
}
