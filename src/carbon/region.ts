// Parses the user's region string (CLI --region, action input `region`) into a place with
// a grid figure. Synchronous and throwing RegionError, so input validation can call it.
import { countriesData, countryCodes, regionsData, zonesData, type CloudRegion, type Provider } from './data';
import { RegionError } from './errors';
import { levenshtein } from './levenshtein';

export type ParsedRegion =
  | { kind: 'cloud'; id: string; provider: Provider; cloudRegion: CloudRegion }
  | { kind: 'zone'; id: string; zone: string }
  | { kind: 'country'; id: string; alpha2: string; alpha3: string };

export const ACCEPTED_FORMS =
  'Accepted forms: azure:<region>, aws:<region>, gcp:<region>, zone:<zone>, country:<ISO code>';

let index: Map<string, ParsedRegion> | undefined;
let validNames: string[] | undefined;

function buildIndex(): Map<string, ParsedRegion> {
  if (index) return index;
  const map = new Map<string, ParsedRegion>();
  for (const r of regionsData())
    map.set(r.id.toLowerCase(), { kind: 'cloud', id: r.id, provider: r.provider, cloudRegion: r });
  for (const zone of Object.keys(zonesData().zones))
    map.set(`zone:${zone.toLowerCase()}`, { kind: 'zone', id: `zone:${zone}`, zone });
  const codes = countryCodes();
  for (const alpha3 of Object.keys(countriesData().countries)) {
    const alpha2 = codes[alpha3];
    const parsed: ParsedRegion = { kind: 'country', id: `country:${alpha2}`, alpha2, alpha3 };
    map.set(`country:${alpha2.toLowerCase()}`, parsed);
    map.set(`country:${alpha3.toLowerCase()}`, parsed);
  }
  validNames = [...new Set([...map.values()].map((p) => p.id))];
  return (index = map);
}

/** Every canonical region name carbon-action accepts ("azure:eastus2", "zone:SE-SE3", "country:FR"). */
export function knownRegionNames(): string[] {
  buildIndex();
  return validNames!;
}

/** The `count` accepted names nearest to `text`, preferring names of the same kind (prefix). */
export function closestRegionNames(text: string, count = 3): string[] {
  const lower = text.trim().toLowerCase();
  const colon = lower.indexOf(':');
  const prefix = colon >= 0 ? lower.slice(0, colon + 1) : '';
  const rest = colon >= 0 ? lower.slice(colon + 1) : lower;
  let pool = knownRegionNames();
  if (prefix && pool.some((n) => n.toLowerCase().startsWith(prefix))) {
    pool = pool.filter((n) => n.toLowerCase().startsWith(prefix));
  }
  const scored = pool.map((name) => {
    const n = name.toLowerCase();
    const nRest = n.slice(n.indexOf(':') + 1);
    // Without a usable prefix, compare against the part after the colon too ("eastus2" → azure:eastus2).
    const d = prefix ? levenshtein(lower, n) : Math.min(levenshtein(lower, n), levenshtein(rest, nRest));
    return { name, d };
  });
  scored.sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, count).map((s) => s.name);
}

/** Parses "azure:eastus2", "zone:SE-SE3", "country:FR"/"country:FRA" (any case). Throws RegionError. */
export function parseRegion(text: string, option = 'region'): ParsedRegion {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new RegionError(`${option} is empty. ${ACCEPTED_FORMS}`, String(text), []);
  }
  const key = text.trim().toLowerCase();
  const found = buildIndex().get(key);
  if (found) return found;
  const closest = closestRegionNames(text);
  throw new RegionError(
    `${option} "${text.trim()}" is not known; closest: ${closest.join(', ')}. ${ACCEPTED_FORMS}`,
    text,
    closest,
  );
}

/** Looks up a provider's own region name as a metadata service reports it (e.g. "eastus2", "us-east-1"). */
export function findCloudRegion(provider: Provider, region: string): CloudRegion | undefined {
  const id = `${provider}:${region.trim().toLowerCase()}`;
  return regionsData().find((r) => r.id === id);
}
