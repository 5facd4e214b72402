import { loadDataJson } from '../data-files';

// Where a report's region lies, for the export's country/cloud/latitude columns. Only
// what the region tables state is filled in; anything else stays unknown (empty).

export interface RegionLocation {
  cloudProvider: string | null;
  cloudRegion: string | null;
  countryName: string | null;
  countryIso3: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface LocationTables {
  /** "azure:eastus2" → place. */
  cloudRegions: Map<string, { countryIso2: string; latitude: number; longitude: number }>;
  /** ISO alpha-2 → alpha-3 and English name. */
  countries: Map<string, { iso3: string; name: string }>;
}

const CLOUD_PROVIDERS = new Set(['azure', 'aws', 'gcp']);
const UNKNOWN: RegionLocation = {
  cloudProvider: null,
  cloudRegion: null,
  countryName: null,
  countryIso3: null,
  latitude: null,
  longitude: null,
};

export function regionLocation(region: string | null | undefined, tables: LocationTables): RegionLocation {
  // Histories are read defensively: a hand-edited or foreign line may carry a non-string region.
  if (typeof region !== 'string' || !region) return UNKNOWN;
  const colon = region.indexOf(':');
  if (colon < 0) return UNKNOWN;
  const kind = region.slice(0, colon).toLowerCase();
  const name = region.slice(colon + 1);
  const country = (iso2: string): Pick<RegionLocation, 'countryName' | 'countryIso3'> => {
    const c = tables.countries.get(iso2.toUpperCase());
    return { countryName: c?.name ?? null, countryIso3: c?.iso3 ?? null };
  };
  if (CLOUD_PROVIDERS.has(kind)) {
    const place = tables.cloudRegions.get(`${kind}:${name}`);
    if (!place) return { ...UNKNOWN, cloudProvider: kind, cloudRegion: name };
    return {
      cloudProvider: kind,
      cloudRegion: name,
      ...country(place.countryIso2),
      latitude: place.latitude,
      longitude: place.longitude,
    };
  }
  // Electricity Maps zone ids start with the country's alpha-2 code ("SE-SE3", "US-CAL-CISO", "FR").
  if (kind === 'zone') return { ...UNKNOWN, ...country(name.split('-')[0]) };
  if (kind === 'country') return { ...UNKNOWN, ...country(name) };
  return UNKNOWN;
}

let defaultTables: LocationTables | undefined;

/** The tables from data/regions.json and data/grid-intensity-countries.json; empty if absent. */
export function loadLocationTables(): LocationTables {
  if (defaultTables) return defaultTables;
  const tables: LocationTables = { cloudRegions: new Map(), countries: new Map() };
  try {
    const regions = loadDataJson<{
      regions: { id: string; countryIso2: string; latitude: number; longitude: number }[];
    }>('regions.json').regions;
    for (const r of regions)
      tables.cloudRegions.set(r.id, { countryIso2: r.countryIso2, latitude: r.latitude, longitude: r.longitude });
  } catch {
    // Without the table the cloud columns still come from the region name.
  }
  try {
    const countries = loadDataJson<{ countries: Record<string, { alpha2: string; name: string }> }>(
      'grid-intensity-countries.json',
    ).countries;
    for (const [iso3, c] of Object.entries(countries))
      tables.countries.set(c.alpha2.toUpperCase(), { iso3, name: c.name });
  } catch {
    // Country columns stay empty.
  }
  return (defaultTables = tables);
}
