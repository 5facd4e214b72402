import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkReport } from '../schema/read-report';
import type { Report } from '../schema/report';
import { slimValue } from './slim-report';

// Histories are JSON Lines files that many runs append to, so a line can be torn (a run
// killed mid-write) or from a newer carbon-action (a newer action on another branch).
// Neither may break the dashboard or the export: torn lines are counted and skipped,
// newer lines are refused by name, and only an input made entirely of newer lines fails.

export interface RefusedLine {
  path: string;
  line: number;
  reason: string;
}

export interface HistoryRead {
  reports: Report[];
  /** Lines that were not a usable report (torn, not JSON, fields missing). */
  skipped: number;
  /** The first few skipped lines, for a warning; at most MAX_SKIPPED_DETAILS. */
  skippedLines: RefusedLine[];
  /** Reports from a newer schemaVersion than this carbon-action reads. */
  refused: RefusedLine[];
  files: number;
}

export interface ReadHistoryOptions {
  /** Drop bulky per-run detail (samples.timeline, steps) that the dashboard does not use. */
  slim?: boolean;
}

export const MAX_SKIPPED_DETAILS = 20;

export class NewerSchemaError extends Error {
  constructor(public readonly refused: RefusedLine[]) {
    super(`${refused[0].reason}${refused.length > 1 ? ` (and ${refused.length - 1} more such lines)` : ''}`);
    this.name = 'NewerSchemaError';
  }
}

/** A --history path that does not exist or is not a history file: a usage error. */
export class HistoryPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryPathError';
  }
}

/** Nothing usable in the given paths: the dashboard and the export stop rather than write an empty result. */
export class NoRunsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoRunsError';
  }
}

/**
 * Throws NoRunsError when not one run was read, saying why (no files, or every line unusable);
 * a read with some good runs passes, and its bad lines become a warning (describeLeftOut).
 */
export function assertSomeRuns(read: HistoryRead, paths: string[]): void {
  if (read.reports.length > 0) return;
  const where = paths.map((p) => JSON.stringify(p)).join(', ');
  if (read.files === 0) throw new NoRunsError(`no run could be read: no .jsonl or .json file in ${where}`);
  const first = read.skippedLines[0];
  const why = first ? `; first: line ${first.line} of ${first.path}: ${first.reason}` : '';
  throw new NoRunsError(
    `no run could be read from ${read.files} file${read.files === 1 ? '' : 's'} in ${where}: ` +
      `${read.skipped} line${read.skipped === 1 ? '' : 's'} not a carbon-action report${why}`,
  );
}

const HISTORY_EXTENSIONS = new Set(['.jsonl', '.json']);

/** Every history file under the given paths: directories are walked, files taken as given. */
export async function listHistoryFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new HistoryPathError(
        `history path ${JSON.stringify(p)} does not exist; give a directory, a .jsonl file or a .json report`,
      );
    }
    if (info.isDirectory()) files.push(...(await walk(p)));
    else if (HISTORY_EXTENSIONS.has(extname(p).toLowerCase())) files.push(p);
    else
      throw new HistoryPathError(
        `history path ${JSON.stringify(p)} is not a directory, a .jsonl file or a .json report`,
      );
  }
  return [...new Set(files)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    // .git, node_modules and the like never hold histories and can be huge.
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && HISTORY_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

export async function readHistories(paths: string[], opts: ReadHistoryOptions = {}): Promise<HistoryRead> {
  const files = await listHistoryFiles(paths);
  const result: HistoryRead = { reports: [], skipped: 0, skippedLines: [], refused: [], files: files.length };
  for (const file of files) {
    if (extname(file).toLowerCase() === '.jsonl') await readJsonLines(file, result, opts);
    else await readJsonFile(file, result, opts);
  }
  if (result.reports.length === 0 && result.refused.length > 0) {
    throw new NewerSchemaError(result.refused);
  }
  return result;
}

async function readJsonLines(file: string, into: HistoryRead, opts: ReadHistoryOptions): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const text = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      skip(into, file, n, 'not valid JSON (a torn or partly written line)');
      continue;
    }
    accept(parsed, file, n, into, opts);
  }
}

async function readJsonFile(file: string, into: HistoryRead, opts: ReadHistoryOptions): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch {
    skip(into, file, 1, 'not valid JSON');
    return;
  }
  // An array is what `export --format json` writes; accept it back.
  if (Array.isArray(parsed)) parsed.forEach((item, i) => accept(item, file, i + 1, into, opts));
  else accept(parsed, file, 1, into, opts);
}

function accept(value: unknown, file: string, line: number, into: HistoryRead, opts: ReadHistoryOptions): void {
  // Slimmed before the schema reads it: the timeline and steps are most of a report's numbers, the dashboard uses
  // neither, and the schema leaves out a bad item or a bad steps list rather than the run.
  const checked = checkReport(opts.slim ? slimValue(value) : value);
  if (checked.ok) {
    into.reports.push(checked.report);
  } else if (checked.newer !== undefined) {
    into.refused.push({
      path: file,
      line,
      reason: `history line ${line} of ${basename(file)}: ${checked.reason}`,
    });
  } else {
    skip(into, file, line, checked.reason);
  }
}

function skip(into: HistoryRead, path: string, line: number, reason: string): void {
  into.skipped++;
  if (into.skippedLines.length < MAX_SKIPPED_DETAILS) into.skippedLines.push({ path, line, reason });
}

/** One line for stderr about what was left out, or null when nothing was. */
export function describeLeftOut(read: HistoryRead): string | null {
  const parts: string[] = [];
  if (read.skipped > 0) {
    const first = read.skippedLines[0];
    parts.push(
      `${read.skipped} unreadable line${read.skipped === 1 ? '' : 's'} skipped (first: line ${first.line} of ` +
        `${first.path}: ${first.reason})`,
    );
  }
  if (read.refused.length > 0) {
    parts.push(
      `${read.refused.length} line${read.refused.length === 1 ? '' : 's'} from a newer carbon-action refused ` +
        `(${read.refused[0].reason})`,
    );
  }
  return parts.length ? parts.join('; ') : null;
}
