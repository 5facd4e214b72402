import { HistoryPathError, describeLeftOut, type HistoryRead } from './read-history';

// Shared by the dashboard and export commands: how a history read is summarised and
// how its failures map to exit codes (2: usage, 1: the history cannot be read).

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const HISTORY_ACCEPTS =
  'one or more directories (searched for *.jsonl and *.json), .jsonl history files or .json reports';

/** "1,234 runs from 3 files (2 lines skipped)". */
export function summariseRead(read: HistoryRead): string {
  const runs = `${read.reports.length.toLocaleString('en-US')} run${read.reports.length === 1 ? '' : 's'}`;
  const files = `${read.files} file${read.files === 1 ? '' : 's'}`;
  const left: string[] = [];
  if (read.skipped) left.push(`${read.skipped} line${read.skipped === 1 ? '' : 's'} skipped`);
  if (read.refused.length) left.push(`${read.refused.length} from a newer carbon-action refused`);
  return `${runs} from ${files}${left.length ? ` (${left.join(', ')})` : ''}`;
}

export function warnLeftOut(command: string, read: HistoryRead, io: CommandIo): void {
  const line = describeLeftOut(read);
  if (line) io.stderr(`${command}: warning: ${line}\n`);
}

/** Reports a failure on stderr and sets the exit code; returns nothing to keep callers short. */
export function failCommand(command: string, err: unknown, io: CommandIo): void {
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`${command}: ${message}\n`);
  process.exitCode = err instanceof HistoryPathError ? 2 : 1;
}

export function usageError(command: string, message: string, io: CommandIo): void {
  io.stderr(`${command}: ${message}\n`);
  process.exitCode = 2;
}

/**
 * The history commands' common run once their own options are checked: --history is required, then the work runs,
 * what was left out is warned of, and the read is summarised as "<command>: <summary> → <destination>".
 */
export async function runOnHistory(
  command: string,
  history: string[] | undefined,
  io: CommandIo,
  work: (paths: string[]) => Promise<{ read: HistoryRead; destination: string }>,
): Promise<void> {
  if (!history?.length) {
    usageError(command, `--history is required: ${HISTORY_ACCEPTS}`, io);
    return;
  }
  try {
    const { read, destination } = await work(history);
    warnLeftOut(command, read, io);
    io.stderr(`${command}: ${summariseRead(read)} → ${destination}\n`);
  } catch (err) {
    failCommand(command, err, io);
  }
}
