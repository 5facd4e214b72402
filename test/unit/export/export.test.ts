import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CODECARBON_COLUMNS, codecarbonTimestamp } from '../../../src/export/codecarbon-csv';
import { CSV_COLUMNS, exportReports, runExport } from '../../../src/export/index';
import { regionLocation, type LocationTables } from '../../../src/export/location';
import { readHistories } from '../../../src/history/read-history';
import type { Report } from '../../../src/schema/report';
import { makeHistory } from '../../fixtures/report';

const FIX = join(__dirname, '../../fixtures/history');
const handworked = (): Report => JSON.parse(readFileSync(join(FIX, 'handworked-report.json'), 'utf8'));
const rows = (csv: string): Record<string, string>[] => parse(csv, { columns: true });
const header = (csv: string): string => csv.slice(0, csv.indexOf('\n'));

// CodeCarbon 3.x emissions.csv header, as its FileOutput writes it.
const CODECARBON_HEADER =
  'timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,ram_used_gb,on_cloud,pue,wue';

describe('codecarbon-csv', () => {
  it('has exactly CodeCarbon’s header, in order', () => {
    const csv = exportReports([handworked()], 'codecarbon-csv');
    expect(header(csv)).toBe(CODECARBON_HEADER);
    expect(CODECARBON_COLUMNS.join(',')).toBe(CODECARBON_HEADER);
    expect(parse(csv)[0]).toEqual([...CODECARBON_COLUMNS]);
  });

  it('converts to CodeCarbon’s units, hand-worked', () => {
    // handworked-report.json: 60 s, 3.6 Wh total (2.4 CPU, 1.2 memory, 0 GPU), 12 g CO2e, PUE 1.185, azure:eastus2
    const [row] = rows(exportReports([handworked()], 'codecarbon-csv'));
    expect(row.duration).toBe('60');
    expect(Number(row.emissions)).toBeCloseTo(0.012, 15); // 12 g / 1000 = 0.012 kg
    expect(Number(row.emissions_rate)).toBeCloseTo(0.0002, 15); // 0.012 kg / 60 s
    expect(Number(row.energy_consumed)).toBeCloseTo(0.0036, 15); // 3.6 Wh / 1000 = 0.0036 kWh
    expect(Number(row.cpu_energy)).toBeCloseTo(0.0024, 15);
    expect(Number(row.ram_energy)).toBeCloseTo(0.0012, 15);
    expect(row.gpu_energy).toBe('0');
    expect(Number(row.cpu_power)).toBeCloseTo(144, 9); // 2.4 Wh × 3600 J/Wh / 60 s = 144 W
    expect(Number(row.ram_power)).toBeCloseTo(72, 9); // 1.2 Wh × 3600 / 60 = 72 W
    expect(row.gpu_power).toBe('0');
    expect(row.pue).toBe('1.185');
  });

  it('maps identity, machine and place, and leaves unknowns empty', () => {
    const [row] = rows(exportReports([handworked()], 'codecarbon-csv'));
    expect(row).toMatchObject({
      timestamp: '2025-03-01T10:01:00', // the run's end, CodeCarbon's %Y-%m-%dT%H:%M:%S, UTC
      project_name: 'acme/api',
      run_id: '123-2',
      experiment_id: 'ci.yml / test / node-20',
      cloud_provider: 'azure',
      cloud_region: 'eastus2',
      country_name: 'United States',
      country_iso_code: 'USA',
      latitude: '36.6681',
      longitude: '-78.3889',
      os: 'linux',
      cpu_count: '4',
      cpu_model: 'AMD EPYC 7763 64-Core Processor',
      gpu_count: '0',
      gpu_model: '',
      ram_total_size: '16',
      tracking_mode: 'machine',
      on_cloud: 'Y',
    });
    for (const col of [
      'water_consumed',
      'region',
      'python_version',
      'codecarbon_version',
      'cpu_utilization_percent',
      'gpu_utilization_percent',
      'ram_utilization_percent',
      'ram_used_gb',
      'wue',
    ]) {
      expect(row[col], col).toBe('');
    }
  });

  it('off-cloud CLI run: on_cloud N, project defaults, no run id, GPUs in CodeCarbon’s "n x name" form', () => {
    const r = handworked();
    r.context = undefined;
    r.kind = 'cli';
    r.intensity = { ...r.intensity, region: 'country:FR' };
    r.machine = {
      ...r.machine,
      cloudProvider: null,
      gpus: [
        { index: 0, name: 'NVIDIA A100' },
        { index: 1, name: 'NVIDIA A100' },
        { index: 2, name: 'NVIDIA T4' },
      ],
    };
    const [row] = rows(exportReports([r], 'codecarbon-csv'));
    expect(row).toMatchObject({
      project_name: 'carbon-action',
      run_id: '',
      experiment_id: '',
      on_cloud: 'N',
      cloud_provider: '',
      country_name: 'France',
      country_iso_code: 'FRA',
      gpu_count: '3',
      gpu_model: '2 x NVIDIA A100, 1 x NVIDIA T4',
    });
  });

  it('a zero-length run has no power or rate rather than a division by zero', () => {
    const r = handworked();
    r.durationS = 0;
    const [row] = rows(exportReports([r], 'codecarbon-csv'));
    expect(row.cpu_power).toBe('');
    expect(row.emissions_rate).toBe('');
  });

  it('timestamp falls back to start + duration when endedAt is unusable', () => {
    expect(codecarbonTimestamp({ startedAt: '2025-03-01T10:00:00.000Z', endedAt: 'x', durationS: 90.4 })).toBe(
      '2025-03-01T10:01:30',
    );
  });
});

