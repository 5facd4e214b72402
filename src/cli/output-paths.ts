// Output paths are checked before the command starts: a build of an hour must not end in
// "cannot write --json". Opening for append creates nothing new that stays and truncates
// nothing, and it is the only check that holds for root, for whom access(2) says yes to all.
import { closeSync, existsSync, openSync, unlinkSync } from 'node:fs';
import { CommanderError } from 'commander';

const REASONS: Record<string, string> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
};

/** Throws a usage error (exit 2) naming the option and the path when it cannot be written. */
export function checkWritable(option: string, path: string): void {
  const existed = existsSync(path);
  try {
    closeSync(openSync(path, 'a'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const why = REASONS[code] ? `${REASONS[code]} (${code})` : (err as Error).message;
    throw new CommanderError(
      2,
      'carbon-action.unwritable',
      `error: measure: ${option}: cannot write ${JSON.stringify(path)}: ${why}; nothing was run`,
    );
  }
  if (!existed) {
    try {
      unlinkSync(path);
    } catch {
      /* it will be written anyway */
    }
  }
}
