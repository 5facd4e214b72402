// Human text for masses. Reports keep full precision; only display rounds.

function round(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 1 : 2;
  return value.toFixed(digits);
}

/** "450 mg", "12.3 g", "1.2 kg", "3.4 t". */
export function formatMass(co2eG: number): string {
  if (!Number.isFinite(co2eG)) return `${co2eG} g`;
  const abs = Math.abs(co2eG);
  if (abs === 0) return '0 g';
  if (abs >= 1e6) return `${round(co2eG / 1e6)} t`;
  if (abs >= 1e3) return `${round(co2eG / 1e3)} kg`;
  if (abs >= 1) return `${round(co2eG)} g`;
  if (abs >= 1e-3) return `${round(co2eG * 1e3)} mg`;
  return `${round(co2eG * 1e6)} µg`;
}

/** Thousands separators, at most `sig` significant figures: 12345 → "12,000" (sig 2). */
export function formatCount(value: number, sig = 3): string {
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(sig));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 20 });
}
