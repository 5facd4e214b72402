// Human text for counts in equivalents (masses are formatted by report/format.ts).

/** Thousands separators, at most `sig` significant figures: 12345 → "12,000" (sig 2). */
export function formatCount(value: number, sig = 3): string {
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(sig));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 20 });
}