describe('regionLocation', () => {
  const tables: LocationTables = {
    cloudRegions: new Map([['aws:eu-north-1', { countryIso2: 'SE', latitude: 59.3, longitude: 18.1 }]]),
    countries: new Map([
      ['SE', { iso3: 'SWE', name: 'Sweden' }],
      ['US', { iso3: 'USA', name: 'United States' }],
    ]),
  };
  it('resolves cloud regions, zones and countries from the tables only', () => {
    expect(regionLocation('aws:eu-north-1', tables)).toEqual({
      cloudProvider: 'aws',
      cloudRegion: 'eu-north-1',
      countryName: 'Sweden',
      countryIso3: 'SWE',
      latitude: 59.3,
      longitude: 18.1,
    });
    expect(regionLocation('zone:SE-SE3', tables)).toMatchObject({
      cloudProvider: null,
      countryIso3: 'SWE',
      latitude: null,
    });
    expect(regionLocation('zone:US-CAL-CISO', tables)).toMatchObject({ countryName: 'United States' });
    expect(regionLocation('country:se', tables)).toMatchObject({ countryIso3: 'SWE' });
    expect(regionLocation('azure:github-hosted-us', tables)).toEqual({
      cloudProvider: 'azure',
      cloudRegion: 'github-hosted-us',
      countryName: null,
      countryIso3: null,
      latitude: null,
      longitude: null,
    });
    expect(regionLocation('country:ZZ', tables)).toMatchObject({ countryName: null, countryIso3: null });
    expect(regionLocation(null, tables).cloudProvider).toBeNull();
  });
  it('a non-string region (a hand-edited or foreign history line) is unknown, not a crash', () => {
    expect(regionLocation(42 as unknown as string, tables)).toEqual(regionLocation(null, tables));
  });
});

describe('csv (carbon-action columns)', () => {
  it('has its header and the report’s own units', () => {
    const csv = exportReports([handworked()], 'csv');
    expect(header(csv)).toBe(CSV_COLUMNS.join(','));
    expect(header(csv)).toBe(
      'timestamp,repository,workflow,job,matrix,branch,sha,run_id,duration_s,energy_wh_total,energy_wh_cpu,energy_wh_memory,energy_wh_gpu,co2e_g_total,co2e_g_operational,co2e_g_embodied,intensity_g_per_kwh,intensity_source,intensity_year,region,decided_by,pue',
    );
    expect(rows(csv)[0]).toMatchObject({
      timestamp: '2025-03-01T10:00:00.000Z',
      repository: 'acme/api',
      matrix: 'node-20',
      run_id: '123-2',
      duration_s: '60',
      energy_wh_total: '3.6',
      energy_wh_cpu: '2.4',
      co2e_g_total: '12',
      co2e_g_embodied: '0.5',
      intensity_g_per_kwh: '400',
      intensity_year: '2024',
      region: 'azure:eastus2',
      decided_by: 'github-hosted-default',
      pue: '1.185',
    });
  });

  it('quotes names with commas, quotes and newlines so they round-trip', () => {
    const r = handworked();
    r.context = { ...r.context, job: 'test, "quoted"\nline two' };
    expect(rows(exportReports([r], 'csv'))[0].job).toBe('test, "quoted"\nline two');
  });
});

describe('json and ordering', () => {
  it('writes a JSON array, oldest first, that reads back as a history', async () => {
    const reports = makeHistory(5).reverse();
    const json = exportReports(reports, 'json');
    const parsed = JSON.parse(json) as Report[];
    expect(parsed.map((r) => r.startedAt)).toEqual([...reports].reverse().map((r) => r.startedAt));
    const out = join(mkdtempSync(join(tmpdir(), 'carbon-export-')), 'all.json');
    const written = await runExport([join(FIX, 'sample-60.jsonl')], 'json', out);
    expect(written.path).toBe(out);
    expect((await readHistories([out])).reports).toHaveLength(60);
  });

  it('an empty history exports a header only', () => {
    expect(exportReports([], 'codecarbon-csv')).toBe(`${CODECARBON_HEADER}\n`);
    expect(exportReports([], 'json')).toBe('[]\n');
  });
});
