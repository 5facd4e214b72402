// Pure emissions maths: operational CO2e = IT energy (Wh) ÷ 1000 × PUE × grid intensity (g/kWh);
// embodied beside it (SCI M); SCI per run = operational + embodied.
import type { EmbodiedInfo, Equivalent, GreenerRegion, IntensityInfo, PueInfo } from '../schema/report';
import { co2eGFromWh } from '../units/convert';
import type { Provider } from './data';
import { computeEmbodied } from './embodied';
import { pickEquivalents } from './equivalents';
import { CarbonInputError } from './errors';
import { greenerRegions } from './greener';

export interface EmissionsInput {
  /** IT energy total, before PUE. */
  energyWh: number;
  durationS: number;
  intensity: IntensityInfo;
  pue: PueInfo;
  provider: Provider | null;
  includeEmbodied: boolean;
  vmThreads: number;
  hostThreads: number;
}

export interface EmissionsResult {
  /** total = operational (+ embodied only when includeEmbodied); embodied is always computed. */
  co2eG: { total: number; operational: number; embodied: number };
  embodied: EmbodiedInfo;
  sci: { gPerRun: number; functionalUnit: 'run' };
  equivalents: Equivalent[];
  greenerRegions: GreenerRegion[];
}

export function computeEmissions(input: EmissionsInput): EmissionsResult {
  if (!Number.isFinite(input.energyWh) || input.energyWh < 0) {
    throw new CarbonInputError('energyWh', input.energyWh, 'a finite energy in Wh ≥ 0');
  }
  const facilityEnergyWh = input.energyWh * input.pue.value;
  const operational = co2eGFromWh(facilityEnergyWh, input.intensity.gPerKWh);
  const { embodiedG, info } = computeEmbodied(input);
  const total = operational + (input.includeEmbodied ? embodiedG : 0);
  const greener = greenerRegions({
    energyWh: input.energyWh,
    pue: input.pue,
    intensity: input.intensity,
    provider: input.provider,
  });
  return {
    co2eG: { total, operational, embodied: embodiedG },
    embodied: info,
    // SCI = (E × I) + M per functional unit, always including M whatever includeEmbodied says.
    sci: { gPerRun: operational + embodiedG, functionalUnit: 'run' },
    equivalents: pickEquivalents(total, facilityEnergyWh),
    greenerRegions: greener,
  };
}
