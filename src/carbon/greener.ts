// "Had this run elsewhere": the three lowest-intensity places of the same kind, same energy and PUE.
// Cloud runs compare with the same provider's regions; zone:, country: and unknown places with
// the countries that host at least one Azure/AWS/GCP region (places a CI job could move to).
import type { GreenerRegion, IntensityInfo, PueInfo } from '../schema/report';
import { co2eGFromWh } from '../units/convert';
import { countriesData, gcpGoogleData, regionsData, zonesData, type Provider } from './data';

export interface GreenerInput {
  energyWh: number;
  pue: PueInfo;
  intensity: IntensityInfo;
  provider: Provider | null;
  count?: number;
}

function candidates(intensity: IntensityInfo, provider: Provider | null): { region: string; gPerKWh: number }[] {
  if (provider) {
    // Keep one boundary: Google's operational figures are compared only with Google's own.
    if (provider === 'gcp' && intensity.boundary === 'operational' && intensity.figure !== 'override') {
      return Object.entries(gcpGoogleData().regions).map(([r, v]) => ({ region: `gcp:${r}`, gPerKWh: v.gPerKWh }));
    }
    const zones = zonesData().zones;
    return regionsData()
      .filter((r) => r.provider === provider)
      .map((r) => ({ region: r.id, gPerKWh: zones[r.zone].gPerKWh }));
  }
  const hosting = new Set(regionsData().map((r) => r.countryIso2));
  return Object.values(countriesData().countries)
    .filter((c) => hosting.has(c.alpha2))
    .map((c) => ({ region: `country:${c.alpha2}`, gPerKWh: c.gPerKWh }));
}

export function greenerRegions(input: GreenerInput): GreenerRegion[] {
  const current = input.intensity.gPerKWh;
  const facilityWh = input.energyWh * input.pue.value;
  return candidates(input.intensity, input.provider)
    .filter((c) => c.gPerKWh < current && c.region !== input.intensity.region)
    .sort((a, b) => a.gPerKWh - b.gPerKWh || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0))
    .slice(0, input.count ?? 3)
    .map((c) => ({ region: c.region, gPerKWh: c.gPerKWh, co2eG: co2eGFromWh(facilityWh, c.gPerKWh) }));
}
