// Validation of `measure` options: each bad value is refused with one line that names the
// option, the value and what is accepted, before the command starts.
import { InvalidArgumentError } from 'commander';
import { CARBON_INTENSITY_RULE, parseRegion, PUE_RULE, type GridSource } from '../carbon';
import { SAMPLE_INTERVAL_RULE } from '../meter/duration';
import type { MemoryModel } from '../meter/power-model';
import { parseMeterScope, type MeterScope } from '../meter/scope';
import { expectQuantity } from '../units/parse';

export interface MeasureOptions {
  intervalMs: number;
  jsonFile?: string;
  samplesFile?: string;
  region?: string;
  carbonIntensityGPerKWh?: number;
  pue?: number;
  gridSource?: GridSource;
  memoryModel?: MemoryModel;
  electricityMapsToken?: string;
  includeEmbodied: boolean;
  quiet: boolean;
  /** Which CPU counter to meter (default auto). */
  scope?: MeterScope;
}

/** Wraps a validator so commander reports its message as an invalid option value. */
export function commanderParser<T>(validate: (text: string) => T): (text: string) => T {
  return (text: string) => {
    try {
      return validate(text);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  };
}

// Quantities go through the grammar the action's inputs use (units/parse.ts), so both accept the same forms.
export const parseIntervalOption = commanderParser((text) => expectQuantity(SAMPLE_INTERVAL_RULE, text, '--interval'));
export const parseRegionOption = commanderParser((text) => {
  try {
    parseRegion(text, '--region');
  } catch (err) {
    throw new Error(`${(err as Error).message} (carbon-action regions lists every known region)`, { cause: err });
  }
  return text.trim();
});
export const parseIntensityOption = commanderParser((text) =>
  expectQuantity(CARBON_INTENSITY_RULE, text, '--carbon-intensity'),
);
export const parsePueOption = commanderParser((text) => expectQuantity(PUE_RULE, text, '--pue'));
export const parseScopeOption = commanderParser((text) => parseMeterScope(text, '--scope'));
export const parseGridSourceOption = commanderParser((text): GridSource => {
  if (text === 'electricity-maps' || text === 'google') return text;
  throw new Error(`--grid-source: "${text}" is not a grid data source; accepted: electricity-maps, google`);
});
export const parseMemoryModelOption = commanderParser((text): MemoryModel => {
  if (text === 'measured' || text === 'ccf') return text;
  throw new Error(
    `--memory-model: "${text}" is not a memory model; accepted: measured (fitted to SPECpower, default), ` +
      "ccf (Cloud Carbon Footprint's 0.392 W/GB)",
  );
});
