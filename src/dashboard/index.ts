import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertSomeRuns, readHistories, type HistoryRead } from '../history/read-history';
import { buildDashboard, type DashboardOptions } from './render';
import { equivalentsFromDataFile } from './equivalents';

export { buildDashboard, type DashboardOptions } from './render';
export { escapeHtml } from './html';
export { monthlyProjection, type MonthlyProjection } from './projection';

export interface DashboardWritten {
  path: string;
  read: HistoryRead;
  bytes: number;
}

/** Reads the histories, renders the page and writes <outDir>/index.html. */
export async function writeDashboard(
  paths: string[],
  outDir: string,
  opts: Partial<DashboardOptions> = {},
): Promise<DashboardWritten> {
  const read = await readHistories(paths, { slim: true });
  assertSomeRuns(read, paths);
  const html = buildDashboard(read.reports, {
    generatedAt: opts.generatedAt ?? new Date().toISOString(),
    title: opts.title,
    equivalentsFor: opts.equivalentsFor ?? equivalentsFromDataFile(),
  });
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, 'index.html');
  await writeFile(path, html, 'utf8');
  return { path, read, bytes: Buffer.byteLength(html) };
}
