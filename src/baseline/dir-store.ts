import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { describeFsError, mkdirp } from '../fs-safe';
import { join } from 'node:path';
import type { Report } from '../schema/report';
import { parseHistoryText, serialiseHistory } from './history-file';
import { historyFileName, type HistoryScope } from './history-key';
import { NO_BASELINE_YET, type HistoryStore, type LoadResult, type SaveResult } from './store';

// The `history-path` input: one JSON Lines file per branch in a directory that outlives
// the job (self-hosted runners with a persistent disk, a mounted volume). Writes go to a
// temporary file renamed over the old one, so a reader never sees half a history.

export function createDirHistoryStore(opts: { dir: string; scope: HistoryScope }): HistoryStore {
  const fileFor = (branch: string) => join(opts.dir, historyFileName(opts.scope, branch));

  return {
    async load(branch: string): Promise<LoadResult> {
      let file: string;
      try {
        file = fileFor(branch);
      } catch (err) {
        return { ok: false, reason: (err as Error).message, entries: [] };
      }
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { ok: false, reason: `${NO_BASELINE_YET} (no ${file})`, entries: [] };
        return { ok: false, reason: `could not read history ${file}: ${(err as Error).message}`, entries: [] };
      }
      if (text.trim() === '') return { ok: false, reason: `${NO_BASELINE_YET} (${file} is empty)`, entries: [] };
      return parseHistoryText(text, file);
    },

    async save(branch: string, entries: Report[]): Promise<SaveResult> {
      let file: string;
      try {
        file = fileFor(branch);
      } catch (err) {
        return { ok: false, reason: (err as Error).message };
      }
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      try {
        // Not mkdir({ recursive }): it never returns for a path under /proc.
        await mkdirp(opts.dir);
        await writeFile(tmp, serialiseHistory(entries), 'utf8');
        await rename(tmp, file);
        return { ok: true, target: file };
      } catch (err) {
        await rm(tmp, { force: true }).catch(() => undefined);
        return { ok: false, reason: describeFsError(err, 'write history', file) };
      }
    },
  };
}
