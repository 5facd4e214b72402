// Decides which grid figure and PUE a run gets, and records how (intensity.decidedBy):
// 1. the user's region, 2. cloud metadata, 3. GitHub-hosted default, 4. world average.
// --carbon-intensity replaces the figure but the region is still resolved (PUE, greener regions).
import type { IntensityInfo, MachineInfo, PueInfo, RegionDecidedBy } from '../schema/report';
import type { Provider } from './data';
import {
  countryFigure,
  githubHostedFigure,
  GITHUB_HOSTED_REGION_LABEL,
  googleFigure,
  worldFigure,
  zoneFigure,
  type YearlyFigure,
} from './intensity-figures';
import { fetchLiveIntensity } from './live';
import { probeCloudMetadata } from './metadata';
import { resolvePue } from './pue';
import { parseRegion, type ParsedRegion } from './region';
import { settingExample, settingName, type Caller } from './setting-name';
import { validateCarbonIntensity, validatePue } from './validate';

export type GridSource = 'electricity-maps' | 'google';

export interface ResolveOptions {
  region?: string;
  carbonIntensityGPerKWh?: number;
  pue?: number;
  gridSource?: GridSource;
  electricityMapsToken?: string;
  machine: MachineInfo;
  env?: NodeJS.ProcessEnv;
  metadata?: { azureUrl?: string; awsUrl?: string; gcpUrl?: string; timeoutMs?: number };
  liveUrl?: string;
  /** Live API deadline, ≤ 3000 ms (tests shorten it). */
  liveTimeoutMs?: number;
  fetchImpl?: typeof fetch;
  /** Who asked: the CLI's messages name flags (--region), the action's name inputs. Default action. */
  caller?: Caller;
}

export interface ResolvedIntensity {
  intensity: IntensityInfo;
  pue: PueInfo;
  /** Provider of the resolved region; null for zone:, country:, world average. */
  provider: Provider | null;
  warnings: string[];
  /**
   * The instance type cloud metadata gave (the power model's host identification reads it); absent when none answered.
   */
  instance?: { provider: Provider; instanceType: string };
}

interface Place {
  region: string | null;
  zone: string | null;
  provider: Provider | null;
  /** Provider's own region name, for Google's GCP table. */
  providerRegion: string | null;
  decidedBy: RegionDecidedBy;
  figure: YearlyFigure;
  assumption?: string;
  instance?: { provider: Provider; instanceType: string };
}

function placeFromParsed(parsed: ParsedRegion, decidedBy: RegionDecidedBy): Place {
  switch (parsed.kind) {
    case 'cloud':
      return {
        region: parsed.id,
        zone: parsed.cloudRegion.zone,
        provider: parsed.provider,
        providerRegion: parsed.cloudRegion.region,
        decidedBy,
        figure: zoneFigure(parsed.cloudRegion.zone),
      };
    case 'zone':
      return {
        region: parsed.id,
        zone: parsed.zone,
        provider: null,
        providerRegion: null,
        decidedBy,
        figure: zoneFigure(parsed.zone),
      };
    case 'country':
      return {
        region: parsed.id,
        zone: null,
        provider: null,
        providerRegion: null,
        decidedBy,
        figure: countryFigure(parsed.alpha3),
      };
  }
}

function githubHostedPlace(caller: Caller): Place {
  const figure = githubHostedFigure();
  return {
    region: GITHUB_HOSTED_REGION_LABEL,
    zone: null,
    provider: 'azure',
    providerRegion: null,
    decidedBy: 'github-hosted-default',
    figure,
    assumption:
      `GitHub does not say which Azure region runs a hosted job, so this is the mean of the six US Azure regions GitHub's Actions IP ranges have included (${figure.gPerKWh.toFixed(0)} g/kWh). ` +
      `Pin the real one with ${settingExample('region', 'azure:<region>', caller)} (e.g. ${settingExample('region', 'azure:eastus2', caller)}).`,
  };
}

function worldPlace(caller: Caller): Place {
  const figure = worldFigure();
  return {
    region: null,
    zone: null,
    provider: null,
    providerRegion: null,
    decidedBy: 'world-average',
    figure,
    assumption: `No region known: using the world average (${figure.gPerKWh} g/kWh, Ember); set ${settingName('region', caller)} for a meaningful figure.`,
  };
}

const truthy = (v: string | undefined): boolean =>
  v !== undefined && ['1', 'true', 'yes'].includes(v.trim().toLowerCase());

async function decidePlace(opts: ResolveOptions, env: NodeJS.ProcessEnv, warnings: string[]): Promise<Place> {
  if (opts.region !== undefined && opts.region.trim() !== '') return placeFromParsed(parseRegion(opts.region), 'input');
  const caller = opts.caller ?? 'action';
  if (!truthy(env.CARBON_ACTION_NO_METADATA)) {
    const probe = await probeCloudMetadata({
      azureUrl: opts.metadata?.azureUrl ?? env.CARBON_ACTION_AZURE_IMDS_URL,
      awsUrl: opts.metadata?.awsUrl ?? env.CARBON_ACTION_AWS_IMDS_URL,
      gcpUrl: opts.metadata?.gcpUrl ?? env.CARBON_ACTION_GCP_METADATA_URL,
      timeoutMs: opts.metadata?.timeoutMs,
      fetchImpl: opts.fetchImpl,
    });
    warnings.push(...probe.warnings);
    const instance = probe.instance ? { instance: probe.instance } : {};
    if (probe.found) return { ...placeFromParsed(parseRegion(probe.found.id), 'metadata'), ...instance };
    if (opts.machine.githubHosted) return { ...githubHostedPlace(caller), ...instance };
    return { ...worldPlace(caller), ...instance };
  }
  if (opts.machine.githubHosted) return githubHostedPlace(caller);
  return worldPlace(caller);
}

