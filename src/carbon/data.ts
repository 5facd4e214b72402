// Typed access to the emissions data files (derived by scripts/derive-carbon-data.ts).
import { loadDataJson } from '../data-files';

export type Provider = 'azure' | 'aws' | 'gcp';
export const PROVIDERS: readonly Provider[] = ['azure', 'aws', 'gcp'];

export interface CloudRegion {
  /** "azure:eastus2" */
  id: string;
  provider: Provider;
  region: string;
  displayName: string;
  city: string;
  countryIso2: string;
  zone: string;
  latitude: number;
  longitude: number;
  source: string;
}

export interface ZoneFigure {
  gPerKWh: number;
  year: number;
  name: string;
}

export interface ZonesFile {
  attribution: string;
  licence: string;
  boundary: 'lifecycle';
  zones: Record<string, ZoneFigure>;
}

export interface CountriesFile {
  attribution: string;
  licence: string;
  year: number | null;
  yearNote: string;
  worldGPerKWh: number;
  /** Keyed by ISO alpha-3. */
  countries: Record<string, { alpha2: string; name: string; gPerKWh: number }>;
}

export interface GcpGoogleFile {
  attribution: string;
  year: number;
  boundary: 'operational';
  regions: Record<string, { location: string; cfeShare: number; gPerKWh: number }>;
}

export interface PueFile {
  azure: { value: number; source: string };
  aws: { value: number; source: string };
  gcp: { value: number; source: string };
  unknown: { value: number; source: string };
}

export interface EmbodiedFile {
  hostKgCo2e: number;
  lifespanYears: number;
  hoursPerYear: number;
  source: string;
}

export interface EquivalentsFile {
  carDriving: { gCo2PerKm: number; source: string };
  smartphoneCharge: { gCo2PerCharge: number; source: string };
  tvHour: { gCo2PerHour: number; source: string };
  householdDay: { whPerDay: number; source: string };
}

export const regionsData = (): CloudRegion[] => loadDataJson<{ regions: CloudRegion[] }>('regions.json').regions;
export const zonesData = (): ZonesFile => loadDataJson<ZonesFile>('grid-intensity-zones.json');
export const countriesData = (): CountriesFile => loadDataJson<CountriesFile>('grid-intensity-countries.json');
export const countryCodes = (): Record<string, string> =>
  loadDataJson<{ alpha3ToAlpha2: Record<string, string> }>('country-codes.json').alpha3ToAlpha2;
export const gcpGoogleData = (): GcpGoogleFile => loadDataJson<GcpGoogleFile>('gcp-region-carbon-2024.json');
export const pueData = (): PueFile => loadDataJson<PueFile>('pue.json');
export const embodiedData = (): EmbodiedFile => loadDataJson<EmbodiedFile>('embodied.json');
export const equivalentsData = (): EquivalentsFile => loadDataJson<EquivalentsFile>('equivalents.json');

/** @tgwf/co2 version the zone and country figures were taken from, read from the attribution. */
export function co2jsVersion(): string {
  return /CO2\.js (\S+)/.exec(zonesData().attribution)?.[1]?.replace(/,$/, '') ?? 'unknown';
}
