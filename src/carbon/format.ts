// Human text for counts in equivalents (masses are formatted by report/format.ts).

/**
 * Thousands separators, at most `sig` significant figures: 12345 → "12,000" (sig 2). Written by hand rather
 * than with toLocaleString: the first Intl call loads ICU's number data, 20–30 ms of CPU, which a `measure`
 * run paid at its very end whenever its CO2e was large enough for an equivalent to be shown.
 */
export function formatCount(value: number, sig = 3): string {
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(sig));
  // Outside this range String() switches to exponent notation; no equivalent reaches it.
  if (Math.abs(rounded) >= 1e21 || Math.abs(rounded) < 1e-6) return String(rounded);
  const [whole, fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