export async function resolveIntensity(opts: ResolveOptions): Promise<ResolvedIntensity> {
  const env = opts.env ?? process.env;
  const warnings: string[] = [];
  // Refuse bad input before any network work.
  const userPue = opts.pue !== undefined ? validatePue(opts.pue) : undefined;
  const override =
    opts.carbonIntensityGPerKWh !== undefined ? validateCarbonIntensity(opts.carbonIntensityGPerKWh) : undefined;
  if (opts.gridSource !== undefined && opts.gridSource !== 'electricity-maps' && opts.gridSource !== 'google') {
    throw new Error(`grid-source must be electricity-maps or google; got "${String(opts.gridSource)}"`);
  }

  const place = await decidePlace(opts, env, warnings);
  const intensity =
    override !== undefined ? overrideIntensity(place, override) : await figureIntensity(opts, env, place, warnings);
  const pue = resolvePue(place.provider ?? opts.machine.cloudProvider, userPue, opts.caller ?? 'action');
  return {
    intensity,
    pue,
    provider: place.provider,
    warnings,
    ...(place.instance ? { instance: place.instance } : {}),
  };
}

const placeFields = (place: Place): Pick<IntensityInfo, 'region' | 'zone' | 'decidedBy'> => ({
  region: place.region,
  zone: place.zone,
  decidedBy: place.decidedBy,
});

function overrideIntensity(place: Place, gPerKWh: number): IntensityInfo {
  return {
    ...placeFields(place),
    gPerKWh,
    source: 'user override (carbon-intensity)',
    year: null,
    figure: 'override',
    boundary: 'user-defined',
    assumption:
      `Carbon intensity set by the user (${gPerKWh} g/kWh); the region only sets PUE and the greener-region ` +
      "comparison. The boundary is whatever the user's source uses.",
  };
}

/** Google's own yearly figure for a GCP region when asked for; null (with a warning) when there is none. */
function googleFigureFor(place: Place, warnings: string[]): YearlyFigure | null {
  const google = place.provider === 'gcp' && place.providerRegion ? googleFigure(place.providerRegion) : undefined;
  if (google) return google;
  warnings.push(
    place.provider === 'gcp'
      ? `grid-source google: Google publishes no figure for ${place.region}; using Electricity Maps (lifecycle) instead.`
      : `grid-source google applies only to GCP regions; ${place.region ?? 'this run'} is not one, ` +
          'so Electricity Maps/Ember (lifecycle) figures are used.',
  );
  return null;
}

/** The place's yearly figure (Google's when asked for), then the live one when a token allows it. */
async function figureIntensity(
  opts: ResolveOptions,
  env: NodeJS.ProcessEnv,
  place: Place,
  warnings: string[],
): Promise<IntensityInfo> {
  const google = opts.gridSource === 'google' ? googleFigureFor(place, warnings) : null;
  const figure = google ?? place.figure;
  const intensity: IntensityInfo = {
    ...placeFields(place),
    gPerKWh: figure.gPerKWh,
    source: figure.source,
    year: figure.year,
    figure: 'yearly',
    boundary: figure.boundary,
  };
  if (place.assumption) intensity.assumption = place.assumption;
  const token = opts.electricityMapsToken ?? env.ELECTRICITY_MAPS_TOKEN;
  if (!token) return intensity;
  const yearText = `the ${figure.year ?? 'latest'} yearly figure`;
  if (google) {
    warnings.push("Live intensity not fetched: grid-source google asks for Google's yearly figures.");
    return intensity;
  }
  if (!place.zone) {
    warnings.push(
      `Live intensity not fetched: ${place.region ?? 'the world average'} is not a single Electricity Maps zone; ` +
        `using ${yearText}.`,
    );
    return intensity;
  }
  return liveIntensity(opts, env, { intensity, zone: place.zone, token, yearText }, warnings);
}

async function liveIntensity(
  opts: ResolveOptions,
  env: NodeJS.ProcessEnv,
  at: { intensity: IntensityInfo; zone: string; token: string; yearText: string },
  warnings: string[],
): Promise<IntensityInfo> {
  const live = await fetchLiveIntensity({
    zone: at.zone,
    token: at.token,
    baseUrl: opts.liveUrl ?? env.CARBON_ACTION_ELECTRICITY_MAPS_URL,
    timeoutMs: opts.liveTimeoutMs,
    fetchImpl: opts.fetchImpl,
  });
  if (!live.ok) {
    warnings.push(`Live intensity unavailable (${live.reason}); using ${at.yearText} for ${at.zone}.`);
    return at.intensity;
  }
  return {
    ...at.intensity,
    gPerKWh: live.gPerKWh,
    source: `Electricity Maps live API, latest for zone ${at.zone}${live.datetime ? ` at ${live.datetime}` : ''}`,
    year: live.year,
    figure: 'live',
    boundary: 'lifecycle',
  };
}
