import { stringify } from 'csv-stringify/sync';
import type { Report } from '../schema/report';
import { gToKg, whToJoules, whToKWh } from '../units/convert';
import { loadLocationTables, regionLocation, type LocationTables } from './location';

// CodeCarbon's emissions.csv, column for column (codecarbon/output_methods/emissions_data.py,
// EmissionsData, CodeCarbon 3.x order as written by its FileOutput), so tools that read
// CodeCarbon output read carbon-action's history. CodeCarbon's units: duration s,
// emissions kg CO2e, emissions_rate kg/s, *_power W, *_energy and energy_consumed kWh,
// ram_total_size GB. What carbon-action does not know stays empty, never invented.

export const CODECARBON_COLUMNS = [
  'timestamp',
  'project_name',
  'run_id',
  'experiment_id',
  'duration',
  'emissions',
  'emissions_rate',
  'cpu_power',
  'gpu_power',
  'ram_power',
  'cpu_energy',
  'gpu_energy',
  'ram_energy',
  'energy_consumed',
  'water_consumed',
  'country_name',
  'country_iso_code',
  'region',
  'cloud_provider',
  'cloud_region',
  'os',
  'python_version',
  'codecarbon_version',
  'cpu_count',
  'cpu_model',
  'gpu_count',
  'gpu_model',
  'longitude',
  'latitude',
  'ram_total_size',
  'tracking_mode',
  'cpu_utilization_percent',
  'gpu_utilization_percent',
  'ram_utilization_percent',
  'ram_used_gb',
  'on_cloud',
  'pue',
  'wue',
] as const;

export type CodecarbonColumn = (typeof CODECARBON_COLUMNS)[number];
export type CodecarbonRow = Record<CodecarbonColumn, string | number | null>;

/**
 * CodeCarbon writes datetime.now().strftime("%Y-%m-%dT%H:%M:%S") when the run stops; we write the run's end, in UTC.
 */
export function codecarbonTimestamp(r: Pick<Report, 'startedAt' | 'endedAt' | 'durationS'>): string {
  let endMs = Date.parse(r.endedAt);
  if (Number.isNaN(endMs)) endMs = Date.parse(r.startedAt) + r.durationS * 1000;
  return new Date(endMs).toISOString().slice(0, 19);
}

/** Mean power over the run, W, from energy in Wh; unknown for a zero-length run. */
const meanPowerW = (energyWh: number, durationS: number): number | null =>
  durationS > 0 ? whToJoules(energyWh) / durationS : null;

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** "2 x NVIDIA A100, 1 x NVIDIA T4", CodeCarbon's "<count> x <name>" form. */
function gpuModel(gpus: { name: string }[]): string | null {
  if (!gpus.length) return null;
  const counts = new Map<string, number>();
  for (const g of gpus) counts.set(g.name, (counts.get(g.name) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${n} x ${name}`).join(', ');
}

export function codecarbonRow(r: Report, tables: LocationTables): CodecarbonRow {
  const c = r.context ?? {};
  const m = r.machine;
  const gpus = Array.isArray(m?.gpus) ? m.gpus : [];
  const loc = regionLocation(r.intensity.region, tables);
  const cloudProvider = loc.cloudProvider ?? m?.cloudProvider ?? null;
  const emissionsKg = gToKg(r.co2eG.total);
  const experiment = [c.workflow, c.job, c.matrix].filter((s) => typeof s === 'string' && s !== '').join(' / ');
  return {
    timestamp: codecarbonTimestamp(r),
    project_name: text(c.repository) ?? text(c.workflow) ?? 'carbon-action',
    run_id: text(c.runId) ? (text(c.runAttempt) ? `${c.runId}-${c.runAttempt}` : c.runId!) : null,
    // CodeCarbon's experiment groups runs of the same thing: here the workflow/job/matrix.
    experiment_id: experiment || null,
    duration: r.durationS,
    emissions: emissionsKg,
    emissions_rate: r.durationS > 0 ? emissionsKg / r.durationS : null,
    cpu_power: meanPowerW(r.energyWh.cpu, r.durationS),
    gpu_power: meanPowerW(r.energyWh.gpu, r.durationS),
    ram_power: meanPowerW(r.energyWh.memory, r.durationS),
    cpu_energy: whToKWh(r.energyWh.cpu),
    gpu_energy: whToKWh(r.energyWh.gpu),
    ram_energy: whToKWh(r.energyWh.memory),
    energy_consumed: whToKWh(r.energyWh.total),
    water_consumed: null,
    country_name: loc.countryName,
    country_iso_code: loc.countryIso3,
    region: null, // CodeCarbon's sub-national region name ("madrid"); the cloud region goes in cloud_region
    cloud_provider: cloudProvider,
    cloud_region: loc.cloudRegion,
    os: text(m?.os),
    python_version: null,
    codecarbon_version: null,
    cpu_count: finite(m?.threads),
    cpu_model: text(m?.cpuModel),
    gpu_count: m ? gpus.length : null,
    gpu_model: gpuModel(gpus),
    longitude: loc.longitude,
    latitude: loc.latitude,
    ram_total_size: finite(m?.memoryGb),
    tracking_mode: 'machine',
    cpu_utilization_percent: null,
    gpu_utilization_percent: null,
    ram_utilization_percent: null,
    ram_used_gb: null,
    on_cloud: cloudProvider ? 'Y' : 'N',
    pue: r.pue.value,
    wue: null,
  };
}

export function toCodecarbonCsv(reports: Report[], tables: LocationTables = loadLocationTables()): string {
  return stringify(
    reports.map((r) => codecarbonRow(r, tables)),
    { header: true, columns: [...CODECARBON_COLUMNS] },
  );
}
