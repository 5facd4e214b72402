// Refusals for the numeric options, with the option name, the value and the accepted range.
import { MAX_INTENSITY_G_PER_KWH, MAX_PUE, MIN_PUE } from '../schema/report';
import { parsePlainNumber, type QuantityRule } from '../units/parse';
import { CarbonInputError } from './errors';

/** --carbon-intensity / carbon-intensity as users type it, g CO2e per kWh. */
export const CARBON_INTENSITY_RULE: QuantityRule = {
  noun: 'a number',
  parse: parsePlainNumber,
  min: 0,
  max: MAX_INTENSITY_G_PER_KWH,
  accepted: `a number of g CO2e per kWh from 0 to ${MAX_INTENSITY_G_PER_KWH}, e.g. 436`,
};

/** --pue / pue as users type it. */
export const PUE_RULE: QuantityRule = {
  noun: 'a number',
  parse: parsePlainNumber,
  min: MIN_PUE,
  max: MAX_PUE,
  accepted: `a number from ${MIN_PUE} to ${MAX_PUE} (facility energy ÷ IT energy), e.g. 1.185`,
};

function toNumber(option: string, value: string | number, accepted: string): number {
  if (typeof value === 'number') return value;
  // The one number grammar users type (units/parse.ts): Number('') would be 0.
  const parsed = typeof value === 'string' ? parsePlainNumber(value) : null;
  if (parsed === null) throw new CarbonInputError(option, value, accepted);
  return parsed;
}

/** --carbon-intensity / carbon-intensity input, g CO2e per kWh; `option` names it in the refusal. */
export function validateCarbonIntensity(value: string | number, option = 'carbon-intensity'): number {
  const accepted = `a number of g CO2e/kWh from 0 to ${MAX_INTENSITY_G_PER_KWH}`;
  const gPerKWh = toNumber(option, value, accepted);
  if (!Number.isFinite(gPerKWh) || gPerKWh < 0 || gPerKWh > MAX_INTENSITY_G_PER_KWH) {
    throw new CarbonInputError(option, value, accepted);
  }
  return gPerKWh;
}

/** --pue / pue input: facility energy ÷ IT energy. */
export function validatePue(value: string | number, option = 'pue'): number {
  const accepted = `a number from ${MIN_PUE} to ${MAX_PUE} (facility energy ÷ IT energy)`;
  const pue = toNumber(option, value, accepted);
  if (!Number.isFinite(pue) || pue < MIN_PUE || pue > MAX_PUE) throw new CarbonInputError(option, value, accepted);
  return pue;
}
