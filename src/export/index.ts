import { writeFile } from 'node:fs/promises';
import { assertSomeRuns, readHistories, type HistoryRead } from '../history/read-history';
import type { Report } from '../schema/report';
import { toCodecarbonCsv } from './codecarbon-csv';
import { toCsv } from './csv';

export { CODECARBON_COLUMNS, codecarbonRow, toCodecarbonCsv } from './codecarbon-csv';
export { CSV_COLUMNS, csvRow, toCsv } from './csv';

export const EXPORT_FORMATS = ['codecarbon-csv', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(v: unknown): v is ExportFormat {
  return typeof v === 'string' && (EXPORT_FORMATS as readonly string[]).includes(v);
}

/** Reports oldest first, rendered in the chosen format. */
export function exportReports(reports: Report[], format: ExportFormat): string {
  const sorted = sortByStart(reports);
  switch (format) {
    case 'codecarbon-csv':
      return toCodecarbonCsv(sorted);
    case 'csv':
      return toCsv(sorted);
    case 'json':
      return `${JSON.stringify(sorted, null, 2)}\n`;
  }
}

function sortByStart(reports: Report[]): Report[] {
  // Stable: runs with the same start keep their order in the history.
  return reports
    .map((r, i) => ({ r, i, t: Date.parse(r.startedAt) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}

export interface ExportWritten {
  text: string;
  read: HistoryRead;
  /** The file written, or null when the text is for stdout. */
  path: string | null;
}

export async function runExport(paths: string[], format: ExportFormat, outPath?: string): Promise<ExportWritten> {
  const read = await readHistories(paths);
  assertSomeRuns(read, paths);
  const text = exportReports(read.reports, format);
  if (outPath) await writeFile(outPath, text, 'utf8');
  return { text, read, path: outPath ?? null };
}
