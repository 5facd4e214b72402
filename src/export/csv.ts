import { stringify } from 'csv-stringify/sync';
import type { Report } from '../schema/report';

// carbon-action's own flat CSV: one row per run, every column named with its unit.

export const CSV_COLUMNS = [
  'timestamp',
  'repository',
  'workflow',
  'job',
  'matrix',
  'branch',
  'sha',
  'run_id',
  'duration_s',
  'energy_wh_total',
  'energy_wh_cpu',
  'energy_wh_memory',
  'energy_wh_gpu',
  'co2e_g_total',
  'co2e_g_operational',
  'co2e_g_embodied',
  'intensity_g_per_kwh',
  'intensity_source',
  'intensity_year',
  'region',
  'decided_by',
  'pue',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function csvRow(r: Report): Record<CsvColumn, string | number | null> {
  const c = r.context ?? {};
  return {
    timestamp: r.startedAt,
    repository: c.repository ?? null,
    workflow: c.workflow ?? null,
    job: c.job ?? null,
    matrix: c.matrix ?? null,
    branch: c.branch ?? null,
    sha: c.sha ?? null,
    run_id: c.runId ? (c.runAttempt ? `${c.runId}-${c.runAttempt}` : c.runId) : null,
    duration_s: r.durationS,
    energy_wh_total: r.energyWh.total,
    energy_wh_cpu: r.energyWh.cpu,
    energy_wh_memory: r.energyWh.memory,
    energy_wh_gpu: r.energyWh.gpu,
    co2e_g_total: r.co2eG.total,
    co2e_g_operational: r.co2eG.operational,
    co2e_g_embodied: r.co2eG.embodied,
    intensity_g_per_kwh: r.intensity.gPerKWh,
    intensity_source: r.intensity.source ?? null,
    intensity_year: r.intensity.year ?? null,
    region: r.intensity.region ?? null,
    decided_by: r.intensity.decidedBy ?? null,
    pue: r.pue.value,
  };
}

export function toCsv(reports: Report[]): string {
  return stringify(reports.map(csvRow), { header: true, columns: [...CSV_COLUMNS] });
}
