// The derive scripts read source data from ../shared, which only a project checkout with its
// data folder beside it has. Without it, one line saying what is missing beats a stack trace.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Exits 1 with one line when any of `files` (relative to sharedDir) is missing; checks before any data/ file is
 * written.
 */
export function requireSharedFiles(script: string, sharedDir: string, files: string[]): void {
  const missing = files.filter((f) => !existsSync(join(sharedDir, f)));
  if (missing.length === 0) return;
  const where = relative(process.cwd(), sharedDir) || sharedDir;
  const what = existsSync(sharedDir)
    ? `${missing.map((f) => join(where, f)).join(', ')} missing`
    : `${where}/ (the source data folder beside the repository) not found`;
  process.stderr.write(
    `${script}: ${what}; the committed data/ files are already derived, so only re-deriving needs it (see data/SOURCES.md for where each source comes from)\n`,
  );
  process.exit(1);
}
