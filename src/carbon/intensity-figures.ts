// Yearly grid figures for a zone, a country, the world, and GitHub's hosted-runner default.
import { co2jsVersion, countriesData, gcpGoogleData, regionsData, zonesData } from './data';

export interface YearlyFigure {
  gPerKWh: number;
  year: number | null;
  source: string;
  boundary: 'lifecycle' | 'operational';
}

export function zoneFigure(zone: string): YearlyFigure {
  const z = zonesData().zones[zone];
  if (!z) throw new Error(`carbon-action: no Electricity Maps figure for zone ${zone}`);
  return {
    gPerKWh: z.gPerKWh,
    year: z.year,
    source:
      `Electricity Maps ${z.year} yearly average for zone ${zone} (${z.name}) via @tgwf/co2 ` +
      `${co2jsVersion()}, ODbL`,
    boundary: 'lifecycle',
  };
}

export function countryFigure(alpha3: string): YearlyFigure {
  const data = countriesData();
  const c = data.countries[alpha3];
  if (!c) throw new Error(`carbon-action: no Ember figure for country ${alpha3}`);
  return {
    gPerKWh: c.gPerKWh,
    year: data.year,
    source:
      `Ember yearly average for ${c.name} (latest year Ember had; CO2.js does not record it) via @tgwf/co2 ` +
      `${co2jsVersion()}, CC BY-SA 4.0`,
    boundary: 'lifecycle',
  };
}

export function worldFigure(): YearlyFigure {
  const data = countriesData();
  return {
    gPerKWh: data.worldGPerKWh,
    year: data.year,
    source: `Ember world average via @tgwf/co2 ${co2jsVersion()}, CC BY-SA 4.0`,
    boundary: 'lifecycle',
  };
}

/** Google's own 2024 location-based figure for a GCP region, or undefined when Google lists none. */
export function googleFigure(gcpRegion: string): YearlyFigure | undefined {
  const data = gcpGoogleData();
  const r = data.regions[gcpRegion];
  if (!r) return undefined;
  return {
    gPerKWh: r.gPerKWh,
    year: data.year,
    source:
      `Google Cloud ${data.year} grid carbon intensity for gcp:${gcpRegion} (${r.location}; location-based, ` +
      `operational), GoogleCloudPlatform/region-carbon-info, Apache-2.0`,
    boundary: 'operational',
  };
}

/**
 * Azure regions that GitHub's published IP ranges for Actions have included. GitHub does not say
 * where a hosted job runs; these six are where its runners have been seen, so their mean is the
 * least-wrong single figure. All other US Azure regions are left out on purpose: no evidence puts
 * runners there, and including them would only dilute the figure towards unrelated grids.
 */
export const GITHUB_HOSTED_AZURE_REGIONS = [
  'eastus',
  'eastus2',
  'westus2',
  'westus3',
  'centralus',
  'southcentralus',
] as const;
export const GITHUB_HOSTED_REGION_LABEL = 'azure:github-hosted-us';

export function githubHostedFigure(): YearlyFigure {
  const regions = regionsData();
  const figures = GITHUB_HOSTED_AZURE_REGIONS.map((name) => {
    const r = regions.find((x) => x.id === `azure:${name}`);
    if (!r) throw new Error(`carbon-action: region table lacks azure:${name}`);
    return { id: r.id, zone: r.zone, ...zoneFigure(r.zone) };
  });
  const mean = figures.reduce((sum, f) => sum + f.gPerKWh, 0) / figures.length;
  const years = [...new Set(figures.map((f) => f.year))];
  const each = figures.map((f) => `${f.id} ${f.gPerKWh} (${f.zone})`).join(', ');
  return {
    gPerKWh: mean,
    year: years.length === 1 ? years[0] : Math.min(...figures.map((f) => f.year ?? Infinity)),
    source:
      `mean of Electricity Maps ${years.join('/')} yearly averages via @tgwf/co2 ${co2jsVersion()} (ODbL) ` +
      `for ${each}`,
    boundary: 'lifecycle',
  };
}
