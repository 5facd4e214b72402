// Human formatting of quantities for the CLI text, the job summary and the PR comment.
// Three significant figures everywhere: the estimates are not better than that, and a
// reader comparing two runs should not be misled by trailing digits.

/** U+2212: a real minus sign, which does not wrap or read as a hyphen. */
export const MINUS = '\u2212';

const NOT_AVAILABLE = 'n/a';

interface Scale {
  factor: number; // value in the base unit ÷ factor = value in this unit
  symbol: string;
}

const SIGNIFICANT_FIGURES = 3;

/**
 * Picks the largest unit in which the value is ≥ 1 (after rounding to 3 significant
 * figures, so 999.7 Wh reads "1.00 kWh", not "1.00e+3 Wh") and formats it there.
 * Scales are given smallest first.
 */
function formatScaled(value: number, scales: Scale[], zeroText: string): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  if (value === 0) return zeroText;
  const magnitude = Math.abs(value);
  const rounded = Number(magnitude.toPrecision(SIGNIFICANT_FIGURES));
  let scale = scales[0];
  for (const s of scales) if (rounded >= s.factor) scale = s;
  const digits = Number((magnitude / scale.factor).toPrecision(SIGNIFICANT_FIGURES));
  const text = trimExponent(digits);
  return `${value < 0 ? MINUS : ''}${text} ${scale.symbol}`;
}

/** toPrecision without exponent notation, keeping 3 significant figures ("1.00", "12.3", "456"). */
function trimExponent(n: number): string {
  if (n >= 100) return n.toFixed(0);
  if (n >= 10) return n.toFixed(1);
  if (n >= 1) return n.toFixed(2);
  // Below the smallest scale: keep 3 significant digits after the leading zeros.
  const exponent = Math.floor(Math.log10(n));
  return n.toFixed(Math.min(20, SIGNIFICANT_FIGURES - 1 - exponent));
}

const SI_PREFIX_FACTORS = { µ: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6 } as const;

/** The unit with each SI prefix, smallest first. */
const siScales = (unit: string, prefixes: (keyof typeof SI_PREFIX_FACTORS)[]): Scale[] =>
  prefixes.map((prefix) => ({ factor: SI_PREFIX_FACTORS[prefix], symbol: `${prefix}${unit}` }));

const ENERGY_SCALES = siScales('Wh', ['µ', 'm', '', 'k', 'M']);
// A million grams reads as tonnes, not megagrams.
const MASS_SCALES = [...siScales('g', ['µ', 'm', '', 'k']), { factor: 1e6, symbol: 't' }];
const POWER_SCALES = siScales('W', ['m', '', 'k']);

/** "12.3 Wh", "1.23 kWh", "456 mWh". */
export const formatEnergyWh = (energyWh: number): string => formatScaled(energyWh, ENERGY_SCALES, '0 Wh');

/** "12.3 g", "1.23 kg", "450 mg" (CO2e mass). */
export const formatMassG = (massG: number): string => formatScaled(massG, MASS_SCALES, '0 g');

/** "12.3 W", "1.23 kW", "456 mW". */
export const formatPowerW = (powerW: number): string => formatScaled(powerW, POWER_SCALES, '0 W');

/** Grid intensity, whole grams: "436 g/kWh" (sources give it to the gram at best). */
export function formatIntensityGPerKWh(gPerKWh: number): string {
  if (!Number.isFinite(gPerKWh)) return NOT_AVAILABLE;
  return `${Math.round(gPerKWh)} g/kWh`;
}

/** Prefixes "+" or "−" to a formatter's output for a signed change; zero gets no sign. */
export function formatSigned(value: number, format: (magnitude: number) => string): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const text = format(Math.abs(value));
  if (value > 0) return `+${text}`;
  if (value < 0) return `${MINUS}${text}`;
  return text;
}

/** "1 h 02 min", "3 min 05 s", "12.3 s", "450 ms". */
export function formatDurationS(durationS: number): string {
  if (!Number.isFinite(durationS) || durationS < 0) return NOT_AVAILABLE;
  if (durationS < 1) {
    const ms = Math.round(durationS * 1000);
    if (ms < 1000) return `${ms} ms`;
  }
  if (durationS < 60) {
    const tenths = Math.round(durationS * 10) / 10;
    if (tenths < 60) return `${tenths.toFixed(1)} s`;
  }
  const wholeS = Math.round(durationS);
  if (wholeS < 3600) {
    const min = Math.floor(wholeS / 60);
    return `${min} min ${pad2(wholeS % 60)} s`;
  }
  const wholeMin = Math.round(durationS / 60);
  return `${Math.floor(wholeMin / 60)} h ${pad2(wholeMin % 60)} min`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Always signed, one decimal: "+12.0 %", "−4.0 %", "0.0 %". */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return NOT_AVAILABLE;
  const rounded = Math.round(Math.abs(percent) * 10) / 10;
  if (rounded === 0) return '0.0 %';
  return `${percent > 0 ? '+' : MINUS}${rounded.toFixed(1)} %`;
}

/** A plain number for data (Mermaid series, tables): at most `decimals` places, no trailing zeros. */
export function formatPlainNumber(value: number, decimals = 3): string {
  if (!Number.isFinite(value)) return '0';
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** A share 0..1 as "12 %" (whole percent; "<1 %" for small non-zero shares). */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return NOT_AVAILABLE;
  const percent = share * 100;
  if (percent > 0 && percent < 0.5) return '<1 %';
  return `${Math.round(percent)} %`;
}
