import { REPORT_SCHEMA_VERSION, type Report } from '../schema/report';
import type { LoadResult } from './store';

// A history file is JSON Lines, one Report per line, oldest first: the same format the
// dashboard and the export read (src/history/read-history.ts), so a `history-path`
// directory can be charted as it is. Reading is defensive: torn or invalid lines are
// skipped, lines from a newer schema are refused by name; only a file with no usable
// line at all is a failure.

const MAX_WARNINGS = 5;

/** Why `value` is not a usable history entry, or null when it is. */
export function whyNotAnEntry(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const r = value as Partial<Record<keyof Report, unknown>>;
  if (typeof r.schemaVersion !== 'number') return 'no numeric schemaVersion';
  if (r.schemaVersion > REPORT_SCHEMA_VERSION) {
    return `written by a newer carbon-action (schemaVersion ${r.schemaVersion}; this version reads up to ${REPORT_SCHEMA_VERSION}): upgrade carbon-action to compare with it`;
  }
  const finite = (o: unknown, k: string) =>
    typeof o === 'object' && o !== null && Number.isFinite((o as Record<string, unknown>)[k]);
  if (!finite(r.co2eG, 'total')) return 'co2eG.total is missing or not a finite number';
  if (!finite(r.energyWh, 'total')) return 'energyWh.total is missing or not a finite number';
  if (typeof r.endedAt !== 'string' || Number.isNaN(Date.parse(r.endedAt))) return 'endedAt is missing or not a date';
  return null;
}

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
    const why = whyNotAnEntry(value);
    if (why === null) entries.push(value as Report);
    else {
      if (why.startsWith('written by a newer')) {
        newer++;
        newerWhy ||= why;
      }
      problems.push(`${source} line ${i + 1}: ${why}, skipped`);
    }
  });
  const warnings =
    problems.length > MAX_WARNINGS
      ? [...problems.slice(0, MAX_WARNINGS), `… and ${problems.length - MAX_WARNINGS} more`]
      : problems;
  if (entries.length === 0 && problems.length > 0) {
    const reason =
      newer === problems.length
        ? `history ${source} was ${newerWhy}`
        : `history ${source} has no usable entry (${problems.length} line(s) unreadable; first: ${problems[0]})`;
    return { ok: false, reason, entries: [] };
  }
  return { ok: true, entries, source, warnings };
}

export function serialiseHistory(entries: Report[]): string {
  return entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length ? '\n' : '');
}
