// The table behind `carbon-action regions`: every cloud region carbon-action knows, with the
// grid zone it maps to and the yearly figure a run there gets by default.
import { PROVIDERS, regionsData, type Provider } from './data';
import { googleFigure, zoneFigure } from './intensity-figures';

export interface RegionListRow {
  /** What `--region` / `region:` takes: "azure:eastus2". */
  id: string;
  provider: Provider;
  location: string;
  /** Electricity Maps zone the region's grid figure comes from. */
  zone: string;
  /** Yearly lifecycle figure (Electricity Maps); null when the zone has none. */
  gPerKWh: number | null;
  year: number | null;
  source: string;
  /** GCP only: Google's own operational figure, used with --grid-source google. */
  google?: { gPerKWh: number; year: number | null; source: string };
}

export function listRegions(provider?: Provider): RegionListRow[] {
  if (provider !== undefined && !PROVIDERS.includes(provider)) {
    throw new Error(`--provider: "${String(provider)}" is not a cloud provider; accepted: ${PROVIDERS.join(', ')}`);
  }
  return regionsData()
    .filter((r) => provider === undefined || r.provider === provider)
    .map((r): RegionListRow => {
      let figure: { gPerKWh: number | null; year: number | null; source: string };
      try {
        const f = zoneFigure(r.zone);
        figure = { gPerKWh: f.gPerKWh, year: f.year, source: f.source };
      } catch {
        figure = { gPerKWh: null, year: null, source: `no Electricity Maps figure for zone ${r.zone}` };
      }
      const g = r.provider === 'gcp' ? googleFigure(r.region) : undefined;
      return {
        id: r.id,
        provider: r.provider,
        location: r.displayName || r.city,
        zone: r.zone,
        ...figure,
        ...(g ? { google: { gPerKWh: g.gPerKWh, year: g.year, source: g.source } } : {}),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
