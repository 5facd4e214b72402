// Strict parsers for the quantities users type into action inputs. Strict on purpose: a
// budget of "20 tonnes" or "10" (10 what?) is refused rather than guessed, so a gate
// never passes or fails on a misread number. Each returns null when the text is not of
// the accepted form; the caller words the error.

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;

function parseWithUnits(text: string, units: Record<string, number>, suffix = ''): number | null {
  const trimmed = text.trim();
  const unitAlternatives = Object.keys(units)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const match = new RegExp(`^${NUMBER} ?(${unitAlternatives})${suffix}$`, '').exec(trimmed);
  if (!match) return null;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return null;
  return value * units[match[2]];
}

const MASS_UNITS_G: Record<string, number> = { mg: 1e-3, g: 1, kg: 1e3, t: 1e6 };
// "CO2e" in the common spellings; case-insensitive only in the suffix, since "Mg" (megagram)
// and "mg" differ.
const CO2E_SUFFIX = '(?:[ ]?(?:[Cc][Oo]2|[Cc][Oo]₂)(?:[Ee]|[Ee][Qq])?)?';

/** "20g", "20 g", "0.02 kg", "20 gCO2e", "500 mg", "0.5 kgCO2e" → grams. */
export function parseMassG(text: string): number | null {
  return parseWithUnits(text, MASS_UNITS_G, CO2E_SUFFIX);
}
export const MASS_ACCEPTED = '20g, 20 g, 0.02 kg, 20 gCO2e, 500 mg, 0.5 kgCO2e';

const ENERGY_UNITS_WH: Record<string, number> = { mWh: 1e-3, Wh: 1, kWh: 1e3 };

/** "50 Wh", "50Wh", "0.05 kWh", "500 mWh" → Wh. */
export function parseEnergyWh(text: string): number | null {
  return parseWithUnits(text, ENERGY_UNITS_WH);
}
export const ENERGY_ACCEPTED = '50 Wh, 50Wh, 0.05 kWh, 500 mWh';

/** "10%", "10 %", "2.5%" → percent. The "%" is required. */
export function parsePercent(text: string): number | null {
  return parseWithUnits(text, { '%': 1 });
}
export const PERCENT_ACCEPTED = '10%, 10 %, 2.5%';

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000 };

/** "500ms", "1s", "1.5 s", "2m", "2min" → milliseconds. A unit is required. */
export function parseDurationMs(text: string): number | null {
  return parseWithUnits(text, DURATION_UNITS_MS);
}
export const DURATION_ACCEPTED = '500ms, 1s, 1.5s, 30s';

/** A plain decimal number ("436", "0.5", ".5"); no sign, no exponent, no unit. */
export function parsePlainNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!new RegExp(`^${NUMBER}$`).test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

// YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);

/** "true"/"True"/"TRUE" → true, "false"/"False"/"FALSE" → false, anything else → null. */
export function parseBoolean(text: string): boolean | null {
  const trimmed = text.trim();
  if (TRUE_WORDS.has(trimmed)) return true;
  if (FALSE_WORDS.has(trimmed)) return false;
  return null;
}
export const BOOLEAN_ACCEPTED = 'true, false (or True, TRUE, False, FALSE)';
