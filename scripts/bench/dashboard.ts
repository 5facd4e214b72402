// Times reading + rendering a 10,000-run history (target: under 2 s in all), with
// realistic reports (120-point timelines), from a .jsonl file on disk.
// Standalone: npx tsx scripts/bench/dashboard.ts
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDashboard } from '../../src/dashboard/render';
import { readHistories } from '../../src/history/read-history';
import { exportReports } from '../../src/export/index';
import { makeHistory, toJsonl } from '../../test/fixtures/report.js';

export const BENCH_RUNS = 10_000;
export const TARGET_MS = 2000;

export async function benchDashboard(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-bench-'));
  try {
    const file = join(dir, 'history.jsonl');
    writeFileSync(file, toJsonl(makeHistory(BENCH_RUNS, { spanDays: 365, timelinePoints: 120 })));
    const historyBytes = statSync(file).size;

    const t0 = performance.now();
    const read = await readHistories([file], { slim: true });
    const t1 = performance.now();
    const html = buildDashboard(read.reports, { generatedAt: '2026-01-06T00:00:00Z' });
    const t2 = performance.now();
    const full = await readHistories([file]);
    const t3 = performance.now();
    const csv = exportReports(full.reports, 'codecarbon-csv');
    const t4 = performance.now();

    const totalMs = t2 - t0;
    return {
      name: 'dashboard',
      runs: read.reports.length,
      historyMiB: round(historyBytes / 2 ** 20),
      readMs: round(t1 - t0),
      renderMs: round(t2 - t1),
      totalMs: round(totalMs),
      htmlKiB: round(Buffer.byteLength(html) / 1024),
      circles: (html.match(/<circle /g) ?? []).length,
      targetMs: TARGET_MS,
      pass: totalMs < TARGET_MS,
      exportCodecarbonCsvMs: round(t4 - t3),
      exportCsvKiB: round(Buffer.byteLength(csv) / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number): number => Math.round(n * 10) / 10;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchDashboard();
  console.log(JSON.stringify(result, null, 2));
  if (!(result as { pass: boolean }).pass) process.exitCode = 1;
}
