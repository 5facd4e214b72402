// The one grammar for quantities users type, as action inputs or CLI options. Strict on
// purpose: a budget of "20 tonnes" or "10" (10 what?) is refused rather than guessed, so a
// gate never passes or fails on a misread number. The grammar, for every quantity:
//   - a plain decimal number: "436", "1.185", ".5" (no sign, no exponent, no thousands separator);
//   - then, where the quantity has units, one optional space and a unit spelled exactly as
//     listed (case matters: "mg" is a milligram, "Mg" would be a megagram);
//   - blanks around the whole value are ignored.
// A bare number is refused where a unit is expected, unless the caller names the unit it
// stands for (`bareUnit`): the sampling interval's historical bare milliseconds.
// Each parser returns null when the text is not of the accepted form; checkQuantity adds the
// range and words the problem, so the CLI and the action refuse a value with the same words.

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;

function parseWithUnits(text: string, units: Record<string, number>, suffix = '', bareUnit?: string): number | null {
  const trimmed = text.trim();
  const unitAlternatives = Object.keys(units)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const unitPart = `(${unitAlternatives})${suffix}`;
  const match = new RegExp(`^${NUMBER}(?: ?${unitPart})${bareUnit === undefined ? '' : '?'}$`, '').exec(trimmed);
  if (!match) return null;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return null;
  return value * units[match[2] ?? (bareUnit as string)];
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

const DURATION_UNITS_MS = { ms: 1, s: 1000, m: 60_000, min: 60_000 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS_MS;

export interface DurationOptions {
  /** The unit a bare number stands for; without it a bare number is refused. */
  bareUnit?: DurationUnit;
}

/** "500ms", "1s", "1.5 s", "2m", "2min" → milliseconds; "250" only with a `bareUnit`. */
export function parseDurationMs(text: string, options: DurationOptions = {}): number | null {
  return parseWithUnits(text, DURATION_UNITS_MS, '', options.bareUnit);
}

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

/** One user-facing quantity: its grammar, its bounds and the words of its refusal. */
export interface QuantityRule {
  /** Completes "is not …": "a duration", "a number". */
  noun: string;
  parse: (text: string) => number | null;
  /** Inclusive bounds; `above` is an exclusive lower bound (a budget of 0 makes no sense). */
  min?: number;
  max?: number;
  above?: number;
  /** The problem when the value is not above `above`: "must be greater than 0". */
  aboveProblem?: string;
  /** Examples and range, shown after "Accepted: ". */
  accepted: string;
  /** Round to whole units after the range check (the sampler takes whole milliseconds). */
  round?: boolean;
}

export type QuantityCheck = { ok: true; value: number } | { ok: false; problem: string; accepted: string };

/** Parses `text` by `rule` and checks its range; the problem reads after the quoted value. */
export function checkQuantity(rule: QuantityRule, text: string): QuantityCheck {
  const value = rule.parse(text);
  const refuse = (problem: string): QuantityCheck => ({ ok: false, problem, accepted: rule.accepted });
  if (value === null) return refuse(`is not ${rule.noun}`);
  if (rule.above !== undefined && !(value > rule.above)) {
    return refuse(rule.aboveProblem ?? `must be greater than ${rule.above}`);
  }
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
    return refuse('is out of range');
  }
  return { ok: true, value: rule.round ? Math.round(value) : value };
}

/** `<label>: "<value>" <problem>. Accepted: <accepted>.` — the CLI's form of an input error. */
export function quantityMessage(label: string, text: string, problem: string, accepted: string): string {
  return `${label}: ${JSON.stringify(text)} ${problem}. Accepted: ${accepted}.`;
}

/** checkQuantity for callers that throw: the value, or an Error naming `label`, the value and the accepted forms. */
export function expectQuantity(rule: QuantityRule, text: string, label: string): number {
  const checked = checkQuantity(rule, text);
  if (!checked.ok) throw new Error(quantityMessage(label, text, checked.problem, checked.accepted));
  return checked.value;
}
