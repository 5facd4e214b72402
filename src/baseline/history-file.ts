import { checkReport } from '../schema/read-report';
import type { Report } from '../schema/report';
import type { LoadResult } from './store';

// A history file is JSON Lines, one Report per line, oldest first: the same format the
// dashboard and the export read (src/history/read-history.ts), so a `history-path`
// directory can be charted as it is. Reading is defensive: torn or invalid lines are
// skipped, lines from a newer schema are refused by name; only a file with no usable
// line at all is a failure.

const MAX_WARNINGS = 5;

export function parseHistoryText(text: string, source: string): LoadResult {
  const entries: Report[] = [];
  const problems: string[] = [];
  let newer = 0;
  let newerWhy = '';
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${source} line ${i + 1}: not valid JSON (torn write?), skipped`);
      return;
    }
    const checked = checkReport(value);
    if (checked.ok) entries.push(checked.report);
    else {
      if (checked.newer !== undefined) {
        newer++;
        newerWhy ||= checked.reason;
      }
      problems.push(`${source} line ${i + 1}: ${checked.reason}, skipped`);
    }
  });
  const warnings =
    problems.length > MAX_WARNINGS
      ? [...problems.slice(0, MAX_WARNINGS), `… and ${problems.length - MAX_WARNINGS} more`]
      : problems;
  if (entries.length === 0 && problems.length > 0) {
    const reason =
      newer === problems.length
        ? `history ${source}: ${newerWhy}`
        : `history ${source} has no usable entry (${problems.length} line(s) unreadable; first: ${problems[0]})`;
    return { ok: false, reason, entries: [] };
  }
  return { ok: true, entries, source, warnings };
}

export function serialiseHistory(entries: Report[]): string {
  return entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length ? '\n' : '');
}
